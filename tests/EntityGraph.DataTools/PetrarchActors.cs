using System.Globalization;
using System.Text.RegularExpressions;

namespace EntityGraph.DataTools;

/// <summary>One dated code of a PETRARCH2 actor record (dates already converted; <c>null</c> = open).</summary>
internal sealed record PetrarchRole(string Code, DateOnly? From, DateOnly? Until);

/// <summary>
/// One record of a PETRARCH2 actor dictionary: the primary phrase, its <c>+</c> synonyms and its codes in the
/// order PETRARCH tries them (codes on the primary line first, then the TAB-indented restriction lines).
/// </summary>
internal sealed class PetrarchRecord(string file, int line, string phrase, bool countryInfo)
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Phrase { get; } = phrase;
    /// <summary>Tagged <c># CountryInfo.txt</c>: generated from the CountryInfo list of office-holders.</summary>
    public bool CountryInfo { get; } = countryInfo;
    public List<string> Synonyms { get; } = [];
    public List<PetrarchRole> Roles { get; } = [];
}

/// <summary>
/// Reads <c>Phoenix.*.actors.txt</c> as the dictionaries' README describes them, and reports (rather than
/// guesses at) what it cannot read: malformed dates and codes are counted and left out.
/// </summary>
internal static partial class PetrarchActors
{
    [GeneratedRegex(@"\[([^\]\[]*)\]")]
    private static partial Regex Bracket();

    public static List<PetrarchRecord> Read(string path, SortedDictionary<string, int> problems)
    {
        var records = new List<PetrarchRecord>();
        string file = Path.GetFileName(path);
        PetrarchRecord? current = null;
        int number = 0;
        foreach (string raw in System.IO.File.ReadLines(path))
        {
            number++;
            string line = raw.Replace("\x1a", "");
            int hash = line.IndexOf('#');
            string comment = hash >= 0 ? line[hash..] : "";
            string body = hash >= 0 ? line[..hash] : line;
            if (body.Trim().Length == 0) continue;

            if (char.IsWhiteSpace(body[0]))
            {
                if (current is null) { Count(problems, "restriction line before any record"); continue; }
                AddCodes(current, body, problems);
            }
            else if (body[0] == '+')
            {
                if (current is null) { Count(problems, "synonym before any record"); continue; }
                string syn = body[1..].Trim();
                if (syn.Length > 0) current.Synonyms.Add(syn);
            }
            else
            {
                int bracket = body.IndexOf('[');
                string phrase = (bracket >= 0 ? body[..bracket] : body).Trim();
                if (phrase.Length == 0) { Count(problems, "record without a phrase"); current = null; continue; }
                current = new PetrarchRecord(file, number, phrase, comment.Contains("CountryInfo", StringComparison.Ordinal));
                records.Add(current);
                if (bracket >= 0) AddCodes(current, body[bracket..], problems);
            }
        }
        return records;
    }

    private static void AddCodes(PetrarchRecord record, string text, SortedDictionary<string, int> problems)
    {
        foreach (Match m in Bracket().Matches(text))
        {
            string inner = m.Groups[1].Value.Trim();
            int space = inner.IndexOfAny([' ', '\t']);
            string code = space < 0 ? inner : inner[..space];
            string dates = space < 0 ? "" : inner[(space + 1)..].Replace(" ", "", StringComparison.Ordinal);
            if (code.StartsWith("---", StringComparison.Ordinal)) { Count(problems, "null actor code '---' (left out)"); continue; }
            if (!EntityGraph.Knowledge.KnowledgeRole.IsValidCode(code)) { Count(problems, $"malformed code (left out)"); continue; }
            if (!TryDates(dates, out var from, out var until, out string? why)) { Count(problems, why!); continue; }
            record.Roles.Add(new PetrarchRole(code, from, until));
        }
        // One entry closes with '}' instead of ']' in agents; in actors, count unclosed brackets.
        if (text.Count(c => c == '[') != Bracket().Count(text)) Count(problems, "unclosed '[' (left out)");
    }

    /// <summary>
    /// <c>&lt;d</c> (before d), <c>&gt;d</c> (from d), <c>a-b</c> (from a until b), empty (undated). A bare date
    /// is read as <c>&gt;d</c>, as the README advises.
    /// </summary>
    private static bool TryDates(string text, out DateOnly? from, out DateOnly? until, out string? why)
    {
        from = until = null;
        why = null;
        if (text.Length == 0) return true;
        if (text[0] == '<') return TryDate(text[1..], out until, out why);
        if (text[0] == '>') return TryDate(text[1..], out from, out why);
        int dash = text.IndexOf('-');
        if (dash < 0) return TryDate(text, out from, out why);
        if (!TryDate(text[..dash], out from, out why) || !TryDate(text[(dash + 1)..], out until, out why)) return false;
        if (from >= until) { why = "date range that ends before it starts (left out)"; return false; }
        return true;
    }

    /// <summary><c>YYMMDD</c> (YY ≤ 30 → 20YY, else 19YY) or <c>YYYYMMDD</c>; any other length is malformed.</summary>
    private static bool TryDate(string text, out DateOnly? date, out string? why)
    {
        date = null;
        why = null;
        string full;
        if (text.Length == 6 && text.All(char.IsAsciiDigit))
            full = (int.Parse(text[..2], CultureInfo.InvariantCulture) <= 30 ? "20" : "19") + text;
        else if (text.Length == 8 && text.All(char.IsAsciiDigit))
            full = text;
        else
        {
            why = $"date of {text.Length} characters, neither YYMMDD nor YYYYMMDD (left out)";
            return false;
        }
        if (!DateOnly.TryParseExact(full, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            why = "date that is not a calendar day (left out)";
            return false;
        }
        date = d;
        return true;
    }

    public static void Count(SortedDictionary<string, int> counts, string reason, int n = 1) =>
        counts[reason] = counts.GetValueOrDefault(reason) + n;
}
