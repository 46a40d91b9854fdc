using System.Text;
using System.Text.RegularExpressions;
using EntityGraph.Knowledge;

namespace EntityGraph.DataTools;

/// <summary>
/// <c>agents</c>: builds <c>agents.tsv</c>, the role nouns of <c>Phoenix.agents.txt</c> ("foreign minister"
/// → <c>~GOV</c>), with substitution sets (<c>!PERSON!</c>, <c>!MINIST!</c>) expanded and plurals written
/// out, then loads it through the library's <see cref="RoleNounLexicon"/>.
/// </summary>
internal static partial class AgentsCommand
{
    public const string OutputFile = "agents.tsv";
    public const string CuratedFile = "agents-curated.tsv";

    [GeneratedRegex(@"\[([^\]\}]*)[\]\}]")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"!([A-Z]+)!")]
    private static partial Regex SetPattern();

    // Nouns in -man whose plural is not -men.
    private static readonly HashSet<string> ManExceptions = new(StringComparer.Ordinal) { "HUMAN", "GERMAN", "ROMAN", "SHAMAN", "OTTOMAN", "TALISMAN" };

    public static int Run(Options options)
    {
        string path = Path.Combine(options["shared"], "data", "petrarch2-dictionaries", "Phoenix.agents.txt");
        string outDir = options["out"];
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var entries = new List<(string Phrase, string Code)>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var dropped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int sourceEntries = 0;

        foreach (string raw in File.ReadLines(path))
        {
            int hash = raw.IndexOf('#');
            string line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            if (line[0] == '!' && line.Contains('='))
            {
                int eq = line.IndexOf('=');
                sets[line[..eq].Trim().Trim('!')] = line[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            var code = CodePattern().Match(line);
            if (!code.Success) { PetrarchActors.Count(dropped, "entry without a [code]"); continue; }
            sourceEntries++;
            string codeText = code.Groups[1].Value.Trim();
            if (!RoleNoun.IsValidCode(codeText)) { PetrarchActors.Count(dropped, $"malformed code"); continue; }
            string head = line[..code.Index];
            string[]? plurals = null;
            int brace = head.IndexOf('{');
            if (brace >= 0)
            {
                int close = head.IndexOf('}', brace);
                plurals = head[(brace + 1)..(close < 0 ? head.Length : close)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                head = head[..brace];
            }
            // A search-and-replace in the source turned ADMINISTRATION into AD!MINIST!RATION; undo it.
            head = head.Trim().Replace("AD!MINIST!R", "ADMINISTR", StringComparison.Ordinal);
            // "FOREIGN_AFFAIRS_MINIST" is a stem (PETRARCH matches any word starting so); a stem of "minister"
            // means the same words as the !MINIST! set, so it is expanded like one.
            foreach (var stem in (string[])["MINISTR", "MINIST"])
                if (head.EndsWith("_" + stem, StringComparison.Ordinal) || head == stem)
                {
                    head = head[..^stem.Length] + "!MINIST!";
                    break;
                }

            var forms = new List<string>();
            var setMatch = SetPattern().Match(head);
            if (setMatch.Success)
            {
                if (!sets.TryGetValue(setMatch.Groups[1].Value, out var members)) { PetrarchActors.Count(dropped, "unknown substitution set"); continue; }
                // The set lists the plurals itself (MAN, MEN; MINISTER, MINISTERS).
                foreach (var m in members) forms.Add(head[..setMatch.Index] + m + head[(setMatch.Index + setMatch.Length)..]);
            }
            else
            {
                forms.Add(head);
                if (plurals is null) { if (Plural(head) is { } p) forms.Add(p); }
                else forms.AddRange(plurals);
            }
            foreach (var form in forms)
            {
                string phrase = Phrase(form);
                if (phrase.Length == 0 || phrase.Contains('!')) { PetrarchActors.Count(dropped, "empty or unexpanded phrase"); continue; }
                if (seen.TryGetValue(phrase, out var first))
                {
                    if (first != codeText) PetrarchActors.Count(dropped, "phrase listed again with another code (first kept)");
                    continue;
                }
                seen.Add(phrase, codeText);
                entries.Add((phrase, codeText));
            }
        }

        var sb = new StringBuilder(Header);
        foreach (var (phrase, c) in entries) sb.Append(phrase).Append('\t').Append(c).Append('\n');
        Directory.CreateDirectory(outDir);
        string outPath = Path.Combine(outDir, OutputFile);
        File.WriteAllText(outPath, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine($"read {sourceEntries} entries; wrote {outPath}: {entries.Count} phrases ({new FileInfo(outPath).Length:N0} bytes)");
        foreach (var (why, n) in dropped) Console.WriteLine($"  left out {n}: {why}");
        try
        {
            // Checked together with the curated additions, which may not repeat a generated phrase.
            string curated = Path.Combine(outDir, CuratedFile);
            var lexicon = RoleNounLexicon.Load(File.Exists(curated)
                ? [KnowledgeSource.FromFile(outPath), KnowledgeSource.FromFile(curated)]
                : [KnowledgeSource.FromFile(outPath)]);
            Console.WriteLine($"checked: the lexicon loads ({lexicon.Count} phrases)");
            return 0;
        }
        catch (KnowledgeFormatException e)
        {
            Console.Error.WriteLine($"error: the library rejects the result: {e.Message}");
            return 1;
        }
    }

    /// <summary>Lower case, '_' and runs of spaces to one space ("FOREIGN_MINISTER" → "foreign minister").</summary>
    private static string Phrase(string form) =>
        string.Join(' ', form.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    // A phrase's head noun comes before its first preposition: "SECRETARY_OF_DEFENSE" → "SECRETARIES_OF_DEFENSE",
    // "AMBASSADOR_TO" → "AMBASSADORS_TO".
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "OF", "FOR", "TO", "AT", "IN", "ON", "WITH", "FROM" };

    /// <summary>The regular plural of the head noun, or <c>null</c> when it has none or looks plural already.</summary>
    internal static string? Plural(string phrase)
    {
        string[] words = phrase.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        int head = words.Length - 1;
        for (int i = 1; i < words.Length; i++)
            if (Prepositions.Contains(words[i])) { head = i - 1; break; }
        if (PluralWord(words[head]) is not { } plural) return null;
        words[head] = plural;
        return string.Join('_', words);
    }

    private static string? PluralWord(string last)
    {
        if (last.Length < 2 || !last.All(char.IsAsciiLetterUpper)) return null;
        if (last.EndsWith("MAN", StringComparison.Ordinal) && last.Length > 3 && !ManExceptions.Contains(last)) return last[..^3] + "MEN";
        if (last.EndsWith("SS", StringComparison.Ordinal) || last.EndsWith('X') || last.EndsWith('Z') || last.EndsWith("CH", StringComparison.Ordinal) || last.EndsWith("SH", StringComparison.Ordinal))
            return last + "ES";
        if (last.EndsWith('S')) return null;
        if (last.EndsWith('Y') && !"AEIOU".Contains(last[^2])) return last[..^1] + "IES";
        return last + "S";
    }

    private const string Header = """
        # agents.tsv: role nouns ("agents") from PETRARCH2's Phoenix.agents.txt, one phrase per line with its CAMEO code.
        #
        # GENERATED by `dotnet run --project tests/EntityGraph.DataTools -- agents --shared ../shared --out src/EntityGraph/Resources`
        # (openeventdata/petrarch2, MIT licence, Copyright (c) 2014 Open Event Data; provided by the Computational Event
        # Data System Project, http://eventdata.parusanalytics.com). Do not edit by hand.
        #
        # Format: phrase<TAB>code. The phrase is lower-case words separated by single spaces (substitution sets such
        # as !PERSON! and !MINIST! expanded, plurals written out). The code is a suffix '~GOV' (appended to the actor
        # of the same noun phrase: "North Korean foreign minister" -> PRK + GOV) or a prefix 'IGO~'.

        """;
}
