namespace EntityGraph.Graphs.Queries;

/// <summary>One edge seen from one of its ends.</summary>
/// <param name="Neighbour">The node at the other end (the node itself for a self-loop).</param>
/// <param name="Edge">The aggregated relation.</param>
/// <param name="Direction"><see cref="EdgeDirection.Out"/> when the node asked about is the edge's source,
/// <see cref="EdgeDirection.In"/> when it is the target; never <see cref="EdgeDirection.Both"/>.</param>
public sealed record Tie(GraphNode Neighbour, GraphEdge Edge, EdgeDirection Direction);
