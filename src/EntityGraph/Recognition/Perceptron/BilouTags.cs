using EntityGraph.Documents;

namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// The 17 BILOU tags the perceptron predicts: <c>O</c> plus Begin/Inside/Last/Unit for each of the four
/// CoNLL types. Tag ids are dense (0 = O, then 1 + 4·type + position) so score vectors are plain arrays.
/// </summary>
internal static class BilouTags
{
    /// <summary>Number of entity types (PER, ORG, LOC, MISC).</summary>
    public const int TypeCount = 4;

    /// <summary>Number of tags, including O.</summary>
    public const int Count = 1 + 4 * TypeCount;

    /// <summary>The outside tag.</summary>
    public const int O = 0;

    /// <summary>Position codes inside an entity, in tag-id order.</summary>
    public const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    /// <summary>CoNLL type labels, indexed by type id.</summary>
    public static readonly string[] TypeLabels = ["PER", "ORG", "LOC", "MISC"];

    private static readonly string[] Names = BuildNames();

    private static string[] BuildNames()
    {
        var names = new string[Count];
        names[O] = "O";
        for (int t = 0; t < TypeCount; t++)
        {
            names[Tag(t, Begin)] = "B-" + TypeLabels[t];
            names[Tag(t, Inside)] = "I-" + TypeLabels[t];
            names[Tag(t, Last)] = "L-" + TypeLabels[t];
            names[Tag(t, Unit)] = "U-" + TypeLabels[t];
        }
        return names;
    }

    /// <summary>The tag id for a type and position.</summary>
    public static int Tag(int type, int position) => 1 + type * 4 + position;

    /// <summary>The type id of a non-O tag.</summary>
    public static int TypeOf(int tag) => (tag - 1) >> 2;

    /// <summary>The position code (Begin/Inside/Last/Unit) of a non-O tag.</summary>
    public static int PositionOf(int tag) => (tag - 1) & 3;

    /// <summary>The tag's text form, e.g. <c>B-PER</c>.</summary>
    public static string Name(int tag) => Names[tag];

    /// <summary>The type id of a CoNLL label, or -1 when the label is not one of PER/ORG/LOC/MISC.</summary>
    public static int TypeId(ReadOnlySpan<char> label) => label switch
    {
        "PER" => 0,
        "ORG" => 1,
        "LOC" => 2,
        "MISC" => 3,
        _ => -1,
    };

    /// <summary>The library type a CoNLL type id maps to.</summary>
    public static EntityType EntityTypeOf(int type) => type switch
    {
        0 => EntityType.Person,
        1 => EntityType.Organization,
        2 => EntityType.Location,
        _ => EntityType.Misc,
    };

    /// <summary>Whether a sequence may begin with <paramref name="tag"/> (O, B or U).</summary>
    public static bool CanStart(int tag) => tag == O || PositionOf(tag) is Begin or Unit;

    /// <summary>Whether a sequence may end with <paramref name="tag"/> (O, L or U).</summary>
    public static bool CanEnd(int tag) => tag == O || PositionOf(tag) is Last or Unit;

    /// <summary>
    /// Whether <paramref name="next"/> may follow <paramref name="prev"/>: after B or I of a type only I or L of
    /// the same type; after O, L or U only O, B or U.
    /// </summary>
    public static bool CanFollow(int prev, int next)
    {
        bool open = prev != O && PositionOf(prev) is Begin or Inside;
        if (open) return next != O && TypeOf(next) == TypeOf(prev) && PositionOf(next) is Inside or Last;
        return CanStart(next);
    }
}
