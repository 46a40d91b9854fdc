namespace EntityGraph.Graphs.Queries;

/// <summary>
/// Questions asked of one <see cref="EntityRelationGraph"/>: find an entity by any of its names, its
/// neighbours and ties (filtered), the relations between two entities, paths, ego networks, components,
/// rankings, subgraphs, strongest ties and dyad summaries over time. Get one with
/// <see cref="GraphQueryExtensions.Query(EntityRelationGraph)"/> (one per graph, cached) or
/// <c>new GraphQuery(graph)</c>.
/// </summary>
/// <remarks>
/// Thread-safe: the graph is immutable and each index (names; edges by node pair, for ego networks) is
/// built once, on first use, by whichever thread gets there first (others wait for it). Adjacency comes from QuikGraph's
/// <see cref="QuikGraph.IBidirectionalGraph{TVertex,TEdge}"/>, so a node's ties cost O(its degree), not
/// O(edges). Methods that take a <see cref="GraphNode"/> require a node of this graph (from
/// <see cref="Find"/>, <see cref="EntityRelationGraph.TryGetNode"/> or the graph's own lists).
/// </remarks>
/// <example>
/// <code>
/// var query = graph.Query();
/// var prk = query.FindBest("DPRK")!;
/// foreach (var n in query.Neighbours(prk, EdgeDirection.Out, new EdgeFilter { Relations = ["SANCTION"] }))
///     Console.WriteLine($"{n.Node.Name}: {n.Weight}");
/// </code>
/// </example>
public sealed partial class GraphQuery
{
    private readonly Lazy<AliasIndex> _names;
    private readonly Lazy<PairIndex> _pairs;
    private readonly Lazy<Dictionary<string, GraphNode[]>> _actors;

    /// <summary>Creates a query over <paramref name="graph"/>; nothing is computed until first used.</summary>
    /// <param name="graph">The graph to query.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public GraphQuery(EntityRelationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
        _names = new Lazy<AliasIndex>(() => new AliasIndex(graph), LazyThreadSafetyMode.ExecutionAndPublication);
        _pairs = new Lazy<PairIndex>(() => new PairIndex(graph), LazyThreadSafetyMode.ExecutionAndPublication);
        _actors = new Lazy<Dictionary<string, GraphNode[]>>(() => ActorIndex(graph), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The graph queried.</summary>
    public EntityRelationGraph Graph { get; }

    /// <summary>
    /// Orders nodes best first when a name is ambiguous: more mentions, then more documents, then id
    /// (ordinal), so the order is total and does not depend on how the graph was built.
    /// </summary>
    internal static Comparison<GraphNode> ByProminence { get; } = (a, b) =>
    {
        int c = b.MentionCount.CompareTo(a.MentionCount);
        if (c == 0) c = b.DocumentCount.CompareTo(a.DocumentCount);
        if (c == 0) c = string.CompareOrdinal(a.Id, b.Id);
        return c;
    };

    /// <summary>
    /// Every node that <paramref name="name"/> names, best first. A name matches a node's id, display
    /// name, ISO-3 code or any alias, ignoring case and extra white space ("north  korea" finds
    /// "North Korea"); when nothing matches that way, punctuation and spaces are ignored too ("N.Korea"
    /// finds "N Korea"). Several nodes → ordered by mention count, then document count, then id; a node whose
    /// id is exactly <paramref name="name"/> always comes first. A name no article used is looked up in the
    /// shipped knowledge base last ("DPRK" finds North Korea even if every article wrote "North Korea").
    /// </summary>
    /// <param name="name">An id (<c>country:PRK</c>), a name, an alias (<c>DPRK</c>, <c>North Korean</c>)
    /// or an ISO-3 code.</param>
    /// <returns>The matching nodes; empty when none (see <see cref="Suggest"/>).</returns>
    public IReadOnlyList<GraphNode> Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nodes = _names.Value.Find(name);
        if (nodes.Length == 0) return FromKnowledge(name);
        if (nodes.Length > 1 && Graph.TryGetNode(name, out var exact) && !ReferenceEquals(nodes[0], exact))
        {
            var reordered = new List<GraphNode>(nodes.Length) { exact };
            foreach (var node in nodes)
                if (!ReferenceEquals(node, exact)) reordered.Add(node);
            return reordered;
        }
        return nodes;
    }

    /// <summary>
    /// A name the corpus never wrote ("DPRK" for a graph whose articles all say "North Korea"), looked up in the
    /// shipped knowledge base: when it names exactly one entry (or is the demonym of one country) and the graph
    /// has a node with that entry's id, that node. The knowledge base loads on the first such miss only.
    /// </summary>
    private IReadOnlyList<GraphNode> FromKnowledge(string name)
    {
        string key = Resolution.NameForms.MatchKey(name);
        if (key.Length < 2) return [];
        var index = Resolution.KnowledgeNameIndex.For(Knowledge.KnowledgeBase.Default);
        var entry = index.FindName(key, _ => true) ?? index.FindDemonym(key);
        return entry is not null && Graph.TryGetNode(entry.Key, out var node) ? [node] : [];
    }

    /// <summary>The best node for <paramref name="name"/> (first of <see cref="Find"/>), or <c>null</c>.</summary>
    /// <param name="name">An id, name, alias or ISO-3 code.</param>
    public GraphNode? FindBest(string name)
    {
        var nodes = Find(name);
        return nodes.Count > 0 ? nodes[0] : null;
    }

    /// <summary>
    /// Nodes whose names are close to <paramref name="name"/>, for a "did you mean" message when
    /// <see cref="Find"/> finds nothing: names that contain it or that it contains (at least 3 letters or
    /// digits in common), then names within a small edit distance (one edit per three characters, at least
    /// one). Compares letters and digits only, ignoring case. Linear in the number of names.
    /// </summary>
    /// <param name="name">What the user typed.</param>
    /// <param name="max">How many nodes to return at most.</param>
    /// <returns>Closest first, then by prominence; empty when nothing is close.</returns>
    public IReadOnlyList<GraphNode> Suggest(string name, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        string q = AliasIndex.LooseKey(name);
        if (q.Length == 0 || max == 0) return [];
        int bound = Math.Max(1, q.Length / 3);
        var best = new Dictionary<GraphNode, int>(ReferenceEqualityComparer.Instance);
        foreach (var (key, nodes) in _names.Value.LooseEntries)
        {
            int score;
            if (Math.Min(q.Length, key.Length) >= 3 && (key.Contains(q, StringComparison.Ordinal) || q.Contains(key, StringComparison.Ordinal)))
                score = 0;
            else if (EditDistance.Within(q, key, bound) is int d)
                score = d;
            else
                continue;
            foreach (var node in nodes)
                if (!best.TryGetValue(node, out int old) || score < old) best[node] = score;
        }
        var ranked = best.ToList();
        ranked.Sort((x, y) =>
        {
            int c = x.Value.CompareTo(y.Value);
            return c != 0 ? c : ByProminence(x.Key, y.Key);
        });
        return ranked.Take(max).Select(p => p.Key).ToArray();
    }

    /// <summary>
    /// The edges at <paramref name="node"/> that pass <paramref name="filter"/>, seen from the node:
    /// outgoing first, then incoming, each in the graph's edge order. A self-loop is listed once, as
    /// outgoing. O(degree).
    /// </summary>
    /// <param name="node">A node of this graph.</param>
    /// <param name="direction">Outgoing, incoming or both.</param>
    /// <param name="filter">Which edges count; <c>null</c> for all.</param>
    /// <exception cref="ArgumentException"><paramref name="node"/> is not a node of this graph.</exception>
    public IReadOnlyList<Tie> Ties(GraphNode node, EdgeDirection direction = EdgeDirection.Both, EdgeFilter? filter = null)
    {
        CheckNode(node);
        var ties = new List<Tie>();
        var graph = Graph.Graph;
        if (direction != EdgeDirection.In)
        {
            foreach (var edge in graph.OutEdges(node))
                if (filter is null || filter.Matches(edge)) ties.Add(new Tie(edge.Target, edge, EdgeDirection.Out));
        }
        if (direction != EdgeDirection.Out)
        {
            bool outListed = direction == EdgeDirection.Both;
            foreach (var edge in graph.InEdges(node))
            {
                if (outListed && ReferenceEquals(edge.Source, node)) continue; // self-loop, already listed
                if (filter is null || filter.Matches(edge)) ties.Add(new Tie(edge.Source, edge, EdgeDirection.In));
            }
        }
        return ties;
    }

    /// <summary>
    /// The nodes adjacent to <paramref name="node"/> through edges that pass <paramref name="filter"/>, each
    /// with its ties, heaviest first (summed weight; ties broken by id). O(degree · log degree).
    /// </summary>
    /// <param name="node">A node of this graph.</param>
    /// <param name="direction">Outgoing, incoming or both.</param>
    /// <param name="filter">Which edges count; <c>null</c> for all.</param>
    /// <exception cref="ArgumentException"><paramref name="node"/> is not a node of this graph.</exception>
    public IReadOnlyList<Neighbour> Neighbours(GraphNode node, EdgeDirection direction = EdgeDirection.Both, EdgeFilter? filter = null)
    {
        var ties = Ties(node, direction, filter);
        var order = new List<GraphNode>();
        var byNode = new Dictionary<GraphNode, List<Tie>>(ReferenceEqualityComparer.Instance);
        foreach (var tie in ties)
        {
            if (!byNode.TryGetValue(tie.Neighbour, out var list))
            {
                byNode.Add(tie.Neighbour, list = []);
                order.Add(tie.Neighbour);
            }
            list.Add(tie);
        }
        var result = new Neighbour[order.Count];
        for (int i = 0; i < result.Length; i++) result[i] = new Neighbour(order[i], byNode[order[i]]);
        Array.Sort(result, (x, y) =>
        {
            int c = y.Weight.CompareTo(x.Weight);
            return c != 0 ? c : string.CompareOrdinal(x.Node.Id, y.Node.Id);
        });
        return result;
    }

    /// <summary>
    /// Every edge between <paramref name="a"/> and <paramref name="b"/>, in both directions (a→b first, then
    /// b→a, each in the graph's edge order), with their evidence. For <c>a == b</c>, the self-loops.
    /// O(min(out-degree of a, in-degree of b) + min(out-degree of b, in-degree of a)).
    /// </summary>
    /// <param name="a">A node of this graph.</param>
    /// <param name="b">A node of this graph.</param>
    /// <param name="filter">Which edges count; <c>null</c> for all.</param>
    /// <exception cref="ArgumentException">A node is not a node of this graph.</exception>
    public IReadOnlyList<GraphEdge> Between(GraphNode a, GraphNode b, EdgeFilter? filter = null)
    {
        CheckNode(a);
        CheckNode(b);
        var edges = new List<GraphEdge>();
        AddDirected(a, b, filter, edges);
        if (!ReferenceEquals(a, b)) AddDirected(b, a, filter, edges);
        return edges;
    }

    private void AddDirected(GraphNode source, GraphNode target, EdgeFilter? filter, List<GraphEdge> edges)
    {
        var graph = Graph.Graph;
        // Scan the shorter list: a hub's out-edges may be thousands where the other end has a handful.
        if (graph.OutDegree(source) <= graph.InDegree(target))
        {
            foreach (var edge in graph.OutEdges(source))
                if (ReferenceEquals(edge.Target, target) && (filter is null || filter.Matches(edge))) edges.Add(edge);
        }
        else
        {
            foreach (var edge in graph.InEdges(target))
                if (ReferenceEquals(edge.Source, source) && (filter is null || filter.Matches(edge))) edges.Add(edge);
        }
    }

    /// <summary>Throws unless <paramref name="node"/> is this graph's own node object.</summary>
    private void CheckNode(GraphNode node, string? parameter = null)
    {
        ArgumentNullException.ThrowIfNull(node, parameter ?? nameof(node));
        if (!Graph.TryGetNode(node.Id, out var own) || !ReferenceEquals(own, node))
            throw new ArgumentException($"'{node.Id}' is not a node of this graph (nodes of another graph cannot be used, even with the same id).", parameter ?? nameof(node));
    }
}
