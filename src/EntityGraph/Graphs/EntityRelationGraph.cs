using QuikGraph;

namespace EntityGraph.Graphs;

/// <summary>
/// The relationship graph of a corpus: one <see cref="GraphNode"/> per canonical entity and one directed
/// <see cref="GraphEdge"/> per aggregated relation, held in a QuikGraph
/// <see cref="BidirectionalGraph{TVertex,TEdge}"/> so its algorithms apply. Build one with
/// <see cref="GraphBuilder"/>. Immutable, so safe to read from many threads at once; nodes and edges are
/// listed in a fixed order (by id, then by edge key), which makes exports reproducible.
/// </summary>
public sealed class EntityRelationGraph
{
    private readonly BidirectionalGraph<GraphNode, GraphEdge> _graph;
    private readonly Dictionary<string, GraphNode> _byId;

    internal EntityRelationGraph(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, int documentCount,
        IReadOnlyList<string>? documentIds = null)
    {
        Nodes = nodes;
        Edges = edges;
        DocumentCount = documentCount;
        DocumentIds = documentIds ?? [];
        foreach (var node in nodes)
        {
            if (node.FirstSeen is { } f && (FirstSeen is null || f < FirstSeen)) FirstSeen = f;
            if (node.LastSeen is { } l && (LastSeen is null || l > LastSeen)) LastSeen = l;
        }
        _byId = new Dictionary<string, GraphNode>(nodes.Count, StringComparer.Ordinal);
        // Parallel edges are expected: two entities can be linked by several relation types.
        _graph = new BidirectionalGraph<GraphNode, GraphEdge>(allowParallelEdges: true, nodes.Count);
        foreach (var node in nodes)
        {
            _byId.Add(node.Id, node);
            _graph.AddVertex(node);
        }
        foreach (var edge in edges) _graph.AddEdge(edge);
    }

    /// <summary>A graph with no nodes, no edges and no documents.</summary>
    public static EntityRelationGraph Empty { get; } = new([], [], 0);

    /// <summary>The nodes, sorted ordinally by <see cref="GraphNode.Id"/>.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>The edges, sorted ordinally by source id, target id, type, category, then affirmed before negated.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>Number of documents the graph was built from (including documents with no entities or no id).</summary>
    public int DocumentCount { get; }

    /// <summary>
    /// The ids of the documents the graph was built from, sorted ordinally (documents without an id are
    /// counted in <see cref="DocumentCount"/> but not listed). Merging refuses graphs that share an id.
    /// </summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <summary>
    /// The graph of this graph's documents and <paramref name="other"/>'s together: exactly the graph that
    /// building from all of them in one go would give. Merging is commutative and associative.
    /// </summary>
    /// <param name="other">Another graph, of other documents.</param>
    /// <returns>A new graph; neither input changes.</returns>
    /// <exception cref="ArgumentException">The graphs share a document id.</exception>
    /// <example>
    /// Yesterday's graph, exported to GraphML, plus today's articles:
    /// <code>
    /// using var file = File.OpenRead("corpus.graphml");
    /// var earlier = GraphMLReader.Read(file, "corpus.graphml");
    /// var today = new GraphBuilder().AddRange(pipeline.Process(todaysArticles)).ToGraph();
    /// EntityRelationGraph corpus = earlier.Merge(today); // the same graph as building from all articles at once
    /// </code>
    /// </example>
    public EntityRelationGraph Merge(EntityRelationGraph other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new GraphBuilder().Add(this).Add(other).ToGraph();
    }

    /// <summary>
    /// The graph of the documents of all <paramref name="graphs"/> (see <see cref="Merge(EntityRelationGraph)"/>);
    /// the empty graph when there are none. Order and grouping do not matter.
    /// </summary>
    /// <exception cref="ArgumentException">Two graphs share a document id.</exception>
    public static EntityRelationGraph MergeAll(params IEnumerable<EntityRelationGraph> graphs)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        var builder = new GraphBuilder();
        foreach (var graph in graphs) builder.Add(graph ?? throw new ArgumentException("A graph to merge is null.", nameof(graphs)));
        return builder.ToGraph();
    }

    /// <summary>
    /// The graph as a read-only QuikGraph view, for traversal and algorithms. Do not cast it back to a
    /// mutable graph: the nodes and edges lists above would no longer describe it.
    /// </summary>
    public IBidirectionalGraph<GraphNode, GraphEdge> Graph => _graph;

    /// <summary>Finds the node with the given entity id (ordinal comparison).</summary>
    /// <param name="id">An entity id such as <c>country:PRK</c>.</param>
    /// <param name="node">The node, or <c>null</c> when there is none.</param>
    /// <returns>Whether the node exists.</returns>
    public bool TryGetNode(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GraphNode? node)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out node);
    }

    /// <inheritdoc />
    public override string ToString() => $"EntityRelationGraph: {Nodes.Count} nodes, {Edges.Count} edges, {DocumentCount} documents";

    /// <summary>
    /// The earliest date any entity was seen (<see cref="GraphNode.FirstSeen"/>), or <c>null</c> when no
    /// document of the graph had a date. Exporters write a timeline (GEXF dynamic mode) when it is set.
    /// </summary>
    public DateOnly? FirstSeen { get; }

    /// <summary>The latest date any entity was seen (<see cref="GraphNode.LastSeen"/>), or <c>null</c> when no document had a date.</summary>
    public DateOnly? LastSeen { get; }
}
