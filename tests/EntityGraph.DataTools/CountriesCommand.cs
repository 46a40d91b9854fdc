using System.Text;
using EntityGraph.Knowledge;

namespace EntityGraph.DataTools;

/// <summary>
/// <c>countries</c>: builds <c>countries.tsv</c> (the generated part of the knowledge base) from the two
/// country sources, then loads it with the curated file through the library's own loader, so a file that
/// the library would reject is never left behind unreported.
/// </summary>
internal static class CountriesCommand
{
    public const string OutputFile = "countries.tsv";
    public const string CuratedFile = "countries-curated.tsv";

    private enum Kind { Name, Code, Demonym, Alias, CapitalName, CapitalAlias }

    private sealed record Candidate(string Key, Kind Kind, string Text, bool Independent)
    {
        // What a match of this name would produce: the entity and the mention type.
        public (string Key, string Type) Target => (Key, Kind switch
        {
            Kind.Demonym => "Nationality",
            Kind.CapitalName or Kind.CapitalAlias => "Location",
            _ => "Country",
        });

        // Canonical names and codes must survive; a demonym beats an alias that spells the same ("Thai" is
        // the people before it is Thailand); a sovereign state beats a territory ("American": USA, not
        // the Northern Mariana Islands).
        public (int, int) Strength => (Kind switch
        {
            Kind.Name or Kind.Code => 3,
            Kind.Demonym => 2,
            _ => 1,
        }, Independent ? 1 : 0);
    }

    public static int Run(Options options)
    {
        string shared = options["shared"];
        string outDir = options["out"];
        var countries = CountrySources.Read(shared);
        var rejected = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var candidates = new List<Candidate>();

        foreach (var c in countries)
        {
            string key = EntityKeys.ForCountry(c.Cca3);
            candidates.Add(new Candidate(key, Kind.Name, c.Common, c.Independent));
            candidates.Add(new Candidate(key, Kind.Code, c.Cca3, c.Independent));
            foreach (var raw in c.AltSpellings.Concat(c.I18nNames).Prepend(c.Official))
                AddName(candidates, rejected, key, Kind.Alias, NameRules.WithoutArticle(raw.Trim()), c.Independent);
            foreach (var d in c.Demonyms.SelectMany(NameRules.SplitDemonym))
            {
                AddName(candidates, rejected, key, Kind.Demonym, d, c.Independent);
                if (NameRules.Plural(d) is { } plural) AddName(candidates, rejected, key, Kind.Demonym, plural, c.Independent);
            }
            // Only sovereign states' capitals: territories' capitals are too often ordinary words or
            // surnames (Douglas, Hamilton, Stanley, The Valley) to be matched on sight.
            if (c.Independent)
                foreach (var cap in c.Capitals)
                    AddName(candidates, rejected, "location:" + cap, Kind.CapitalName, cap, true, capitalOf: c.Cca3);
        }

        var conflicts = new List<string>();
        var kept = ResolveConflicts(candidates, conflicts);
        string text = Render(countries, kept);
        Directory.CreateDirectory(outDir);
        string outPath = Path.Combine(outDir, OutputFile);
        File.WriteAllText(outPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var written = text.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        Console.WriteLine($"wrote {outPath}: {written.Count(c => c[1] == "type" && c[2] == "Country")} countries, " +
                          $"{written.Count(c => c[1] == "capital-of")} capitals, {written.Count(c => c[1] == "alias")} aliases, " +
                          $"{written.Count(c => c[1] == "demonym")} demonyms ({written.Count} lines)");
        foreach (var (reason, n) in rejected) Console.WriteLine($"  left out {n} names: {reason}");
        foreach (var c in conflicts) Console.WriteLine($"  conflict: {c}");

        var sources = new List<KnowledgeSource> { KnowledgeSource.FromFile(outPath) };
        string curatedPath = Path.Combine(outDir, CuratedFile);
        if (File.Exists(curatedPath)) sources.Add(KnowledgeSource.FromFile(curatedPath));
        try
        {
            var kb = KnowledgeBase.Load(sources);
            Console.WriteLine($"checked with {(sources.Count == 2 ? CuratedFile : "no curated file")}: {kb.Entries.Count} entries load cleanly");
            return 0;
        }
        catch (KnowledgeFormatException e)
        {
            Console.Error.WriteLine($"error: the knowledge loader rejects the result: {e.Message}");
            return 1;
        }
    }

    private static readonly Dictionary<string, string> CapitalOf = new(StringComparer.Ordinal);

    private static void AddName(List<Candidate> candidates, SortedDictionary<string, int> rejected,
        string key, Kind kind, string name, bool independent, string? capitalOf = null)
    {
        if (NameRules.Rejection(name) is { } reason)
        {
            rejected[reason] = rejected.GetValueOrDefault(reason) + 1;
            return;
        }
        if (capitalOf is not null)
        {
            if (CapitalOf.TryGetValue(key, out var other) && other != capitalOf)
                throw new InvalidDataException($"capital '{name}' belongs to both {other} and {capitalOf}");
            CapitalOf[key] = capitalOf;
        }
        candidates.Add(new Candidate(key, kind, name, independent));
        string folded = NameRules.Fold(name);
        if (folded != name)
            candidates.Add(new Candidate(key, kind == Kind.CapitalName ? Kind.CapitalAlias : kind == Kind.Name ? Kind.Alias : kind, folded, independent));
    }

    // The knowledge loader refuses a name (compared ignoring case) that leads to two entities or two
    // mention types. For each such name keep only the strongest target; when the strongest targets tie
    // ("Congo": two republics; "Dominican": two countries) the name is dropped for all of them.
    private static List<Candidate> ResolveConflicts(List<Candidate> candidates, List<string> conflicts)
    {
        var droppedCapitals = new HashSet<string>(StringComparer.Ordinal);
        var losers = new HashSet<Candidate>(ReferenceEqualityComparer.Instance);
        foreach (var group in candidates.GroupBy(c => c.Text, StringComparer.OrdinalIgnoreCase))
        {
            var targets = group.Select(c => c.Target).Distinct().ToList();
            if (targets.Count == 1) continue;
            var best = group.Max(c => c.Strength);
            var winners = group.Where(c => c.Strength == best).Select(c => c.Target).Distinct().ToList();
            (string Key, string Type)? keep = winners.Count == 1 ? winners[0] : null;
            foreach (var c in group)
            {
                if (keep is { } k && c.Target == k) continue;
                if (c.Kind is Kind.Name or Kind.Code)
                    throw new InvalidDataException($"the canonical name or code '{c.Text}' of {c.Key} clashes with another entry's; fix the sources or the rules");
                losers.Add(c);
                if (c.Kind == Kind.CapitalName) droppedCapitals.Add(c.Key);
            }
            string desc = string.Join(", ", group.Select(c => $"{c.Key} {c.Kind}").Distinct());
            conflicts.Add(keep is { } w ? $"'{group.Key}' ({desc}) kept for {w.Key} {w.Type}" : $"'{group.Key}' ({desc}) dropped for all");
        }
        // A capital that lost its own name (a city-state: Singapore, Monaco) is the country; drop the entry.
        return candidates.Where(c => !losers.Contains(c) && !droppedCapitals.Contains(c.Key)).ToList();
    }

    private static string Render(List<SourceCountry> countries, List<Candidate> kept)
    {
        var lines = new List<(string Key, int Order, string Field, string Value)>();
        foreach (var c in countries)
        {
            string key = EntityKeys.ForCountry(c.Cca3);
            lines.Add((key, 0, "type", "Country"));
            lines.Add((key, 1, "name", c.Common));
            lines.Add((key, 2, "iso3", c.Cca3));
        }
        foreach (var capital in kept.Where(k => k.Kind == Kind.CapitalName))
        {
            lines.Add((capital.Key, 0, "type", "Location"));
            lines.Add((capital.Key, 1, "name", capital.Text));
            lines.Add((capital.Key, 3, "capital-of", CapitalOf[capital.Key]));
        }
        var seen = new HashSet<(string, string, string)>();
        foreach (var k in kept)
        {
            string? field = k.Kind switch
            {
                Kind.Alias or Kind.CapitalAlias => "alias",
                Kind.Demonym => "demonym",
                _ => null,
            };
            if (field is null) continue;
            if (!seen.Add((k.Key, field, k.Text))) continue;
            if (field == "alias" && IsCanonical(kept, k)) continue;
            lines.Add((k.Key, field == "alias" ? 4 : 5, field, k.Text));
        }

        var sb = new StringBuilder();
        sb.Append(Header);
        foreach (var l in lines.Distinct()
                     .OrderBy(l => l.Key, StringComparer.Ordinal)
                     .ThenBy(l => l.Order)
                     .ThenBy(l => l.Value, StringComparer.Ordinal))
            sb.Append(l.Key).Append('\t').Append(l.Field).Append('\t').Append(l.Value).Append('\n');
        return sb.ToString();
    }

    // An alias that repeats the entry's canonical name adds nothing.
    private static bool IsCanonical(List<Candidate> kept, Candidate alias) =>
        kept.Any(c => c.Key == alias.Key && c.Kind is Kind.Name or Kind.CapitalName && c.Text == alias.Text);

    private const string Header = """
        # countries.tsv: names, ISO-3 codes, demonyms and capitals of countries and territories.
        #
        # GENERATED by tests/EntityGraph.DataTools (command: countries); do not edit by hand. Corrections and
        # additions go in countries-curated.tsv, which is loaded after this file. See Resources/README.md.
        #
        # Sources:
        #   world-countries 5.1.0, https://github.com/mledoze/countries, by Mohammed Le Doze and contributors,
        #     made available under the Open Database License (ODbL) 1.0: names (common, official, alternative
        #     spellings), English demonyms, capitals and ISO 3166-1 codes.
        #   i18n-iso-countries 7.14.0, https://github.com/michaelwittig/node-i18n-iso-countries,
        #     Copyright (c) 2016 widdix GmbH, MIT licence: English names and aliases (joined on alpha-2).
        #
        # This file is a Derived Database of world-countries. It is made available under the Open Database
        # License (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/1-0/ ; any rights in individual
        # contents of the database are licensed under the Database Contents License,
        # https://opendatacommons.org/licenses/dbcl/1-0/ .
        #
        # Derivation: names of two letters or fewer, inverted ("Korea, Republic of") or parenthesised forms and
        # names in non-Latin scripts are left out; a leading "The" is dropped; names with diacritics also get a
        # plain form ("Bogota"); regular demonym plurals (+s) are added; only sovereign states' capitals are
        # kept; a name that would lead to two entities keeps the strongest one (canonical name > demonym >
        # alias; state > territory) or, on a tie, is dropped.
        #
        # Format: key<TAB>field<TAB>value[<TAB>flags], one fact per line (see Knowledge/KnowledgeLoader.cs).

        """;
}
