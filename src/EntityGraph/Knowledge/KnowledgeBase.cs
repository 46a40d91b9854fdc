using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace EntityGraph.Knowledge;

/// <summary>
/// What the library knows about named things: countries with their names, codes, demonyms and capitals,
/// and (as the data grows) people, parties and organisations. Immutable and safe to share between threads;
/// <see cref="Default"/> is loaded once, on first use, from the library's embedded resources.
/// </summary>
public sealed class KnowledgeBase
{
    // Generated files come before their curated files so a curated file, read after, can add names and flags.
    private static readonly string[] CountryResources = ["countries.tsv", "countries-curated.tsv"];
    private static readonly string[] DefaultResources = [.. CountryResources, "actors.tsv", "actors-curated.tsv"];

    private static readonly Lazy<KnowledgeBase> DefaultInstance =
        new(() => Load(DefaultResources.Select(KnowledgeSource.FromEmbeddedResource)), LazyThreadSafetyMode.ExecutionAndPublication);

    // Kept apart so a caller that needs only countries does not pay for the people and organisations.
    private static readonly Lazy<KnowledgeBase> CountriesInstance =
        new(() => Load(CountryResources.Select(KnowledgeSource.FromEmbeddedResource)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly KnowledgeEntry[] _entries;
    private readonly FrozenDictionary<string, KnowledgeEntry> _byKey;
    private readonly FrozenDictionary<string, KnowledgeEntry> _byIso3;

    internal KnowledgeBase(KnowledgeEntry[] entries)
    {
        _entries = entries;
        _byKey = entries.ToFrozenDictionary(e => e.Key, StringComparer.Ordinal);
        _byIso3 = entries.Where(e => e.Iso3 is not null).ToFrozenDictionary(e => e.Iso3!, StringComparer.Ordinal);
    }

    /// <summary>
    /// The knowledge base built into the library: countries and places (<c>countries.tsv</c>,
    /// <c>countries-curated.tsv</c>), then people, parties and organisations (<c>actors.tsv</c>,
    /// <c>actors-curated.tsv</c>): about 26,000 entries, loaded on first access (roughly 0.2 s of CPU), then shared.
    /// </summary>
    /// <exception cref="KnowledgeFormatException">An embedded file is malformed (a build defect; tests guard against it).</exception>
    public static KnowledgeBase Default => DefaultInstance.Value;

    /// <summary>
    /// Only the countries and places of <see cref="Default"/> (<c>countries.tsv</c>, <c>countries-curated.tsv</c>):
    /// the same keys and entries, loaded separately and much faster, for callers that need nothing else.
    /// </summary>
    public static KnowledgeBase Countries => CountriesInstance.Value;

    /// <summary>The names of the embedded resources that make up <see cref="Default"/>, in load order.</summary>
    public static IReadOnlyList<string> DefaultResourceNames => DefaultResources;

    /// <summary>The names of the embedded resources that make up <see cref="Countries"/>, in load order.</summary>
    public static IReadOnlyList<string> CountryResourceNames => CountryResources;

    /// <summary>
    /// The role nouns built into the library (<c>agents.tsv</c> and <c>agents-curated.tsv</c>: "foreign minister"
    /// → <c>~GOV</c>, "party secretary" → <c>~PTY</c>), loaded on
    /// first access, separately from the entries.
    /// </summary>
    /// <exception cref="KnowledgeFormatException">The embedded file is malformed (a build defect; tests guard against it).</exception>
    public static RoleNounLexicon RoleNouns => RoleNounLexicon.Default;

    /// <summary>Loads and checks knowledge files, read in the order given.</summary>
    /// <param name="sources">The files; later ones may add names and flags to entries of earlier ones.</param>
    /// <exception cref="KnowledgeFormatException">A line is malformed or contradicts another; the message names the source and line.</exception>
    public static KnowledgeBase Load(IEnumerable<KnowledgeSource> sources) => KnowledgeLoader.Load(sources);

    /// <summary>Every entry, in the order its key first appears in the sources.</summary>
    public IReadOnlyList<KnowledgeEntry> Entries => _entries;

    /// <summary>Looks an entry up by key (<c>country:PRK</c>); keys are case-sensitive.</summary>
    public bool TryGetEntry(string key, [NotNullWhen(true)] out KnowledgeEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _byKey.TryGetValue(key, out entry);
    }

    /// <summary>The entry with key <paramref name="key"/>, or <c>null</c>.</summary>
    public KnowledgeEntry? Find(string key) => TryGetEntry(key, out var e) ? e : null;

    /// <summary>The country or territory with ISO 3166-1 alpha-3 code <paramref name="iso3"/> (upper case), or <c>null</c>.</summary>
    public KnowledgeEntry? FindCountry(string iso3)
    {
        ArgumentNullException.ThrowIfNull(iso3);
        return _byIso3.TryGetValue(iso3, out var e) ? e : null;
    }
}
