using EntityGraph.Documents;
using EntityGraph.Knowledge;

namespace EntityGraph.Resolution;

/// <summary>
/// Merges mentions into entities by key. Mentions with a <see cref="Mention.Key"/> join the entity with that
/// id, so a demonym keyed to a country joins the country (<c>DPRK</c>, <c>North Korea</c> and
/// <c>North Korean</c> are one entity, <c>country:PRK</c>); mentions without a key are grouped by type and
/// normalised text. Names, types and codes come from the <see cref="KnowledgeBase"/> when it knows the key.
/// Thread-safe. The default pipeline uses <see cref="DocumentEntityResolver"/>, which adds coreference
/// (acronyms, surnames, spelling variants, metonymy) on top of this grouping; this one stays as the minimal,
/// predictable choice for callers who want keys and exact names only.
/// </summary>
public sealed class KeyEntityResolver : IEntityResolver
{
    private readonly KnowledgeBase? _knowledge;

    /// <summary>A resolver over the built-in <see cref="KnowledgeBase.Default"/> (loaded on first use).</summary>
    public KeyEntityResolver() { }

    /// <summary>A resolver over <paramref name="knowledge"/>.</summary>
    public KeyEntityResolver(KnowledgeBase knowledge)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
    }

    private sealed class Group(string id)
    {
        public string Id { get; } = id;
        public List<Mention> Mentions { get; } = [];
        public List<string> Aliases { get; } = [];
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Entities come in order of first mention; each one's mentions are in text order and its aliases are the
    /// distinct surface forms (white space runs read as one space) in order of first appearance. An entity
    /// known to the knowledge base takes the entry's name, type, ISO-3 code and country, so an entity met only
    /// as "Chinese" is still the country China. Otherwise the name is the first surface form that is not a
    /// demonym, and the type the first mention type that is not Nationality.
    /// </remarks>
    public IReadOnlyList<Entity> Resolve(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Mentions.Count == 0) return [];
        var knowledge = _knowledge ?? KnowledgeBase.Default;

        var mentions = InTextOrder(document.Mentions);
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        var order = new List<Group>();
        foreach (var m in mentions)
        {
            string id = m.Key ?? EntityKeys.ForName(m.Type, NormalizedText(document, m));
            if (!groups.TryGetValue(id, out var g))
            {
                g = new Group(id);
                groups.Add(id, g);
                order.Add(g);
            }
            g.Mentions.Add(m);
            string surface = Surface(document.Text, m.Span);
            if (g.Seen.Add(surface)) g.Aliases.Add(surface);
        }

        var entities = new Entity[order.Count];
        for (int i = 0; i < order.Count; i++)
        {
            var g = order[i];
            if (knowledge.TryGetEntry(g.Id, out var entry))
            {
                entities[i] = new Entity(g.Id, entry.Name, entry.Type, entry.Iso3, entry.Country, g.Aliases.ToArray(), g.Mentions.ToArray());
                continue;
            }
            string? iso3 = EntityKeys.CountryCode(g.Id);
            int named = g.Mentions.FindIndex(m => m.Type != EntityType.Nationality);
            var type = iso3 is not null ? EntityType.Country : named >= 0 ? g.Mentions[named].Type : EntityType.Nationality;
            string name = named >= 0 ? Surface(document.Text, g.Mentions[named].Span) : g.Aliases[0];
            entities[i] = new Entity(g.Id, name, type, iso3, null, g.Aliases.ToArray(), g.Mentions.ToArray());
        }
        return entities;
    }

    // The merged layer is already in text order; other resolvers' callers may not be, so sort (stably) only then.
    private static IReadOnlyList<Mention> InTextOrder(IReadOnlyList<Mention> mentions)
    {
        for (int i = 1; i < mentions.Count; i++)
            if (mentions[i].Span.Start < mentions[i - 1].Span.Start)
                return mentions.Select((m, k) => (m, k)).OrderBy(p => p.m.Span.Start).ThenBy(p => p.k).Select(p => p.m).ToArray();
        return mentions;
    }

    // Normalised token forms joined by one space where the text has a gap; the surface text when the
    // mention's token range is not usable (a hand-made mention).
    private static string NormalizedText(Document document, Mention m) =>
        m.FirstToken < 0 || m.EndToken > document.Tokens.Count || m.TokenCount <= 0
            ? Surface(document.Text, m.Span)
            : NameForms.Join(document, m.FirstToken, m.EndToken);

    private static string Surface(string text, TextSpan span) => NameForms.Surface(text, span);
}
