namespace EntityGraph.Graphs.Queries;

/// <summary>How <see cref="GraphQuery.ShortestPath"/> searches.</summary>
public sealed record PathOptions
{
    /// <summary>The defaults: undirected, unweighted, every edge.</summary>
    public static PathOptions Default { get; } = new();

    /// <summary>Follow edges only from source to target. Default <c>false</c>: a relation links its two
    /// entities whichever acted (and co-mentions have no real direction).</summary>
    public bool Directed { get; init; }

    /// <summary>Minimise the sum of 1 / <see cref="GraphEdge.Weight"/> (Dijkstra, through QuikGraph) instead of
    /// the number of edges (breadth-first), so well-attested ties are preferred. Edges of weight 0 are not
    /// crossed in weighted mode.</summary>
    public bool Weighted { get; init; }

    /// <summary>Only edges this filter accepts are crossed; <c>null</c> for all.</summary>
    public EdgeFilter? Filter { get; init; }
}
