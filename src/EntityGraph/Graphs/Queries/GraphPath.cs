namespace EntityGraph.Graphs.Queries;

/// <summary>A path between two nodes: <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> are the ends of <c>Edges[i]</c>
/// (in either orientation when the search ignored direction).</summary>
public sealed class GraphPath
{
    internal GraphPath(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, double cost)
    {
        Nodes = nodes;
        Edges = edges;
        Cost = cost;
    }

    /// <summary>The nodes from start to end, both included; one node when start and end are the same.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>The edges crossed, in order.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>Number of edges crossed.</summary>
    public int Length => Edges.Count;

    /// <summary>The cost the search minimised: <see cref="Length"/> for an unweighted search, the sum of
    /// 1 / <see cref="GraphEdge.Weight"/> for a weighted one.</summary>
    public double Cost { get; }

    /// <inheritdoc />
    public override string ToString() => string.Join(" — ", Nodes.Select(n => n.Id));
}
