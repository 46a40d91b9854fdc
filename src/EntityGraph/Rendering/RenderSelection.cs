using EntityGraph.Graphs;

namespace EntityGraph.Rendering;

/// <summary>
/// The part of a graph a picture shows: edges at or above the minimum weight, and the most connected
/// nodes up to the node limit, ranked by weighted degree over those edges (then mention count, then id,
/// so the choice is deterministic).
/// </summary>
internal sealed class RenderSelection
{
    private RenderSelection(IReadOnlyList<GraphNode> nodes, IReadOnlyList<double> weightedDegree, IReadOnlyList<GraphEdge> edges,
        int totalNodes, int totalEdges, int candidateNodes)
    {
        Nodes = nodes;
        WeightedDegree = weightedDegree;
        Edges = edges;
        TotalNodes = totalNodes;
        TotalEdges = totalEdges;
        CandidateNodes = candidateNodes;
    }

    /// <summary>The nodes drawn, most connected first.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>Per drawn node (same order), its weighted degree over the edges passing the weight threshold.</summary>
    public IReadOnlyList<double> WeightedDegree { get; }

    /// <summary>The edges drawn (both ends drawn, weight at or above the threshold, not a self-loop), in graph order.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>Nodes in the whole graph.</summary>
    public int TotalNodes { get; }

    /// <summary>Edges in the whole graph.</summary>
    public int TotalEdges { get; }

    /// <summary>Nodes that passed the weight threshold, before the node limit cut them down.</summary>
    public int CandidateNodes { get; }

    /// <summary>Whether the node limit left nodes out.</summary>
    public bool Truncated => Nodes.Count < CandidateNodes;

    public static RenderSelection Select(EntityRelationGraph graph, SvgRenderOptions options)
    {
        var degree = new Dictionary<GraphNode, double>(ReferenceEqualityComparer.Instance);
        foreach (var edge in graph.Edges)
        {
            if (!Passes(edge, options)) continue;
            degree[edge.Source] = degree.GetValueOrDefault(edge.Source) + edge.Weight;
            degree[edge.Target] = degree.GetValueOrDefault(edge.Target) + edge.Weight;
        }
        var candidates = options.MinWeight > 0 ? graph.Nodes.Where(degree.ContainsKey) : graph.Nodes;
        var ranked = candidates
            .Select(n => (Node: n, Degree: degree.GetValueOrDefault(n)))
            .OrderByDescending(p => p.Degree)
            .ThenByDescending(p => p.Node.MentionCount)
            .ThenBy(p => p.Node.Id, StringComparer.Ordinal)
            .ToList();
        var kept = ranked.Take(options.MaxNodes).ToList();
        var keptSet = new HashSet<GraphNode>(kept.Select(p => p.Node), ReferenceEqualityComparer.Instance);
        var edges = graph.Edges.Where(e => Passes(e, options) && keptSet.Contains(e.Source) && keptSet.Contains(e.Target)).ToList();
        return new RenderSelection(kept.ConvertAll(p => p.Node), kept.ConvertAll(p => p.Degree), edges,
            graph.Nodes.Count, graph.Edges.Count, ranked.Count);
    }

    private static bool Passes(GraphEdge edge, SvgRenderOptions options) =>
        !ReferenceEquals(edge.Source, edge.Target) && edge.Weight >= options.MinWeight;
}
