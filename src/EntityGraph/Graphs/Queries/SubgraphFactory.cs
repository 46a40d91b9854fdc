namespace EntityGraph.Graphs.Queries;

/// <summary>Makes an <see cref="EntityRelationGraph"/> from nodes and edges of another one, in the canonical order.</summary>
internal static class SubgraphFactory
{
    /// <summary>Sorts the nodes by id and the edges by key, then builds the graph.</summary>
    public static EntityRelationGraph Create(List<GraphNode> nodes, List<GraphEdge> edges, EntityRelationGraph source)
    {
        nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        edges.Sort((a, b) => KeyOf(a).CompareTo(KeyOf(b)));
        return CreateSorted(nodes, edges, source);
    }

    /// <summary>
    /// Builds the graph from nodes and edges already in canonical order. It keeps the source's documents
    /// (count and ids): a part of a graph is still drawn from them, and merging it back with a graph of the
    /// same documents must be refused like any double counting.
    /// </summary>
    public static EntityRelationGraph CreateSorted(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, EntityRelationGraph source) =>
        new(nodes, edges, source.DocumentCount, source.DocumentIds);

    private static EdgeKey KeyOf(GraphEdge edge) => new(edge.Source.Id, edge.Target.Id, edge.Type, edge.Category, edge.Negated);
}
