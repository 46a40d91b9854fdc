using EntityGraph.Documents;
using EntityGraph.Knowledge;

namespace EntityGraph.Recognition.Gazetteer;

/// <summary>What a gazetteer name leads to: the mention to emit and the rules for emitting it.</summary>
/// <param name="Key">The knowledge entry's key, put on the mention.</param>
/// <param name="Type">The mention type (the entry's type, or Nationality for a demonym).</param>
/// <param name="Kind">What the name is for its entry.</param>
/// <param name="Flags">The name's flags.</param>
/// <param name="Confidence">The confidence to give the mention.</param>
internal sealed record GazetteerTarget(string Key, EntityType Type, NameKind Kind, NameFlags Flags, double Confidence)
{
    /// <summary>
    /// Codes and names flagged <see cref="NameFlags.NotInCaps"/> read as ordinary words in a sentence written
    /// all in capitals ("US" in "LET US PRAY", "AND" anywhere), so they match only in mixed-case sentences.
    /// </summary>
    public bool NeedsMixedCase => Kind == NameKind.Code || (Flags & NameFlags.NotInCaps) != 0;
}
