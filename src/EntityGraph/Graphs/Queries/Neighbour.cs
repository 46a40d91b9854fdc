namespace EntityGraph.Graphs.Queries;

/// <summary>A node adjacent to the one asked about, with every edge that links them (after filtering).</summary>
/// <param name="Node">The adjacent node.</param>
/// <param name="Ties">The edges between the two, outgoing before incoming, each in the graph's edge order.</param>
public sealed record Neighbour(GraphNode Node, IReadOnlyList<Tie> Ties)
{
    /// <summary>The summed <see cref="GraphEdge.Weight"/> of <see cref="Ties"/>.</summary>
    public double Weight { get; } = Sum(Ties);

    private static double Sum(IReadOnlyList<Tie> ties)
    {
        double sum = 0;
        foreach (var tie in ties) sum += tie.Edge.Weight;
        return sum;
    }
}
