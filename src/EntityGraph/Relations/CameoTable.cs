using System.Globalization;
using EntityGraph.Knowledge;

namespace EntityGraph.Relations;

/// <summary>
/// The CAMEO code table (<c>cameo-codes.tsv</c>) joined with the CAMEO → PLOVER 2021 mapping
/// (<c>cameo-plover.tsv</c>). Immutable and thread-safe once loaded.
/// </summary>
public sealed class CameoTable
{
    private static readonly Lazy<CameoTable> DefaultInstance = new(
        () => Load(KnowledgeSource.FromEmbeddedResource("cameo-codes.tsv"), KnowledgeSource.FromEmbeddedResource("cameo-plover.tsv")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    // Codes by number (see Slot): the event extractor looks a code up for every relation it forms, and a string
    // dictionary's buckets, entries and keys cost a cache miss each there, where this costs one.
    private readonly CameoCode?[] _bySlot;

    private CameoTable(Dictionary<string, CameoCode> codes)
    {
        _bySlot = new CameoCode?[SlotCount];
        foreach (var (code, entry) in codes) _bySlot[Slot(code)] = entry;
        Count = codes.Count;
    }

    /// <summary>The table shipped with the library.</summary>
    public static CameoTable Default => DefaultInstance.Value;

    /// <summary>Number of codes.</summary>
    public int Count { get; }

    /// <summary>The entry for an exact code, or <c>null</c>.</summary>
    public CameoCode? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        int slot = Slot(code);
        return slot >= 0 ? _bySlot[slot] : null;
    }

    // Every code is 2 to 4 digits with a root of 01-20 (CheckCode), so its digits and length number it: "19"
    // and "019" are different codes and get different slots.
    private const int SlotCount = 1100 + 2100;

    private static int Slot(ReadOnlySpan<char> code)
    {
        if (code.Length is < 2 or > 4) return -1;
        int value = 0;
        foreach (char c in code)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        int slot = code.Length switch { 2 => value, 3 => 100 + value, _ => 1100 + value };
        return slot < SlotCount ? slot : -1;
    }

    /// <summary>
    /// Loads the two files. Codes: <c>code&lt;TAB&gt;name&lt;TAB&gt;goldstein&lt;TAB&gt;quad</c>; mapping:
    /// <c>code&lt;TAB&gt;category&lt;TAB&gt;origin</c>, where a code's category is that of its longest listed
    /// prefix. <c>#</c> starts a comment line; blank lines are skipped.
    /// </summary>
    /// <exception cref="KnowledgeFormatException">A bad line; the message names the file and line.</exception>
    public static CameoTable Load(KnowledgeSource codes, KnowledgeSource plover)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(plover);

        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, fields) in Lines(plover, 3))
        {
            string code = fields[0], category = fields[1];
            CheckCode(plover.Name, line, code);
            if (!PloverCategory.IsKnown(category))
                throw new KnowledgeFormatException(plover.Name, line, $"'{category}' is not a PLOVER 2021 category.");
            if (fields[2] is not ("plover" or "entitygraph"))
                throw new KnowledgeFormatException(plover.Name, line, $"origin must be 'plover' or 'entitygraph', not '{fields[2]}'.");
            if (!categories.TryAdd(code, category))
                throw new KnowledgeFormatException(plover.Name, line, $"code {code} is listed twice.");
        }

        var table = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var (line, fields) in Lines(codes, 4))
        {
            string code = fields[0];
            CheckCode(codes.Name, line, code);
            if (fields[1].Length == 0) throw new KnowledgeFormatException(codes.Name, line, $"code {code} has no name.");
            if (!double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double goldstein) || goldstein is < -10 or > 10)
                throw new KnowledgeFormatException(codes.Name, line, $"Goldstein '{fields[2]}' is not a number in [-10, 10].");
            int root = int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture);
            int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            if (fields[3] != expected.ToString(CultureInfo.InvariantCulture))
                throw new KnowledgeFormatException(codes.Name, line, $"quad class '{fields[3]}' should be {expected} for root {code[..2]}.");
            if (!table.TryAdd(code, new CameoCode(code, fields[1], goldstein, expected, CategoryOf(categories, code))))
                throw new KnowledgeFormatException(codes.Name, line, $"code {code} is listed twice.");
        }
        return new CameoTable(table);
    }

    private static string? CategoryOf(Dictionary<string, string> categories, string code)
    {
        for (int n = code.Length; n >= 2; n--)
            if (categories.TryGetValue(code[..n], out var category)) return category;
        return null;
    }

    private static void CheckCode(string name, int line, string code)
    {
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
            throw new KnowledgeFormatException(name, line, $"'{code}' is not a CAMEO code (2 to 4 digits).");
        int root = int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture);
        if (root is < 1 or > 20) throw new KnowledgeFormatException(name, line, $"'{code}' has no CAMEO root (01-20).");
    }

    /// <summary>Data lines split on tabs, with their 1-based numbers; the field count is checked.</summary>
    internal static IEnumerable<(int Line, string[] Fields)> Lines(KnowledgeSource source, int fieldCount, int maxFields = -1)
    {
        using var reader = source.Open();
        int number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (text.Length == 0 || text[0] == '#' || string.IsNullOrWhiteSpace(text)) continue;
            var fields = text.Split('\t');
            if (fields.Length < fieldCount || fields.Length > (maxFields < 0 ? fieldCount : maxFields))
                throw new KnowledgeFormatException(source.Name, number,
                    $"expected {fieldCount} tab-separated fields, found {fields.Length}.");
            yield return (number, fields);
        }
    }
}
