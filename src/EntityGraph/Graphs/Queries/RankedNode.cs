namespace EntityGraph.Graphs.Queries;

/// <summary>A node and its score in a ranking (degree, weighted degree, PageRank).</summary>
/// <param name="Node">The node.</param>
/// <param name="Score">Its score; higher ranks first.</param>
public sealed record RankedNode(GraphNode Node, double Score);
