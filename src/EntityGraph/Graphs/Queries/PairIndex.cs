namespace EntityGraph.Graphs.Queries;

/// <summary>
/// The edges of a graph by (source, target) pair, for O(1) "what links u to v" lookups where scanning a
/// hub's adjacency would cost its whole degree. About 32 bytes per distinct pair; built once, on first use,
/// then read-only.
/// </summary>
internal sealed class PairIndex
{
    // A single edge is stored as itself and parallel edges as an array, so the common case costs no array.
    private readonly Dictionary<(GraphNode Source, GraphNode Target), object> _edges;

    public PairIndex(EntityRelationGraph graph)
    {
        _edges = new Dictionary<(GraphNode, GraphNode), object>(graph.Edges.Count);
        foreach (var edge in graph.Edges)
        {
            var key = (edge.Source, edge.Target);
            if (!_edges.TryGetValue(key, out var existing)) _edges.Add(key, edge);
            else _edges[key] = existing is GraphEdge single ? new[] { single, edge } : [.. (GraphEdge[])existing, edge];
        }
    }

    /// <summary>Adds the edges from <paramref name="source"/> to <paramref name="target"/> that pass the filter, in graph order.</summary>
    public void AddEdges(GraphNode source, GraphNode target, EdgeFilter? filter, List<GraphEdge> edges)
    {
        if (!_edges.TryGetValue((source, target), out var found)) return;
        if (found is GraphEdge single)
        {
            if (filter is null || filter.Matches(single)) edges.Add(single);
            return;
        }
        foreach (var edge in (GraphEdge[])found)
            if (filter is null || filter.Matches(edge)) edges.Add(edge);
    }
}
