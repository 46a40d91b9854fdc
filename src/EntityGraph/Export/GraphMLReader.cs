using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Xml;
using EntityGraph.Documents;
using EntityGraph.Graphs;

namespace EntityGraph.Export;

/// <summary>
/// Reads GraphML written by <see cref="GraphMLWriter"/> back into an <see cref="EntityRelationGraph"/>,
/// streaming through an <see cref="XmlReader"/> (no DTDs, no external resources). Writing the graph read
/// gives the same bytes again. Anything else — another tool's keys, elements or attributes this library does
/// not write (<c>desc</c>, <c>port</c>, <c>hyperedge</c>, nested graphs, key defaults), undirected graphs,
/// edges to missing nodes, duplicate ids, values of the wrong type — is rejected with a
/// <see cref="GraphFormatException"/> naming the line and position, rather than read with parts lost.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// What the writer could not carry stays lost: characters XML forbids were stripped on writing. The node's
/// entity id is decoded from its NMTOKEN id (which keeps every character) and checked against the
/// <c>entity_id</c> attribute. Aliases are split at <c>|</c> and kept in file order, so an alias that itself
/// contains <c>|</c> comes back as two (and re-exports to the same text); an empty alias list and a list of
/// one empty alias both read as no aliases. Labels and edge ids are derived and not read.
/// <para>The graph read can be merged exactly (<see cref="Graphs.GraphBuilder.Add(EntityRelationGraph)"/>): the
/// file's document ids, vote tables and per-evidence confidences, dates and scores are read, and the values
/// derived from them — a node's name, type, ISO-3 code and country (the vote winners), an edge's count,
/// weight, confidence, mean Goldstein, quad class, CAMEO code and first/last seen — are recomputed and must
/// equal what the file states; a contradiction (a weight edited by hand) is an error at that node or edge.
/// A file without the statistics (written before they were kept) is refused with a message to export it again.</para>
/// </remarks>
public static class GraphMLReader
{
    private static readonly FrozenDictionary<string, GraphMLKey> Keys =
        GraphMLKeys.All.ToFrozenDictionary(k => k.Id, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, EntityType> EntityTypes =
        Enum.GetValues<EntityType>().ToFrozenDictionary(t => t.ToString(), StringComparer.Ordinal);

    /// <summary>Reads a graph from GraphML in <paramref name="stream"/>, which stays open.</summary>
    /// <param name="stream">The GraphML bytes (encoding from the XML declaration, UTF-8 by default).</param>
    /// <param name="sourceName">Named in error messages, e.g. the file path.</param>
    /// <exception cref="GraphFormatException">The input is not GraphML this library wrote.</exception>
    public static EntityRelationGraph Read(Stream stream, string sourceName = "(stream)")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var xml = XmlReader.Create(stream, Settings());
        return Read(xml, sourceName);
    }

    /// <summary>Reads a graph from GraphML text in <paramref name="reader"/>, which stays open.</summary>
    /// <param name="reader">The GraphML text.</param>
    /// <param name="sourceName">Named in error messages, e.g. the file path.</param>
    /// <exception cref="GraphFormatException">The input is not GraphML this library wrote.</exception>
    public static EntityRelationGraph Read(TextReader reader, string sourceName = "(text)")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var xml = XmlReader.Create(reader, Settings());
        return Read(xml, sourceName);
    }

    /// <summary>Reads a graph from a GraphML string.</summary>
    /// <exception cref="GraphFormatException">The input is not GraphML this library wrote.</exception>
    public static EntityRelationGraph ReadFromString(string graphml)
    {
        ArgumentNullException.ThrowIfNull(graphml);
        using var sr = new StringReader(graphml);
        return Read(sr, "(string)");
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        // Whitespace is kept: a name of " " must not read as "". Structure whitespace is skipped by hand.
        IgnoreWhitespace = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static EntityRelationGraph Read(XmlReader xml, string source)
    {
        var cursor = new Cursor(xml, source);
        try
        {
            return cursor.ReadGraphML();
        }
        catch (XmlException ex)
        {
            throw new GraphFormatException(source, ex.LineNumber, ex.LinePosition, "malformed XML: " + ex.Message.Split(" Line ")[0], ex);
        }
    }

    private sealed record PendingEdge(string Source, string Target, Dictionary<string, (string Value, int Line, int Position)> Data, int Line, int Position);

    private sealed class Cursor(XmlReader xml, string source)
    {
        private readonly IXmlLineInfo _line = (IXmlLineInfo)xml;
        private readonly HashSet<string> _declared = new(StringComparer.Ordinal);

        public EntityRelationGraph ReadGraphML()
        {
            if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "graphml" || xml.NamespaceURI != GraphMLWriter.Namespace)
                throw Fail($"not GraphML: the root element is <{xml.Name}> in namespace '{xml.NamespaceURI}', expected <graphml> in '{GraphMLWriter.Namespace}'");
            CheckAttributes("graphml");
            EntityRelationGraph? graph = null;
            Children(() =>
            {
                if (graph is not null) throw Fail($"<{xml.Name}> after the graph; this reader reads one graph per file");
                switch (xml.LocalName)
                {
                    case "key": ReadKey(); break;
                    case "graph": graph = ReadGraph(); break;
                    default: throw Unexpected();
                }
            });
            if (graph is null) throw Fail("the file has no <graph>");
            while (xml.Read())
                if (xml.NodeType is not (XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)) throw Fail("content after </graphml>");
            return graph;
        }

        private void ReadKey()
        {
            string id = Attribute("id"), @for = Attribute("for"), name = Attribute("attr.name"), type = Attribute("attr.type");
            CheckAttributes("key", "id", "for", "attr.name", "attr.type");
            if (!Keys.TryGetValue(id, out var key) || key.For != @for || key.Name != name || key.Type != type)
                throw Fail($"key '{id}' (for {@for}, attr.name '{name}', attr.type {type}) is not one the EntityGraph GraphML writer declares");
            if (!_declared.Add(id)) throw Fail($"key '{id}' is declared twice");
            Children(() => throw Fail($"<{xml.Name}> inside <key> (a default value) is not supported"));
        }

        private EntityRelationGraph ReadGraph()
        {
            if (xml.GetAttribute("edgedefault") != "directed")
                throw Fail("the graph is not directed (edgedefault must be \"directed\")");
            CheckAttributes("graph", "id", "edgedefault");
            int documents = -1;
            List<string>? documentIds = null;
            var nodes = new List<GraphNode>();
            var nodeIds = new Dictionary<string, (int Line, int Position)>(StringComparer.Ordinal);
            var edges = new List<PendingEdge>();
            Children(() =>
            {
                switch (xml.LocalName)
                {
                    case "data":
                        var (key, value, line, position) = ReadData("graph");
                        if (key == GraphMLKeys.GraphDocumentIds)
                        {
                            if (documentIds is not null) throw Fail(line, position, "'document_ids' given twice");
                            documentIds = ParseDocumentIds(value, line, position);
                            break;
                        }
                        if (documents >= 0) throw Fail(line, position, "'documents' given twice");
                        documents = ParseCount(key, value, line, position);
                        break;
                    case "node":
                        nodes.Add(ReadNode(nodeIds));
                        break;
                    case "edge":
                        edges.Add(ReadEdge());
                        break;
                    default:
                        throw Unexpected();
                }
            });
            if (documents < 0) throw Fail("the graph has no 'documents' data");
            if (documentIds is null) throw Fail("the graph has no 'document_ids' data" + OlderFile);
            if (documentIds.Count > documents)
                throw Fail($"the graph lists {documentIds.Count} document ids but counts only {documents} documents");

            nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            var byToken = nodes.ToDictionary(n => NmToken.Encode(n.Id), StringComparer.Ordinal);
            var keyed = new SortedDictionary<EdgeKey, GraphEdge>();
            foreach (var e in edges)
            {
                if (!byToken.TryGetValue(e.Source, out var s)) throw Fail(e.Line, e.Position, $"edge source '{e.Source}' is not the id of any node");
                if (!byToken.TryGetValue(e.Target, out var t)) throw Fail(e.Line, e.Position, $"edge target '{e.Target}' is not the id of any node");
                var edge = BuildEdge(s, t, e);
                var key = new EdgeKey(s.Id, t.Id, edge.Type, edge.Category, edge.Negated);
                if (!keyed.TryAdd(key, edge))
                    throw Fail(e.Line, e.Position, $"a second edge {s.Id} → {t.Id} with type '{edge.Type}', category '{edge.Category}' and negated {edge.Negated}; the graph keeps one edge per such key");
            }
            return new EntityRelationGraph(nodes, keyed.Values.ToArray(), documents, documentIds);
        }

        // Said when data that merging needs is missing: most likely a file from before it was written.
        private const string OlderFile = " (files written before document ids, vote counts and per-evidence confidences were kept cannot be merged exactly; export them again from the articles)";

        private List<string> ParseDocumentIds(string value, int line, int position)
        {
            List<string> ids;
            try { ids = AttributeJson.ReadStrings(value); }
            catch (FormatException ex) { throw Fail(line, position, "'document_ids' is not a JSON array of strings: " + ex.Message); }
            ids.Sort(StringComparer.Ordinal);
            for (int i = 1; i < ids.Count; i++)
                if (ids[i] == ids[i - 1]) throw Fail(line, position, $"'document_ids' lists '{ids[i]}' twice");
            return ids;
        }

        private GraphNode ReadNode(Dictionary<string, (int Line, int Position)> ids)
        {
            int line = _line.LineNumber, position = _line.LinePosition;
            string token = Attribute("id");
            CheckAttributes("node", "id");
            string id = NmToken.Decode(token);
            if (NmToken.Encode(id) != token) throw Fail($"node id '{token}' is not one the writer produces (its escapes do not decode to a single id)");
            if (ids.TryGetValue(token, out var first)) throw Fail($"a second node with id '{token}' (the first is at line {first.Line}, position {first.Position})");
            ids.Add(token, (line, position));

            var data = ReadAllData("node");
            string what = $"node '{token}'";
            string name = Required(data, GraphMLKeys.NodeName, what, line, position);
            string entityId = Required(data, GraphMLKeys.NodeEntityId, what, line, position);
            if (entityId != XmlChars.RemoveIllegal(id))
                throw Fail(data[GraphMLKeys.NodeEntityId.Id].Line, data[GraphMLKeys.NodeEntityId.Id].Position, $"entity_id '{entityId}' does not match the node id '{token}'");
            string t = Required(data, GraphMLKeys.NodeType, what, line, position);
            var typeData = data[GraphMLKeys.NodeType.Id];
            var type = ParseType(t, typeData.Line, typeData.Position);
            string aliases = Required(data, GraphMLKeys.NodeAliases, what, line, position);
            int mentions = Count(data, GraphMLKeys.NodeMentions, what, line, position);
            int documents = Count(data, GraphMLKeys.NodeDocuments, what, line, position);
            var firstSeen = Date(data, GraphMLKeys.NodeFirstSeen);
            var lastSeen = Date(data, GraphMLKeys.NodeLastSeen);
            if (GraphValues.DateRangeProblem(firstSeen, lastSeen) is { } dateProblem) throw Fail(line, position, $"{what}: {dateProblem}");

            var names = Votes(data, GraphMLKeys.NodeNameVotes, what, line, position, required: true);
            var typeVotes = new List<KeyValuePair<EntityType, int>>();
            foreach (var (value, count) in Votes(data, GraphMLKeys.NodeTypeVotes, what, line, position, required: true))
            {
                var (_, l, p) = data[GraphMLKeys.NodeTypeVotes.Id];
                typeVotes.Add(new(ParseType(value, l, p), count));
            }
            var node = new GraphNode(id, GraphValues.Freeze(names), GraphValues.Freeze(typeVotes),
                GraphValues.Freeze(Votes(data, GraphMLKeys.NodeIso3Votes, what, line, position, required: false)),
                GraphValues.Freeze(Votes(data, GraphMLKeys.NodeCountryVotes, what, line, position, required: false)),
                aliases.Length == 0 ? [] : aliases.Split('|'), mentions, documents, firstSeen, lastSeen);
            if (GraphValues.NodeMismatch(node, name, type, Optional(data, GraphMLKeys.NodeIso3), Optional(data, GraphMLKeys.NodeCountry)) is { } problem)
                throw Fail(line, position, $"{what}: {problem}");
            return node;
        }

        private EntityType ParseType(string text, int line, int position) =>
            EntityTypes.TryGetValue(text, out var type)
                ? type
                : throw Fail(line, position, $"'{text}' is not an entity type (expected one of {string.Join(", ", EntityTypes.Keys.Order(StringComparer.Ordinal))})");

        private List<KeyValuePair<string, int>> Votes(Dictionary<string, (string Value, int Line, int Position)> data, GraphMLKey key,
            string what, int line, int position, bool required)
        {
            if (!data.TryGetValue(key.Id, out var v))
                return required ? throw Fail(line, position, $"{what} has no '{key.Name}' data" + OlderFile) : [];
            List<KeyValuePair<string, int>> votes;
            try { votes = AttributeJson.ReadVotes(v.Value); }
            catch (FormatException ex) { throw Fail(v.Line, v.Position, $"'{key.Name}' is not a JSON object of value → count: {ex.Message}"); }
            if (votes.Count == 0) throw Fail(v.Line, v.Position, $"'{key.Name}' is empty (leave it out when nothing was voted)");
            return votes;
        }

        private DateOnly? Date(Dictionary<string, (string Value, int Line, int Position)> data, GraphMLKey key)
        {
            if (!data.TryGetValue(key.Id, out var v)) return null;
            return GraphValues.TryParseDate(v.Value, out var date)
                ? date
                : throw Fail(v.Line, v.Position, $"'{key.Name}' must be a yyyy-MM-dd date, found '{v.Value}'");
        }

        private PendingEdge ReadEdge()
        {
            int line = _line.LineNumber, position = _line.LinePosition;
            string s = Attribute("source"), t = Attribute("target");
            if (xml.GetAttribute("directed") is { } directed && directed != "true")
                throw Fail("an undirected edge; this library's graphs are directed");
            CheckAttributes("edge", "id", "source", "target", "directed");
            return new PendingEdge(s, t, ReadAllData("edge"), line, position);
        }

        private GraphEdge BuildEdge(GraphNode s, GraphNode t, PendingEdge e)
        {
            string what = $"edge {s.Id} → {t.Id}";
            var data = e.Data;
            string type = Required(data, GraphMLKeys.EdgeType, what, e.Line, e.Position);
            string negatedText = Required(data, GraphMLKeys.EdgeNegated, what, e.Line, e.Position);
            bool negated = negatedText switch
            {
                "true" => true,
                "false" => false,
                _ => throw Fail(data[GraphMLKeys.EdgeNegated.Id].Line, data[GraphMLKeys.EdgeNegated.Id].Position, $"'negated' must be true or false, found '{negatedText}'"),
            };
            double weight = Double(data, GraphMLKeys.EdgeWeight, what, e.Line, e.Position);
            double confidence = Double(data, GraphMLKeys.EdgeConfidence, what, e.Line, e.Position);
            double? meanGoldstein = data.ContainsKey(GraphMLKeys.EdgeMeanGoldstein.Id) ? Double(data, GraphMLKeys.EdgeMeanGoldstein, what, e.Line, e.Position) : null;
            int? quadClass = data.ContainsKey(GraphMLKeys.EdgeQuadClass.Id) ? Count(data, GraphMLKeys.EdgeQuadClass, what, e.Line, e.Position) : null;
            int count = Count(data, GraphMLKeys.EdgeCount, what, e.Line, e.Position);
            string evidenceJson = Required(data, GraphMLKeys.EdgeEvidence, what, e.Line, e.Position);
            var (_, eLine, ePosition) = data[GraphMLKeys.EdgeEvidence.Id];
            EdgeEvidence[] items;
            try { items = EvidenceJson.Read(evidenceJson); }
            catch (FormatException ex)
            {
                throw Fail(eLine, ePosition, "'evidence' is not a JSON array of {document, sentence, start, length, text, confidence, …} objects: " + ex.Message
                    + (evidenceJson.Contains("\"confidence\"", StringComparison.Ordinal) ? "" : OlderFile));
            }
            if (count != items.Length)
                throw Fail(e.Line, e.Position, $"{what} has 'count' {count} but {items.Length} evidence items; the count is the number of items");
            var edge = new GraphEdge(s, t, type, Optional(data, GraphMLKeys.EdgeCategory), negated, items);
            if (GraphValues.EdgeMismatch(edge, weight, confidence, meanGoldstein, quadClass, Optional(data, GraphMLKeys.EdgeCameo),
                    Date(data, GraphMLKeys.EdgeFirstSeen), Date(data, GraphMLKeys.EdgeLastSeen)) is { } problem)
                throw Fail(e.Line, e.Position, $"{what}: {problem}");
            return edge;
        }

        // ---- data helpers ----

        private Dictionary<string, (string Value, int Line, int Position)> ReadAllData(string owner)
        {
            var data = new Dictionary<string, (string, int, int)>(StringComparer.Ordinal);
            Children(() =>
            {
                if (xml.LocalName != "data") throw Unexpected();
                var (key, value, line, position) = ReadData(owner);
                if (!data.TryAdd(key.Id, (value, line, position))) throw Fail(line, position, $"data '{key.Id}' given twice");
            });
            return data;
        }

        private (GraphMLKey Key, string Value, int Line, int Position) ReadData(string owner)
        {
            int line = _line.LineNumber, position = _line.LinePosition;
            string id = Attribute("key");
            CheckAttributes("data", "key");
            if (!_declared.Contains(id) || !Keys.TryGetValue(id, out var key)) throw Fail($"data for key '{id}', which is not declared");
            if (key.For != owner) throw Fail($"data for key '{id}' (a {key.For} key) on a {owner}");
            // Text, whitespace and CDATA, concatenated; a child element is an XmlException (wrapped).
            string value = xml.ReadElementContentAsString();
            return (key, value, line, position);
        }

        private string Required(Dictionary<string, (string Value, int Line, int Position)> data, GraphMLKey key, string what, int line, int position) =>
            data.TryGetValue(key.Id, out var v) ? v.Value : throw Fail(line, position, $"{what} has no '{key.Name}' data");

        private static string? Optional(Dictionary<string, (string Value, int Line, int Position)> data, GraphMLKey key) =>
            data.TryGetValue(key.Id, out var v) ? v.Value : null;

        private int Count(Dictionary<string, (string Value, int Line, int Position)> data, GraphMLKey key, string what, int line, int position)
        {
            string text = Required(data, key, what, line, position);
            var (_, l, p) = data[key.Id];
            return ParseCount(key, text, l, p);
        }

        private int ParseCount(GraphMLKey key, string text, int line, int position) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
                ? n
                : throw Fail(line, position, $"'{key.Name}' must be a whole number from 0 to {int.MaxValue}, found '{text}'");

        private double Double(Dictionary<string, (string Value, int Line, int Position)> data, GraphMLKey key, string what, int line, int position)
        {
            string text = Required(data, key, what, line, position);
            try { return XmlConvert.ToDouble(text); }
            catch (Exception ex) when (ex is FormatException or OverflowException)
            {
                var (_, l, p) = data[key.Id];
                throw Fail(l, p, $"'{key.Name}' must be a number, found '{text}'");
            }
        }

        // ---- element helpers ----

        /// <summary>Calls <paramref name="child"/> on each child element (positioned on it; it must consume it),
        /// then moves past the end tag. Text that is not whitespace is an error.</summary>
        private void Children(Action child)
        {
            if (xml.IsEmptyElement)
            {
                xml.Read();
                return;
            }
            xml.Read();
            while (true)
            {
                var type = xml.MoveToContent();
                if (type == XmlNodeType.EndElement) { xml.Read(); return; }
                if (type != XmlNodeType.Element) throw Fail($"unexpected {type} content");
                if (xml.NamespaceURI != GraphMLWriter.Namespace) throw Unexpected();
                child();
            }
        }

        private string Attribute(string name) =>
            xml.GetAttribute(name) ?? throw Fail($"<{xml.LocalName}> has no '{name}' attribute");

        private void CheckAttributes(string element, params string[] allowed)
        {
            if (!xml.MoveToFirstAttribute()) return;
            do
            {
                if (xml.Prefix == "xmlns" || xml.Name == "xmlns") continue;
                if (xml.NamespaceURI == "http://www.w3.org/2001/XMLSchema-instance" && xml.LocalName == "schemaLocation") continue;
                if (xml.NamespaceURI.Length == 0 && Array.IndexOf(allowed, xml.LocalName) >= 0) continue;
                string name = xml.Name;
                xml.MoveToElement();
                throw Fail($"<{element}> has an attribute '{name}' the EntityGraph writer does not write");
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }

        private GraphFormatException Unexpected() =>
            Fail($"unexpected element <{xml.Name}>{(xml.NamespaceURI == GraphMLWriter.Namespace ? "" : $" in namespace '{xml.NamespaceURI}'")}; the EntityGraph writer does not write it");

        private GraphFormatException Fail(string message) => Fail(_line.LineNumber, _line.LinePosition, message);

        private GraphFormatException Fail(int line, int position, string message) => new(source, line, position, message);
    }
}
