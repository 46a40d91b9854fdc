using System.Collections.Frozen;
using EntityGraph.Knowledge;

namespace EntityGraph.Resolution;

/// <summary>
/// The word lists that combine recognizer output and resolve entities (titles, actor verbs, party heads,
/// organisation kinds…), read from the sectioned data file <c>resolution-lexicon.txt</c>. Immutable and
/// thread-safe; <see cref="Default"/> is loaded once, on first use. Entries compare ignoring case.
/// </summary>
internal sealed class ResolutionLexicon
{
    /// <summary>Name of the embedded resource behind <see cref="Default"/>.</summary>
    public const string ResourceName = "EntityGraph.Resources.resolution-lexicon.txt";

    private static readonly string[] RequiredSections =
    [
        "titles", "role-words", "not-names", "party-heads", "actor-verbs", "verb-helpers", "prepositions",
        "kind-igo", "kind-government", "kind-business", "kind-media", "kind-military",
    ];

    private static readonly Lazy<ResolutionLexicon> DefaultInstance =
        new(() => ReadResource(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    private ResolutionLexicon(Dictionary<string, FrozenSet<string>> sections)
    {
        Titles = sections["titles"];
        RoleWords = sections["role-words"];
        NotNames = sections["not-names"];
        PartyHeads = sections["party-heads"];
        ActorVerbs = sections["actor-verbs"];
        VerbHelpers = sections["verb-helpers"];
        Prepositions = sections["prepositions"];
        var kinds = new Dictionary<string, OrganizationKind>(StringComparer.OrdinalIgnoreCase);
        // Later sections do not override earlier ones, so a word in two kinds keeps the first (igo first).
        foreach (var (section, kind) in new[]
                 {
                     ("kind-igo", OrganizationKind.Igo), ("kind-government", OrganizationKind.Government),
                     ("kind-business", OrganizationKind.Business), ("kind-media", OrganizationKind.Media),
                     ("kind-military", OrganizationKind.Military),
                 })
            foreach (var w in sections[section]) kinds.TryAdd(w, kind);
        KindWords = kinds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in lexicon.</summary>
    /// <exception cref="InvalidDataException">The embedded file is malformed (a build defect; tests guard against it).</exception>
    public static ResolutionLexicon Default => DefaultInstance.Value;

    /// <summary>Titles and role words that stand before a name ("Chairman", "First", "Deputy").</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Role words allowed, besides titles, between a nationality and a person ("official", "foreign").</summary>
    public FrozenSet<string> RoleWords { get; }

    /// <summary>Words that alone never name a person or organisation ("Party", "Ministry").</summary>
    public FrozenSet<string> NotNames { get; }

    /// <summary>Head nouns of political parties ("Party").</summary>
    public FrozenSet<string> PartyHeads { get; }

    /// <summary>Verbs that make a capital before them an actor ("said", "agreed").</summary>
    public FrozenSet<string> ActorVerbs { get; }

    /// <summary>Auxiliaries and adverbs allowed between a capital and its verb ("has", "also").</summary>
    public FrozenSet<string> VerbHelpers { get; }

    /// <summary>Words that make the capital after them a place ("to", "between").</summary>
    public FrozenSet<string> Prepositions { get; }

    /// <summary>Head words that tell an organisation's kind.</summary>
    public FrozenDictionary<string, OrganizationKind> KindWords { get; }

    /// <summary>Reads the embedded resource <paramref name="resourceName"/>.</summary>
    /// <exception cref="InvalidDataException">The resource is missing or malformed.</exception>
    public static ResolutionLexicon ReadResource(string resourceName)
    {
        using var stream = typeof(ResolutionLexicon).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidDataException($"Embedded resource '{resourceName}' is missing from the EntityGraph assembly.");
        using var reader = new StreamReader(stream);
        return Read(resourceName, reader);
    }

    /// <summary>Parses a lexicon file.</summary>
    /// <param name="sourceName">Name used in error messages.</param>
    /// <param name="reader">The file's text.</param>
    /// <exception cref="InvalidDataException">
    /// A line is malformed: an entry before any section, an unknown or repeated section, a character other
    /// than a letter, apostrophe or inner hyphen, a repeated entry, or a required section missing or empty.
    /// The message names the source and the 1-based line.
    /// </exception>
    public static ResolutionLexicon Read(string sourceName, TextReader reader)
    {
        var sections = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        string? currentName = null;
        int line = 0;
        while (reader.ReadLine() is { } raw)
        {
            line++;
            var entry = raw.AsSpan().Trim();
            if (entry.IsEmpty || entry[0] == '#') continue;
            if (entry[0] == '[')
            {
                if (entry[^1] != ']' || entry.Length < 3)
                    throw Error(sourceName, line, $"section header '{entry}' must look like '[name]'");
                string name = entry[1..^1].ToString();
                if (Array.IndexOf(RequiredSections, name) < 0)
                    throw Error(sourceName, line, $"unknown section '{name}'; expected one of {string.Join(", ", RequiredSections)}");
                if (sections.ContainsKey(name))
                    throw Error(sourceName, line, $"section '{name}' appears twice");
                current = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                currentName = name;
                sections.Add(name, current);
                continue;
            }
            if (current is null)
                throw Error(sourceName, line, $"entry '{entry}' comes before any [section] header");
            for (int i = 0; i < entry.Length; i++)
            {
                char c = entry[i];
                bool ok = char.IsLetter(c) || c == '\'' || (c == '-' && i > 0 && i < entry.Length - 1);
                if (!ok)
                    throw Error(sourceName, line, $"entry '{entry}' contains '{c}' (U+{(int)c:X4}); only letters, apostrophes and inner hyphens are allowed, one entry per line");
            }
            if (!current.Add(entry.ToString()))
                throw Error(sourceName, line, $"entry '{entry}' repeats an earlier entry of section '{currentName}' (entries compare ignoring case)");
        }
        foreach (var name in RequiredSections)
        {
            if (!sections.TryGetValue(name, out var set))
                throw new InvalidDataException($"{sourceName}: section '[{name}]' is missing.");
            if (set.Count == 0)
                throw new InvalidDataException($"{sourceName}: section '[{name}]' has no entries.");
        }
        return new ResolutionLexicon(sections.ToDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase)));
    }

    private static InvalidDataException Error(string source, int line, string message) => new($"{source} line {line}: {message}.");
}
