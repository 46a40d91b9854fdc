using EntityGraph.Documents;

namespace EntityGraph.Graphs;

/// <summary>Everything the builder has learned about one entity id so far; mutable, builder-private.</summary>
internal sealed class NodeAccumulator(string id)
{
    private static readonly IComparer<EntityType> TypeOrder = Comparer<EntityType>.Default;

    // Each vote is one document's opinion, so a name repeated in one long article does not outvote others.
    private readonly Votes<string> _names = new(StringComparer.Ordinal);
    private readonly Votes<EntityType> _types = new(TypeOrder);
    private readonly Votes<string> _iso3 = new(StringComparer.Ordinal);
    private readonly Votes<string> _countries = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _aliases = new(StringComparer.Ordinal);
    private int _mentions;
    private int _documents;

    /// <summary>Adds the entities of one document that share <c>id</c> (normally exactly one).</summary>
    public void AddDocument(IReadOnlyList<Entity> entities)
    {
        _documents++;
        foreach (var entity in entities)
        {
            _names.Add(entity.Name ?? id);
            _types.Add(entity.Type);
            if (entity.Iso3 is { } iso3) _iso3.Add(iso3);
            if (entity.Country is { } country) _countries.Add(country);
            if (entity.Aliases is { } aliases)
                foreach (var alias in aliases)
                    if (alias is not null) _aliases.Add(alias);
            _mentions += entity.Mentions?.Count ?? 0;
        }
    }

    public GraphNode ToNode() => new(id, _names.Winner(), _types.Winner(), _iso3.WinnerOrDefault(),
        _countries.WinnerOrDefault(), _aliases.ToArray(), _mentions, _documents);
}
