using QuikGraph;
using QuikGraph.Algorithms;

namespace EntityGraph.Graphs.Queries;

public sealed partial class GraphQuery
{
    /// <summary>
    /// A shortest path from <paramref name="from"/> to <paramref name="to"/>: fewest edges (breadth-first)
    /// by default, or least total 1 / weight (Dijkstra through QuikGraph) with
    /// <see cref="PathOptions.Weighted"/>. Edges are followed both ways unless
    /// <see cref="PathOptions.Directed"/>. When several paths are equally short, breadth-first returns the one
    /// found first in the graph's edge order (deterministic).
    /// </summary>
    /// <param name="from">A node of this graph.</param>
    /// <param name="to">A node of this graph.</param>
    /// <param name="options">How to search; <c>null</c> for <see cref="PathOptions.Default"/>.</param>
    /// <returns>The path, or <c>null</c> when <paramref name="to"/> cannot be reached.</returns>
    /// <exception cref="ArgumentException">A node is not a node of this graph.</exception>
    public GraphPath? ShortestPath(GraphNode from, GraphNode to, PathOptions? options = null)
    {
        CheckNode(from, nameof(from));
        CheckNode(to, nameof(to));
        options ??= PathOptions.Default;
        if (ReferenceEquals(from, to)) return new GraphPath([from], [], 0);
        return options.Weighted ? Dijkstra(from, to, options) : BreadthFirst(from, to, options);
    }

    /// <summary>
    /// Every node within <paramref name="depth"/> edges of <paramref name="node"/> (the node itself at 0),
    /// in breadth-first order, with its distance in edges.
    /// </summary>
    /// <param name="node">A node of this graph.</param>
    /// <param name="depth">How many edges away to go, at least 0.</param>
    /// <param name="direction">Which edges to follow (from each reached node).</param>
    /// <param name="filter">Which edges count; <c>null</c> for all.</param>
    /// <exception cref="ArgumentException"><paramref name="node"/> is not a node of this graph.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is negative.</exception>
    public IReadOnlyList<(GraphNode Node, int Hops)> Reach(GraphNode node, int depth, EdgeDirection direction = EdgeDirection.Both, EdgeFilter? filter = null)
    {
        CheckNode(node);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        var seen = new HashSet<GraphNode>(ReferenceEqualityComparer.Instance) { node };
        var result = new List<(GraphNode, int)> { (node, 0) };
        int start = 0;
        for (int hops = 1; hops <= depth && start < result.Count; hops++)
        {
            int end = result.Count;
            for (int i = start; i < end; i++)
            {
                foreach (var (next, _) in Steps(result[i].Item1, direction, filter))
                    if (seen.Add(next)) result.Add((next, hops));
            }
            start = end;
        }
        return result;
    }

    // The edges leaving a node in a search, with the node at their other end: out-edges, then in-edges.
    private IEnumerable<(GraphNode Next, GraphEdge Edge)> Steps(GraphNode node, EdgeDirection direction, EdgeFilter? filter)
    {
        var graph = Graph.Graph;
        if (direction != EdgeDirection.In)
            foreach (var edge in graph.OutEdges(node))
                if (filter is null || filter.Matches(edge)) yield return (edge.Target, edge);
        if (direction != EdgeDirection.Out)
            foreach (var edge in graph.InEdges(node))
                if (filter is null || filter.Matches(edge)) yield return (edge.Source, edge);
    }

    private GraphPath? BreadthFirst(GraphNode from, GraphNode to, PathOptions options)
    {
        var direction = options.Directed ? EdgeDirection.Out : EdgeDirection.Both;
        var parent = new Dictionary<GraphNode, (GraphNode Node, GraphEdge Edge)>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<GraphNode>();
        queue.Enqueue(from);
        var visited = new HashSet<GraphNode>(ReferenceEqualityComparer.Instance) { from };
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (next, edge) in Steps(node, direction, options.Filter))
            {
                if (!visited.Add(next)) continue;
                parent[next] = (node, edge);
                if (ReferenceEquals(next, to)) return Unwind(from, to, parent);
                queue.Enqueue(next);
            }
        }
        return null;
    }

    private static GraphPath Unwind(GraphNode from, GraphNode to, Dictionary<GraphNode, (GraphNode Node, GraphEdge Edge)> parent)
    {
        var nodes = new List<GraphNode> { to };
        var edges = new List<GraphEdge>();
        for (var node = to; !ReferenceEquals(node, from);)
        {
            var (previous, edge) = parent[node];
            edges.Add(edge);
            nodes.Add(previous);
            node = previous;
        }
        nodes.Reverse();
        edges.Reverse();
        return new GraphPath(nodes, edges, edges.Count);
    }

    private GraphPath? Dijkstra(GraphNode from, GraphNode to, PathOptions options)
    {
        var filter = options.Filter;
        // Infinity is never relaxed, so an excluded or weightless edge is never on a path.
        double Cost(GraphEdge edge) =>
            edge.Weight > 0 && (filter is null || filter.Matches(edge)) ? 1.0 / edge.Weight : double.PositiveInfinity;

        IEnumerable<GraphEdge>? found;
        if (options.Directed)
        {
            if (!Graph.Graph.ShortestPathsDijkstra(Cost, from)(to, out found)) return null;
        }
        else
        {
            var undirected = new UndirectedBidirectionalGraph<GraphNode, GraphEdge>(Graph.Graph);
            if (!undirected.ShortestPathsDijkstra(Cost, from)(to, out found)) return null;
        }

        var nodes = new List<GraphNode> { from };
        var edges = new List<GraphEdge>();
        double cost = 0;
        var at = from;
        foreach (var edge in found)
        {
            double step = Cost(edge);
            if (double.IsPositiveInfinity(step)) return null;
            at = ReferenceEquals(edge.Source, at) ? edge.Target : edge.Source;
            nodes.Add(at);
            edges.Add(edge);
            cost += step;
        }
        return ReferenceEquals(at, to) ? new GraphPath(nodes, edges, cost) : null;
    }
}
