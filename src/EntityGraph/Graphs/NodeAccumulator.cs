using EntityGraph.Documents;

namespace EntityGraph.Graphs;

/// <summary>Everything the builder has learned about one entity id so far; mutable, builder-private.</summary>
/// <remarks>Every field is a sum, a union, a minimum or a maximum, so adding documents or whole nodes in any
/// order or grouping ends in the same state.</remarks>
internal sealed class NodeAccumulator(string id)
{
    // Each vote is one document-level entity's opinion (normally one per document), so a name repeated in
    // one long article does not outvote others.
    private readonly Votes<string> _names = new(StringComparer.Ordinal);
    private readonly Votes<EntityType> _types = new(Comparer<EntityType>.Default);
    private readonly Votes<string> _iso3 = new(StringComparer.Ordinal);
    private readonly Votes<string> _countries = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _aliases = new(StringComparer.Ordinal);
    private int _mentions;
    private int _documents;
    private DateOnly? _first;
    private DateOnly? _last;

    /// <summary>Adds the entities of one document that share <c>id</c> (normally exactly one).</summary>
    public void AddDocument(IReadOnlyList<Entity> entities, DateOnly? date)
    {
        _documents++;
        See(date, date);
        foreach (var entity in entities)
        {
            _names.Add(entity.Name ?? id);
            _types.Add(entity.Type);
            if (entity.Iso3 is { } iso3) _iso3.Add(iso3);
            if (entity.Country is { } country) _countries.Add(country);
            if (entity.Aliases is { } aliases)
                foreach (var alias in aliases)
                    if (alias is not null) _aliases.Add(alias);
            _mentions = checked(_mentions + (entity.Mentions?.Count ?? 0));
        }
    }

    /// <summary>Adds a node of another graph: its votes, aliases, counts and dates.</summary>
    public void AddNode(GraphNode node)
    {
        _names.AddAll(node.NameVotes);
        _types.AddAll(node.TypeVotes);
        _iso3.AddAll(node.Iso3Votes);
        _countries.AddAll(node.CountryVotes);
        _aliases.UnionWith(node.Aliases);
        _mentions = checked(_mentions + node.MentionCount);
        _documents = checked(_documents + node.DocumentCount);
        See(node.FirstSeen, node.LastSeen);
    }

    private void See(DateOnly? first, DateOnly? last)
    {
        if (first is { } f && (_first is null || f < _first)) _first = f;
        if (last is { } l && (_last is null || l > _last)) _last = l;
    }

    public GraphNode ToNode() => new(id, _names.Snapshot(), _types.Snapshot(), _iso3.Snapshot(), _countries.Snapshot(),
        _aliases.ToArray(), _mentions, _documents, _first, _last);
}
