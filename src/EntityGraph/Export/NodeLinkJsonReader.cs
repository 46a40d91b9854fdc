using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using EntityGraph.Documents;
using EntityGraph.Graphs;
using Newtonsoft.Json;

namespace EntityGraph.Export;

/// <summary>
/// Reads the node-link JSON that <see cref="NodeLinkJsonWriter"/> writes back into an
/// <see cref="EntityRelationGraph"/>, streaming through a <see cref="JsonTextReader"/>. Lossless: writing the
/// graph read gives the same bytes again. Properties may come in any order (networkx's own
/// <c>node_link_data</c> output of such a graph reads too), but an attribute this reader does not know is an
/// error rather than silently dropped, and so is anything that breaks the graph's rules (duplicate node ids,
/// an edge to a node that is not there, two edges with the same source, target, type, category and
/// negation, a <c>count</c> that is not the number of evidence items). Every error is a
/// <see cref="GraphFormatException"/> naming the source, line and position. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Unpaired surrogates written as <c>\uXXXX</c> escapes come back as themselves (Newtonsoft alone would
/// read them as U+FFFD). <c>label</c> and edge <c>key</c> are derived when writing and ignored when reading. Nodes and edges are
/// put back in the graph's canonical order (by id, then edge key); evidence keeps the order in the file.
/// <para>The graph read can be merged exactly (<see cref="Graphs.GraphBuilder.Add(EntityRelationGraph)"/>): the
/// file's document ids, vote tables and per-evidence confidences, dates and scores are read, and the values
/// derived from them — a node's name, type, ISO-3 code and country (the vote winners), an edge's count,
/// weight, confidence, mean Goldstein, quad class, CAMEO code and first/last seen — are recomputed and must
/// equal what the file states; a contradiction (a weight edited by hand) is an error at that node or edge.
/// A file without the statistics (written before they were kept) is refused with a message to export it again.</para>
/// </remarks>
public static class NodeLinkJsonReader
{
    private static readonly FrozenDictionary<string, EntityType> EntityTypes =
        Enum.GetValues<EntityType>().ToFrozenDictionary(t => t.ToString(), StringComparer.Ordinal);

    /// <summary>Reads a graph from UTF-8 JSON in <paramref name="stream"/>, which stays open.</summary>
    /// <param name="stream">The JSON bytes (a UTF-8 byte order mark is allowed).</param>
    /// <param name="sourceName">Named in error messages, e.g. the file path.</param>
    /// <exception cref="GraphFormatException">The input is not a graph this library wrote.</exception>
    public static EntityRelationGraph Read(Stream stream, string sourceName = "(stream)")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, 65536, leaveOpen: true);
        return Read(text, sourceName);
    }

    /// <summary>Reads a graph from JSON text in <paramref name="reader"/>, which stays open.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="sourceName">Named in error messages, e.g. the file path.</param>
    /// <exception cref="GraphFormatException">The input is not a graph this library wrote.</exception>
    public static EntityRelationGraph Read(TextReader reader, string sourceName = "(text)")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var json = new JsonTextReader(new SurrogateEscapeReader(reader))
        {
            CloseInput = false,
            Culture = CultureInfo.InvariantCulture,
            DateParseHandling = DateParseHandling.None, // strings stay strings, whatever they look like
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = 16,
        };
        var cursor = new Cursor(json, sourceName);
        try
        {
            return cursor.ReadGraph();
        }
        catch (JsonReaderException ex)
        {
            throw new GraphFormatException(sourceName, ex.LineNumber, ex.LinePosition, "malformed JSON: " + FirstSentence(ex.Message), ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new GraphFormatException(sourceName, json.LineNumber, json.LinePosition, "the input is not valid UTF-8", ex);
        }
    }

    /// <summary>Reads a graph from a JSON string.</summary>
    /// <exception cref="GraphFormatException">The input is not a graph this library wrote.</exception>
    public static EntityRelationGraph ReadFromString(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var sr = new StringReader(json);
        return Read(sr, "(string)");
    }

    // Newtonsoft appends "Path '…', line 3, position 4." — we say line and position ourselves.
    private static string FirstSentence(string message)
    {
        int i = message.IndexOf(" Path '", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }

    private sealed record PendingEdge(string Source, string Target, string Type, string? Category, bool Negated,
        double Weight, double Confidence, double? MeanGoldstein, int? QuadClass, string? Cameo, DateOnly? FirstSeen, DateOnly? LastSeen,
        EdgeEvidence[] Items, int Line, int Position);

    // Said when data that merging needs is missing: most likely a file from before it was written.
    private const string OlderFile = " (files written before document ids, vote counts and per-evidence confidences were kept cannot be merged exactly; export them again from the articles)";

    private sealed class Cursor(JsonTextReader json, string source)
    {
        public EntityRelationGraph ReadGraph()
        {
            Next();
            Expect(JsonToken.StartObject, "a JSON object (the graph)");
            int documents = -1;
            List<string>? documentIds = null;
            List<GraphNode>? nodes = null;
            List<PendingEdge>? edges = null;
            var nodePositions = new Dictionary<string, (int Line, int Position)>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            bool directed = false;
            while (NextProperty(seen, "the graph") is { } name)
            {
                switch (name)
                {
                    case "directed":
                        directed = ReadBool(name);
                        if (!directed) throw Fail("'directed' is false; this library's graphs are directed");
                        break;
                    case "multigraph":
                        ReadBool(name); // either reads: edges are told apart by their own attributes, not keys
                        break;
                    case "graph":
                        (documents, documentIds) = ReadGraphAttributes();
                        break;
                    case "nodes":
                        nodes = [];
                        ForEachObject("nodes", () => nodes.Add(ReadNode(nodes.Count, nodePositions)));
                        break;
                    case "edges":
                        edges = [];
                        ForEachObject("edges", () => edges.Add(ReadEdge(edges.Count)));
                        break;
                    default:
                        throw Unknown(name, "the graph");
                }
            }
            if (!directed) throw Fail("the graph has no 'directed' property");
            if (documents < 0) throw Fail("the graph has no 'graph' object with a 'documents' count");
            if (documentIds is null) throw Fail("'graph' has no 'document_ids'" + OlderFile);
            if (nodes is null) throw Fail("the graph has no 'nodes' array");
            if (edges is null) throw Fail("the graph has no 'edges' array");
            if (json.Read()) throw Fail("unexpected content after the graph object");

            nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
            var keyed = new SortedDictionary<EdgeKey, PendingEdge>();
            foreach (var e in edges)
            {
                if (!byId.ContainsKey(e.Source)) throw Fail(e.Line, e.Position, $"edge source '{e.Source}' is not the id of any node");
                if (!byId.ContainsKey(e.Target)) throw Fail(e.Line, e.Position, $"edge target '{e.Target}' is not the id of any node");
                var key = new EdgeKey(e.Source, e.Target, e.Type, e.Category, e.Negated);
                if (!keyed.TryAdd(key, e))
                    throw Fail(e.Line, e.Position, $"a second edge {e.Source} → {e.Target} with type '{e.Type}', category '{e.Category}' and negated {e.Negated}; the graph keeps one edge per such key");
            }
            var graphEdges = new List<GraphEdge>(keyed.Count);
            foreach (var e in keyed.Values)
            {
                var edge = new GraphEdge(byId[e.Source], byId[e.Target], e.Type, e.Category, e.Negated, e.Items);
                if (GraphValues.EdgeMismatch(edge, e.Weight, e.Confidence, e.MeanGoldstein, e.QuadClass, e.Cameo, e.FirstSeen, e.LastSeen) is { } problem)
                    throw Fail(e.Line, e.Position, $"edge {e.Source} → {e.Target}: {problem}");
                graphEdges.Add(edge);
            }
            return new EntityRelationGraph(nodes, graphEdges, documents, documentIds);
        }

        private (int Documents, List<string>? DocumentIds) ReadGraphAttributes()
        {
            Next();
            Expect(JsonToken.StartObject, "an object for 'graph'");
            int documents = -1;
            List<string>? ids = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (NextProperty(seen, "'graph'") is { } name)
            {
                switch (name)
                {
                    case "documents":
                        documents = ReadCount(name);
                        break;
                    case "document_ids":
                        ids = ReadStrings(name);
                        var unique = new HashSet<string>(StringComparer.Ordinal);
                        foreach (var id in ids)
                            if (!unique.Add(id)) throw Fail($"'document_ids' lists '{id}' twice");
                        ids.Sort(StringComparer.Ordinal);
                        break;
                    default:
                        throw Unknown(name, "'graph'");
                }
            }
            if (documents < 0) throw Fail("'graph' has no 'documents' count");
            if (ids is not null && ids.Count > documents)
                throw Fail($"'graph' lists {ids.Count} document ids but counts only {documents} documents");
            return (documents, ids);
        }

        private List<string> ReadStrings(string prop)
        {
            Next();
            Expect(JsonToken.StartArray, $"an array of strings for '{prop}'");
            var result = new List<string>();
            while (Next() != JsonToken.EndArray)
            {
                if (json.TokenType != JsonToken.String) throw Fail($"'{prop}' must hold strings, found {Describe()}");
                result.Add((string)json.Value!);
            }
            return result;
        }

        private List<KeyValuePair<string, int>> ReadVotes(string prop)
        {
            Next();
            Expect(JsonToken.StartObject, $"an object of value → count for '{prop}'");
            var result = new List<KeyValuePair<string, int>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (NextProperty(seen, $"'{prop}'") is { } value)
            {
                int count = ReadCount(value);
                if (count == 0) throw Fail($"'{prop}' gives '{value}' 0 votes (leave it out instead)");
                result.Add(new(value, count));
            }
            if (result.Count == 0) throw Fail($"'{prop}' is empty (leave it out when nothing was voted)");
            return result;
        }

        private DateOnly ReadDate(string prop)
        {
            string text = ReadString(prop);
            return GraphValues.TryParseDate(text, out var date) ? date : throw Fail($"'{prop}' must be a yyyy-MM-dd date, found \"{text}\"");
        }

        private GraphNode ReadNode(int index, Dictionary<string, (int, int)> positions)
        {
            int line = json.LineNumber, position = json.LinePosition;
            string what = $"node {index}";
            string? id = null, name = null, iso3 = null, country = null;
            EntityType? type = null;
            List<string>? aliases = null;
            int mentions = -1, documents = -1;
            DateOnly? firstSeen = null, lastSeen = null;
            List<KeyValuePair<string, int>>? nameVotes = null, iso3Votes = null, countryVotes = null;
            List<KeyValuePair<EntityType, int>>? typeVotes = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (NextProperty(seen, what) is { } prop)
            {
                switch (prop)
                {
                    case "id": id = ReadString(prop); break;
                    case "label": ReadString(prop); break; // the name again, for viewers
                    case "name": name = ReadString(prop); break;
                    case "type": type = ParseType(ReadString(prop)); break;
                    case "first_seen": firstSeen = ReadDate(prop); break;
                    case "last_seen": lastSeen = ReadDate(prop); break;
                    case "name_votes": nameVotes = ReadVotes(prop); break;
                    case "type_votes": typeVotes = ReadVotes(prop).Select(v => new KeyValuePair<EntityType, int>(ParseType(v.Key), v.Value)).ToList(); break;
                    case "iso3_votes": iso3Votes = ReadVotes(prop); break;
                    case "country_votes": countryVotes = ReadVotes(prop); break;
                    case "iso3": iso3 = ReadNullableString(prop); break;
                    case "country": country = ReadNullableString(prop); break;
                    case "aliases":
                        Next();
                        Expect(JsonToken.StartArray, "an array of strings for 'aliases'");
                        aliases = [];
                        while (Next() != JsonToken.EndArray)
                        {
                            if (json.TokenType != JsonToken.String) throw Fail($"'aliases' must hold strings, found {Describe()}");
                            aliases.Add((string)json.Value!);
                        }
                        break;
                    case "mentions": mentions = ReadCount(prop); break;
                    case "documents": documents = ReadCount(prop); break;
                    default: throw Unknown(prop, what);
                }
            }
            if (id is null) throw Missing("id", what);
            what = $"node '{id}'";
            if (name is null) throw Missing("name", what);
            if (type is null) throw Missing("type", what);
            if (aliases is null) throw Missing("aliases", what);
            if (mentions < 0) throw Missing("mentions", what);
            if (documents < 0) throw Missing("documents", what);
            if (nameVotes is null) throw Fail($"{what} has no 'name_votes'" + OlderFile);
            if (typeVotes is null) throw Fail($"{what} has no 'type_votes'" + OlderFile);
            if (GraphValues.DateRangeProblem(firstSeen, lastSeen) is { } dateProblem) throw Fail(line, position, $"{what}: {dateProblem}");
            if (positions.TryGetValue(id, out var first))
                throw Fail(line, position, $"a second node with id '{id}' (the first is at line {first.Item1}, position {first.Item2})");
            positions.Add(id, (line, position));
            var node = new GraphNode(id, GraphValues.Freeze(nameVotes), GraphValues.Freeze(typeVotes), GraphValues.Freeze(iso3Votes ?? []),
                GraphValues.Freeze(countryVotes ?? []), aliases.ToArray(), mentions, documents, firstSeen, lastSeen);
            if (GraphValues.NodeMismatch(node, name, type.Value, iso3, country) is { } problem) throw Fail(line, position, $"{what}: {problem}");
            return node;
        }

        private EntityType ParseType(string text) =>
            EntityTypes.TryGetValue(text, out var type)
                ? type
                : throw Fail($"'{text}' is not an entity type (expected one of {string.Join(", ", EntityTypes.Keys.Order(StringComparer.Ordinal))})");

        private PendingEdge ReadEdge(int index)
        {
            int line = json.LineNumber, position = json.LinePosition;
            string what = $"edge {index}";
            string? src = null, target = null, type = null, category = null, cameo = null;
            bool? negated = null;
            int count = -1;
            int? quadClass = null;
            double? weight = null, confidence = null, meanGoldstein = null;
            DateOnly? firstSeen = null, lastSeen = null;
            List<EdgeEvidence>? evidence = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (NextProperty(seen, what) is { } prop)
            {
                switch (prop)
                {
                    case "source": src = ReadString(prop); break;
                    case "target": target = ReadString(prop); break;
                    case "key":
                        // Derived (e0, e1, … in edge order); networkx may have renumbered it.
                        if (Next() is not (JsonToken.String or JsonToken.Integer)) throw Fail($"'key' must be a string or an integer, found {Describe()}");
                        break;
                    case "label": ReadString(prop); break;
                    case "type": type = ReadString(prop); break;
                    case "category": category = ReadNullableString(prop); break;
                    case "negated": negated = ReadBool(prop); break;
                    case "count": count = ReadCount(prop); break;
                    case "weight": weight = ReadDouble(prop); break;
                    case "confidence": confidence = ReadDouble(prop); break;
                    case "mean_goldstein": meanGoldstein = ReadDouble(prop); break;
                    case "quad_class": quadClass = ReadCount(prop); break;
                    case "cameo": cameo = ReadString(prop); break;
                    case "first_seen": firstSeen = ReadDate(prop); break;
                    case "last_seen": lastSeen = ReadDate(prop); break;
                    case "evidence":
                        evidence = [];
                        ForEachObject("evidence", () => evidence.Add(ReadEvidence(evidence.Count, what)));
                        break;
                    default: throw Unknown(prop, what);
                }
            }
            if (src is null) throw Missing("source", what);
            if (target is null) throw Missing("target", what);
            if (type is null) throw Missing("type", what);
            if (negated is null) throw Missing("negated", what);
            if (weight is null) throw Missing("weight", what);
            if (confidence is null) throw Missing("confidence", what);
            if (evidence is null) throw Missing("evidence", what);
            if (count >= 0 && count != evidence.Count)
                throw Fail($"{what} has 'count' {count} but {evidence.Count} evidence items; the count is the number of items");
            return new PendingEdge(src, target, type, category, negated.Value, weight.Value, confidence.Value, meanGoldstein, quadClass, cameo,
                firstSeen, lastSeen, evidence.ToArray(), line, position);
        }

        private EdgeEvidence ReadEvidence(int index, string edge)
        {
            string what = $"{edge}, evidence {index}";
            string? document = null, text = null, cameo = null;
            bool hasDocument = false;
            int sentence = -1, start = -1, length = -1;
            int? quadClass = null;
            double? confidence = null, goldstein = null;
            DateOnly? date = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (NextProperty(seen, what) is { } prop)
            {
                switch (prop)
                {
                    case "document": document = ReadNullableString(prop); hasDocument = true; break;
                    case "sentence": sentence = ReadCount(prop); break;
                    case "start": start = ReadCount(prop); break;
                    case "length": length = ReadCount(prop); break;
                    case "text": text = ReadString(prop); break;
                    case "confidence": confidence = ReadDouble(prop); break;
                    case "date": date = ReadDate(prop); break;
                    case "goldstein": goldstein = ReadDouble(prop); break;
                    case "quad_class": quadClass = ReadCount(prop); break;
                    case "cameo": cameo = ReadString(prop); break;
                    default: throw Unknown(prop, what);
                }
            }
            if (!hasDocument) throw Missing("document", what);
            if (sentence < 0) throw Missing("sentence", what);
            if (start < 0) throw Missing("start", what);
            if (length < 0) throw Missing("length", what);
            if (text is null) throw Missing("text", what);
            if (confidence is null) throw Fail($"{what} has no 'confidence'" + OlderFile);
            return new EdgeEvidence(new Evidence(document, sentence, new TextSpan(start, length), text), confidence.Value)
            {
                Date = date,
                Goldstein = goldstein,
                QuadClass = quadClass,
                Cameo = cameo,
            };
        }

        // ---- token helpers ----

        private JsonToken Next()
        {
            if (!json.Read()) throw Fail("unexpected end of input");
            return json.TokenType;
        }

        private void Expect(JsonToken token, string what)
        {
            if (json.TokenType != token) throw Fail($"expected {what}, found {Describe()}");
        }

        private void ForEachObject(string array, Action readObject)
        {
            Next();
            Expect(JsonToken.StartArray, $"an array for '{array}'");
            while (Next() != JsonToken.EndArray)
            {
                Expect(JsonToken.StartObject, $"an object in '{array}'");
                readObject();
            }
        }

        /// <summary>The next property name of the current object, or null at its end.</summary>
        private string? NextProperty(HashSet<string> seen, string what)
        {
            if (Next() == JsonToken.EndObject) return null;
            Expect(JsonToken.PropertyName, "a property name");
            string name = (string)json.Value!;
            if (!seen.Add(name)) throw Fail($"{what} has '{name}' twice");
            return name;
        }

        private string ReadString(string prop)
        {
            if (Next() != JsonToken.String) throw Fail($"'{prop}' must be a string, found {Describe()}");
            return (string)json.Value!;
        }

        private string? ReadNullableString(string prop)
        {
            if (Next() == JsonToken.Null) return null;
            if (json.TokenType != JsonToken.String) throw Fail($"'{prop}' must be a string or null, found {Describe()}");
            return (string)json.Value!;
        }

        private bool ReadBool(string prop)
        {
            if (Next() != JsonToken.Boolean) throw Fail($"'{prop}' must be true or false, found {Describe()}");
            return (bool)json.Value!;
        }

        private int ReadCount(string prop)
        {
            if (Next() != JsonToken.Integer || json.Value is not long n || n < 0 || n > int.MaxValue)
                throw Fail($"'{prop}' must be a whole number from 0 to {int.MaxValue}, found {Describe()}");
            return (int)n;
        }

        private double ReadDouble(string prop)
        {
            return Next() switch
            {
                JsonToken.Float when json.Value is double d => d,
                JsonToken.Integer when json.Value is long n => n,
                _ => throw Fail($"'{prop}' must be a number, found {Describe()}"),
            };
        }

        private string Describe() => json.TokenType switch
        {
            JsonToken.String => $"the string \"{Shorten((string)json.Value!)}\"",
            JsonToken.Integer or JsonToken.Float or JsonToken.Boolean =>
                $"{json.TokenType.ToString().ToLowerInvariant()} {Convert.ToString(json.Value, CultureInfo.InvariantCulture)}",
            JsonToken.Null => "null",
            JsonToken.StartObject => "an object",
            JsonToken.StartArray => "an array",
            JsonToken.EndObject => "the end of an object",
            JsonToken.EndArray => "the end of an array",
            JsonToken.PropertyName => $"the property '{json.Value}'",
            var t => t.ToString(),
        };

        private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

        private GraphFormatException Unknown(string name, string what) =>
            Fail($"{what} has an attribute '{name}' this reader does not know (reading it would lose it)");

        private GraphFormatException Missing(string name, string what) => Fail($"{what} has no '{name}'");

        private GraphFormatException Fail(string message) => Fail(json.LineNumber, json.LinePosition, message);

        private GraphFormatException Fail(int line, int position, string message) => new(source, line, position, message);
    }
}
