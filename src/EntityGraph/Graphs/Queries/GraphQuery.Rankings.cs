using QuikGraph.Algorithms.Ranking;

namespace EntityGraph.Graphs.Queries;

public sealed partial class GraphQuery
{
    /// <summary>
    /// Nodes by degree: the number of edges at the node, in plus out (a self-loop counts twice, as in
    /// graph theory). Parallel edges of different relation types count separately.
    /// </summary>
    /// <param name="top">How many nodes at most; <c>null</c> for all.</param>
    /// <returns>Highest first; equal scores by id.</returns>
    public IReadOnlyList<RankedNode> Degree(int? top = null)
    {
        var graph = Graph.Graph;
        return Rank(node => graph.InDegree(node) + graph.OutDegree(node), top);
    }

    /// <summary>Nodes by weighted degree: the summed <see cref="GraphEdge.Weight"/> of their edges, in plus
    /// out (a self-loop counts twice).</summary>
    /// <param name="top">How many nodes at most; <c>null</c> for all.</param>
    /// <returns>Highest first; equal scores by id.</returns>
    public IReadOnlyList<RankedNode> WeightedDegree(int? top = null)
    {
        var graph = Graph.Graph;
        return Rank(node =>
        {
            double sum = 0;
            foreach (var edge in graph.OutEdges(node)) sum += edge.Weight;
            foreach (var edge in graph.InEdges(node)) sum += edge.Weight;
            return sum;
        }, top);
    }

    /// <summary>
    /// Nodes by PageRank over the directed edges, computed by QuikGraph's
    /// <see cref="PageRankAlgorithm{TVertex,TEdge}"/>: each iteration sets
    /// rank(v) = (1 − d) + d · Σ rank(u) / out-degree(u) over the edges u→v, until the ranks change by at most
    /// <paramref name="tolerance"/> in total (or 100 iterations). Unweighted; parallel edges each pass rank.
    /// Scores are then divided by their sum, so they add up to 1 and read as shares.
    /// </summary>
    /// <param name="top">How many nodes at most; <c>null</c> for all.</param>
    /// <param name="damping">The damping factor d, in [0, 1].</param>
    /// <param name="tolerance">The convergence threshold, above 0.</param>
    /// <returns>Highest first; equal scores by id.</returns>
    public IReadOnlyList<RankedNode> PageRank(int? top = null, double damping = 0.85, double tolerance = 1e-6)
    {
        if (!(damping >= 0 && damping <= 1)) throw new ArgumentOutOfRangeException(nameof(damping), damping, "The damping factor must be in [0, 1].");
        if (!(tolerance > 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be above 0.");
        if (Graph.Nodes.Count == 0) return [];
        var algorithm = new PageRankAlgorithm<GraphNode, GraphEdge>(Graph.Graph)
        {
            Damping = damping,
            Tolerance = tolerance,
            MaxIterations = 100,
        };
        algorithm.Compute();
        double sum = 0;
        foreach (var rank in algorithm.Ranks.Values) sum += rank;
        var ranks = algorithm.Ranks;
        return Rank(node => sum > 0 ? ranks[node] / sum : 1.0 / Graph.Nodes.Count, top);
    }

    private IReadOnlyList<RankedNode> Rank(Func<GraphNode, double> score, int? top)
    {
        if (top is < 0) throw new ArgumentOutOfRangeException(nameof(top), top, "top must be at least 0.");
        var ranked = new RankedNode[Graph.Nodes.Count];
        for (int i = 0; i < ranked.Length; i++) ranked[i] = new RankedNode(Graph.Nodes[i], score(Graph.Nodes[i]));
        // Graph.Nodes is sorted by id, and a stable sort keeps that order among equal scores.
        var sorted = ranked.OrderByDescending(r => r.Score).ToArray();
        return top is int k && k < sorted.Length ? sorted[..k] : sorted;
    }
}
