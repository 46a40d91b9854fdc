using QuikGraph.Algorithms;

namespace EntityGraph.Graphs.Queries;

public sealed partial class GraphQuery
{
    /// <summary>
    /// The ego network of <paramref name="node"/>: every node within <paramref name="depth"/> edges (see
    /// <see cref="Reach"/>) and every edge between two of them that passes <paramref name="filter"/> (the
    /// induced subgraph, so ties among the neighbours are included), as a graph of its own that exports like
    /// any other. Its nodes and edges are this graph's own objects; its <see cref="EntityRelationGraph.DocumentCount"/>
    /// and <see cref="EntityRelationGraph.DocumentIds"/> are this graph's (the documents it was drawn from). Costs O(min(degree, members)) per member, never O(graph): a hub among the members is not scanned but asked, member by member, through an index of the edges by node pair (built once per query object, on first use: about 32 bytes per linked pair).
    /// </summary>
    /// <param name="node">A node of this graph.</param>
    /// <param name="depth">How many edges away to go, at least 0 (0 gives the node and its self-loops).</param>
    /// <param name="direction">Which edges to follow while reaching out (the induced edges are kept in any direction).</param>
    /// <param name="filter">Which edges are followed and kept; <c>null</c> for all.</param>
    /// <exception cref="ArgumentException"><paramref name="node"/> is not a node of this graph.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is negative.</exception>
    public EntityRelationGraph EgoNetwork(GraphNode node, int depth = 1, EdgeDirection direction = EdgeDirection.Both, EdgeFilter? filter = null)
    {
        var reached = Reach(node, depth, direction, filter);
        var members = new HashSet<GraphNode>(reached.Count, ReferenceEqualityComparer.Instance);
        foreach (var (member, _) in reached) members.Add(member);
        var edges = new List<GraphEdge>();
        foreach (var member in members) AddInducedOutEdges(member, members, filter, edges);
        return SubgraphFactory.Create(members.ToList(), edges, Graph);
    }

    // Adds the edges from `member` to any member: by scanning its out-edges, or, when it has more out-edges
    // than there are members (a hub that the ego network merely touches), by looking each member up in the
    // pair index. Either way the cost is at most min(out-degree, members) per member.
    private void AddInducedOutEdges(GraphNode member, HashSet<GraphNode> members, EdgeFilter? filter, List<GraphEdge> edges)
    {
        if (Graph.Graph.OutDegree(member) > members.Count)
        {
            var pairs = _pairs.Value;
            foreach (var other in members) pairs.AddEdges(member, other, filter, edges);
            return;
        }
        foreach (var edge in Graph.Graph.OutEdges(member))
            if (members.Contains(edge.Target) && (filter is null || filter.Matches(edge))) edges.Add(edge);
    }

    /// <summary>
    /// The nodes <paramref name="nodeFilter"/> accepts and the edges <paramref name="edgeFilter"/> accepts
    /// whose two ends were both kept, as a graph of its own (exportable; nodes and edges are this graph's own
    /// objects; same documents). O(nodes + edges).
    /// </summary>
    /// <param name="nodeFilter">Which nodes to keep; <c>null</c> for all.</param>
    /// <param name="edgeFilter">Which edges to keep; <c>null</c> for all.</param>
    /// <param name="dropIsolated">Also drop kept nodes that end up with no kept edge.</param>
    public EntityRelationGraph Subgraph(Func<GraphNode, bool>? nodeFilter, Func<GraphEdge, bool>? edgeFilter = null, bool dropIsolated = false)
    {
        var kept = new HashSet<GraphNode>(ReferenceEqualityComparer.Instance);
        foreach (var node in Graph.Nodes)
            if (nodeFilter is null || nodeFilter(node)) kept.Add(node);
        var edges = new List<GraphEdge>();
        var touched = new HashSet<GraphNode>(ReferenceEqualityComparer.Instance);
        foreach (var edge in Graph.Edges)
        {
            if (!kept.Contains(edge.Source) || !kept.Contains(edge.Target) || (edgeFilter is not null && !edgeFilter(edge))) continue;
            edges.Add(edge);
            touched.Add(edge.Source);
            touched.Add(edge.Target);
        }
        // Graph.Nodes and Graph.Edges are already in canonical order, and filtering keeps it.
        var nodes = Graph.Nodes.Where(n => dropIsolated ? touched.Contains(n) : kept.Contains(n)).ToArray();
        return SubgraphFactory.CreateSorted(nodes, edges, Graph);
    }

    /// <summary>The subgraph of the edges <paramref name="filter"/> accepts and the nodes they touch.</summary>
    /// <param name="filter">Which edges to keep.</param>
    public EntityRelationGraph Subgraph(EdgeFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Subgraph(null, filter.Matches, dropIsolated: true);
    }

    /// <summary>
    /// The weakly connected components (edges taken in either direction), through QuikGraph: largest first
    /// (ties by the smallest id in each), each sorted by id. A node without edges is a component of its own.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<GraphNode>> Components()
    {
        var ids = new Dictionary<GraphNode, int>(Graph.Nodes.Count, ReferenceEqualityComparer.Instance);
        int count = Graph.Graph.WeaklyConnectedComponents(ids);
        var groups = new List<GraphNode>[count];
        for (int i = 0; i < count; i++) groups[i] = [];
        // Graph.Nodes is sorted by id, so each group comes out sorted and its first node is its smallest id.
        foreach (var node in Graph.Nodes) groups[ids[node]].Add(node);
        Array.Sort(groups, (x, y) =>
        {
            int c = y.Count.CompareTo(x.Count);
            return c != 0 ? c : string.CompareOrdinal(x[0].Id, y[0].Id);
        });
        return groups;
    }

    /// <summary>
    /// The <paramref name="count"/> heaviest edges that pass <paramref name="filter"/>: by weight, then by
    /// number of relations, then in the graph's edge order. O(edges · log count).
    /// </summary>
    /// <param name="count">How many edges at most, at least 0.</param>
    /// <param name="filter">Which edges compete (e.g. one PLOVER category); <c>null</c> for all.</param>
    public IReadOnlyList<GraphEdge> StrongestTies(int count, EdgeFilter? filter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0) return [];
        // A bounded heap of the best so far, whose root is the weakest of them; the index breaks exact ties
        // in favour of the earlier edge.
        var heap = new PriorityQueue<int, (double Weight, int Count, int Index)>(count + 1, WeakestFirst.Instance);
        var edges = Graph.Edges;
        for (int i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            if (filter is not null && !filter.Matches(edge)) continue;
            var priority = (edge.Weight, edge.Count, i);
            if (heap.Count < count) heap.Enqueue(i, priority);
            else if (heap.TryPeek(out _, out var weakest) && WeakestFirst.Instance.Compare(priority, weakest) > 0)
                heap.DequeueEnqueue(i, priority);
        }
        var result = new GraphEdge[heap.Count];
        for (int i = result.Length - 1; i >= 0; i--) result[i] = edges[heap.Dequeue()];
        return result;
    }

    // Orders candidates weakest first: lower weight, then fewer relations, then later in edge order.
    private sealed class WeakestFirst : IComparer<(double Weight, int Count, int Index)>
    {
        public static readonly WeakestFirst Instance = new();

        public int Compare((double Weight, int Count, int Index) x, (double Weight, int Count, int Index) y)
        {
            int c = x.Weight.CompareTo(y.Weight);
            if (c == 0) c = x.Count.CompareTo(y.Count);
            if (c == 0) c = y.Index.CompareTo(x.Index);
            return c;
        }
    }
}
