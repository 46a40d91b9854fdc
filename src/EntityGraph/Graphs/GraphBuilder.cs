using EntityGraph.Documents;

namespace EntityGraph.Graphs;

/// <summary>
/// Builds an <see cref="EntityRelationGraph"/> from processed documents, streaming: documents are added one
/// at a time and only their entities and relations are kept, never their text or tokens (except the
/// evidence sentences). Entities with the same id merge into one node; relations with the same source,
/// target, type, category and negation merge into one edge. Whole graphs can be added too
/// (<see cref="Add(EntityRelationGraph)"/>), e.g. graphs built from parts of a corpus or read back from
/// GraphML or JSON. The result does not depend on the order or grouping in which documents and graphs were
/// added: building from all documents at once, or merging the graphs of any partition of them, gives the
/// same graph, down to the last bit of every sum.
/// </summary>
/// <remarks>Not thread-safe: add documents from one thread (process them in parallel beforehand if needed).</remarks>
/// <example>
/// <code>
/// var pipeline = Pipeline.CreateDefault();
/// var builder = new GraphBuilder();
/// foreach (var (id, text) in articles) builder.Add(pipeline.Process(text, id));
/// EntityRelationGraph graph = builder.ToGraph();
/// </code>
/// </example>
public sealed class GraphBuilder
{
    private readonly Dictionary<string, NodeAccumulator> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<EdgeKey, EdgeAccumulator> _edges = [];
    private readonly HashSet<string> _documentIds = new(StringComparer.Ordinal);

    /// <summary>Number of documents added so far.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>Number of distinct entities (future nodes) so far.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>Number of distinct aggregated relations (future edges) so far.</summary>
    public int EdgeCount => _edges.Count;

    /// <summary>Adds one processed document's entities and relations.</summary>
    /// <param name="document">A document returned by <see cref="Pipeline.Process(Document)"/>.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">A document with the same id was already added (it would be
    /// counted twice), or a relation names an entity id the document does not have. The builder is left
    /// unchanged.</exception>
    public GraphBuilder Add(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Id is { } docId && _documentIds.Contains(docId))
            throw new ArgumentException($"A document with id '{docId}' was already added to this graph.", nameof(document));

        // Group first and validate everything before touching the builder, so a bad document changes nothing.
        var byId = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entity in document.Entities)
        {
            if (entity?.Id is null)
                throw new ArgumentException($"Document '{document.Id ?? "(no id)"}' has an entity without an id.", nameof(document));
            if (!byId.TryGetValue(entity.Id, out var list))
            {
                byId.Add(entity.Id, list = []);
                order.Add(entity.Id);
            }
            list.Add(entity);
        }
        for (int i = 0; i < document.Relations.Count; i++)
        {
            var r = document.Relations[i];
            string? missing = r is null ? "(null relation)"
                : r.Source is null || !byId.ContainsKey(r.Source) ? r.Source ?? "(null)"
                : r.Target is null || !byId.ContainsKey(r.Target) ? r.Target ?? "(null)"
                : r.Type is null || r.Evidence is null ? "(relation without type or evidence)"
                : null;
            if (missing is not null)
                throw new ArgumentException(
                    $"Document '{document.Id ?? "(no id)"}', relation {i}: '{missing}' is not an entity of the document.",
                    nameof(document));
        }

        if (document.Id is { } id) _documentIds.Add(id);
        DocumentCount++;
        foreach (var entityId in order)
        {
            if (!_nodes.TryGetValue(entityId, out var node)) _nodes.Add(entityId, node = new NodeAccumulator(entityId));
            node.AddDocument(byId[entityId], document.Date);
        }
        foreach (var r in document.Relations)
        {
            var key = new EdgeKey(r.Source, r.Target, r.Type, r.Category, r.Negated);
            if (!_edges.TryGetValue(key, out var edge)) _edges.Add(key, edge = new EdgeAccumulator());
            edge.Add(new EdgeEvidence(r.Evidence, r.Confidence)
            {
                Date = document.Date,
                Goldstein = r.Goldstein,
                QuadClass = r.QuadClass,
                Cameo = r.Cameo,
            });
        }
        return this;
    }

    /// <summary>
    /// Adds everything in <paramref name="graph"/>: its nodes' votes, aliases, counts and dates, its edges'
    /// evidence, its documents. Adding the graph of some documents is the same as adding those documents.
    /// </summary>
    /// <param name="graph">A graph, e.g. from <see cref="ToGraph"/> or read by an importer.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">A document id of <paramref name="graph"/> was already added (its
    /// entities and relations would be counted twice). Documents without an id cannot be recognised and are
    /// simply counted again. The builder is left unchanged.</exception>
    public GraphBuilder Add(EntityRelationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var id in graph.DocumentIds)
            if (_documentIds.Contains(id))
                throw new ArgumentException(
                    $"The graph holds document '{id}', which was already added; a document counted twice would double its entities and relations.",
                    nameof(graph));

        _documentIds.UnionWith(graph.DocumentIds);
        DocumentCount = checked(DocumentCount + graph.DocumentCount);
        foreach (var n in graph.Nodes)
        {
            if (!_nodes.TryGetValue(n.Id, out var node)) _nodes.Add(n.Id, node = new NodeAccumulator(n.Id));
            node.AddNode(n);
        }
        foreach (var e in graph.Edges)
        {
            var key = new EdgeKey(e.Source.Id, e.Target.Id, e.Type, e.Category, e.Negated);
            if (!_edges.TryGetValue(key, out var edge)) _edges.Add(key, edge = new EdgeAccumulator());
            edge.AddRange(e.Items);
        }
        return this;
    }

    /// <summary>Adds documents one at a time, consuming the sequence lazily.</summary>
    /// <param name="documents">Processed documents, e.g. <see cref="Pipeline.Process(IEnumerable{Document})"/>.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentException">See <see cref="Add(Document)"/>; documents before the bad one stay added.</exception>
    public GraphBuilder AddRange(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents) Add(document);
        return this;
    }

    /// <summary>
    /// Takes an immutable snapshot of the graph so far. The builder stays usable: adding more documents
    /// afterwards never changes a graph already returned.
    /// </summary>
    public EntityRelationGraph ToGraph()
    {
        var ids = _nodes.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        var nodes = new GraphNode[ids.Length];
        var byId = new Dictionary<string, GraphNode>(ids.Length, StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++) byId.Add(ids[i], nodes[i] = _nodes[ids[i]].ToNode());

        var keys = _edges.Keys.ToArray();
        Array.Sort(keys);
        var edges = new GraphEdge[keys.Length];
        for (int i = 0; i < keys.Length; i++)
            edges[i] = _edges[keys[i]].ToEdge(keys[i], byId[keys[i].Source], byId[keys[i].Target]);

        var documentIds = _documentIds.ToArray();
        Array.Sort(documentIds, StringComparer.Ordinal);
        return new EntityRelationGraph(nodes, edges, DocumentCount, documentIds);
    }
}
