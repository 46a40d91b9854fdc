using System.Globalization;
using System.Text;
using EntityGraph.Graphs;
using Newtonsoft.Json;

namespace EntityGraph.Export;

/// <summary>
/// Writes an <see cref="EntityRelationGraph"/> as node-link JSON, the layout of networkx 3.6's
/// <c>node_link_data</c> defaults (<c>nodes</c>, <c>edges</c>, <c>source</c>, <c>target</c>, <c>key</c>), so
/// <c>networkx.node_link_graph(json.load(f))</c> reads it as a <c>MultiDiGraph</c> with every attribute.
/// Streaming through a <see cref="JsonTextWriter"/>; output is byte-for-byte reproducible for the same graph.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>Layout:</para>
/// <code>
/// {"directed": true, "multigraph": true, "graph": {"documents": 1, "document_ids": [..]},
///  "nodes": [{"id": "country:PRK", "label", "name", "type", "iso3"?, "country"?, "aliases": [..], "mentions", "documents",
///             "first_seen"?, "last_seen"?, "name_votes": {name: count}, "type_votes": {..}, "iso3_votes"?: {..}, "country_votes"?: {..}}],
///  "edges": [{"source", "target", "key": "e0", "label", "type", "category"?, "negated", "count", "weight", "confidence",
///             "first_seen"?, "last_seen"?, "mean_goldstein"?, "quad_class"?, "cameo"?,
///             "evidence": [{"document": string|null, "sentence", "start", "length", "text", "confidence",
///                           "date"?, "goldstein"?, "quad_class"?, "cameo"?}]}]}
/// </code>
/// <para>
/// Dates are <c>yyyy-MM-dd</c> strings. The document ids, vote tables and per-evidence values are what
/// exact merging needs (see <see cref="GraphBuilder.Add(EntityRelationGraph)"/>); the node's name, type and
/// codes and the edge's weight, mean Goldstein and dates are derived from them and checked on reading.
/// </para>
/// <para>
/// Always a multigraph: edges are one per (source, target, type, category, negated), so two entities can
/// be joined by several edges in the same direction. Edge keys are <c>e0</c>, <c>e1</c>, … in edge order,
/// the same ids the GraphML export gives. <c>null</c> attributes (<c>iso3</c>, <c>country</c>,
/// <c>category</c>) are left out, as networkx does for missing ones. Entity ids are written as they are (JSON
/// carries any string; unpaired surrogates as <c>\uXXXX</c> escapes). Lists stay JSON arrays.
/// Numbers that are not finite would be written as the bare <c>NaN</c>/<c>Infinity</c> tokens Python reads.
/// </para>
/// </remarks>
public static class NodeLinkJsonWriter
{
    /// <summary>Writes <paramref name="graph"/> as UTF-8 JSON (no byte order mark) to <paramref name="stream"/>, which stays open.</summary>
    public static void Write(EntityRelationGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 65536, leaveOpen: true)
        {
            NewLine = "\n",
        };
        Write(graph, text);
    }

    /// <summary>
    /// Writes <paramref name="graph"/> as JSON to <paramref name="writer"/>, which stays open. Lines end with
    /// the writer's <see cref="TextWriter.NewLine"/>; set it to <c>"\n"</c> for output identical on every platform.
    /// </summary>
    public static void Write(EntityRelationGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        using var json = new JsonTextWriter(writer)
        {
            Formatting = Formatting.Indented,
            Indentation = 2,
            IndentChar = ' ',
            CloseOutput = false,
            Culture = CultureInfo.InvariantCulture,
            StringEscapeHandling = StringEscapeHandling.Default,
            FloatFormatHandling = FloatFormatHandling.Symbol,
        };
        // Our own JsonTextWriter writes straight through to the writer, so numbers, dates and keys can be
        // spelled into a buffer and written there instead of as a new string each.
        Write(graph, json, new Values(json, writer));
        writer.Write(writer.NewLine);
        writer.Flush();
    }

    /// <summary>The JSON text of <paramref name="graph"/>, with <c>"\n"</c> line ends.</summary>
    public static string WriteToString(EntityRelationGraph graph)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(graph, sw);
        return sw.ToString();
    }

    /// <summary>
    /// Writes the graph object to <paramref name="json"/> and flushes it. Use this overload to choose your
    /// own formatting; keep <see cref="JsonWriter.Culture"/> invariant.
    /// </summary>
    public static void Write(EntityRelationGraph graph, JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(json);
        Write(graph, json, new Values(json, raw: null));
    }

    private static void Write(EntityRelationGraph graph, JsonWriter json, Values values)
    {

        json.WriteStartObject();
        json.WritePropertyName("directed");
        json.WriteValue(true);
        json.WritePropertyName("multigraph");
        json.WriteValue(true);
        json.WritePropertyName("graph");
        json.WriteStartObject();
        json.WritePropertyName("documents");
        json.WriteValue(graph.DocumentCount);
        json.WritePropertyName("document_ids");
        json.WriteStartArray();
        foreach (var id in graph.DocumentIds) JsonStrings.Write(json, id);
        json.WriteEndArray();
        json.WriteEndObject();

        json.WritePropertyName("nodes");
        json.WriteStartArray();
        foreach (var node in graph.Nodes)
        {
            json.WriteStartObject();
            JsonStrings.WriteProperty(json, "id", node.Id);
            JsonStrings.WriteProperty(json, "label", node.Name);
            JsonStrings.WriteProperty(json, "name", node.Name);
            json.WritePropertyName("type");
            json.WriteValue(node.Type.ToString());
            if (node.Iso3 is { } iso3) JsonStrings.WriteProperty(json, "iso3", iso3);
            if (node.Country is { } country) JsonStrings.WriteProperty(json, "country", country);
            json.WritePropertyName("aliases");
            json.WriteStartArray();
            for (int a = 0; a < node.Aliases.Count; a++) JsonStrings.Write(json, node.Aliases[a]); // no enumerator per node
            json.WriteEndArray();
            json.WritePropertyName("mentions");
            json.WriteValue(node.MentionCount);
            json.WritePropertyName("documents");
            json.WriteValue(node.DocumentCount);
            values.Date("first_seen", node.FirstSeen);
            values.Date("last_seen", node.LastSeen);
            WriteVotes(json, "name_votes", node.NameVotes, n => n);
            WriteVotes(json, "type_votes", node.TypeVotes, t => t.ToString());
            if (node.Iso3Votes.Count > 0) WriteVotes(json, "iso3_votes", node.Iso3Votes, n => n);
            if (node.CountryVotes.Count > 0) WriteVotes(json, "country_votes", node.CountryVotes, n => n);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WritePropertyName("edges");
        json.WriteStartArray();
        for (int i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            json.WriteStartObject();
            JsonStrings.WriteProperty(json, "source", edge.Source.Id);
            JsonStrings.WriteProperty(json, "target", edge.Target.Id);
            values.Key(i);
            JsonStrings.WriteProperty(json, "label", values.Label(edge));
            JsonStrings.WriteProperty(json, "type", edge.Type);
            if (edge.Category is { } category) JsonStrings.WriteProperty(json, "category", category);
            json.WritePropertyName("negated");
            json.WriteValue(edge.Negated);
            json.WritePropertyName("count");
            json.WriteValue(edge.Count);
            values.Double("weight", edge.Weight);
            values.Double("confidence", edge.Confidence);
            values.Date("first_seen", edge.FirstSeen);
            values.Date("last_seen", edge.LastSeen);
            if (edge.MeanGoldstein is { } meanGoldstein) values.Double("mean_goldstein", meanGoldstein);
            if (edge.QuadClass is { } quadClass)
            {
                json.WritePropertyName("quad_class");
                json.WriteValue(quadClass);
            }
            if (edge.Cameo is { } cameo) JsonStrings.WriteProperty(json, "cameo", cameo);
            json.WritePropertyName("evidence");
            json.WriteStartArray();
            for (int j = 0; j < edge.Items.Count; j++)
            {
                var item = edge.Items[j];
                var e = item.Evidence;
                json.WriteStartObject();
                json.WritePropertyName("document");
                if (e.DocumentId is null) json.WriteNull();
                else JsonStrings.Write(json, e.DocumentId);
                json.WritePropertyName("sentence");
                json.WriteValue(e.SentenceIndex);
                json.WritePropertyName("start");
                json.WriteValue(e.Span.Start);
                json.WritePropertyName("length");
                json.WriteValue(e.Span.Length);
                JsonStrings.WriteProperty(json, "text", e.SentenceText ?? "");
                values.Double("confidence", item.Confidence);
                values.Date("date", item.Date);
                if (item.Goldstein is { } goldstein) values.Double("goldstein", goldstein);
                if (item.QuadClass is { } quad)
                {
                    json.WritePropertyName("quad_class");
                    json.WriteValue(quad);
                }
                if (item.Cameo is { } itemCameo) JsonStrings.WriteProperty(json, "cameo", itemCameo);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>
    /// Writes the values a million-edge export has millions of (doubles, dates, edge keys, negated labels)
    /// without a new string each: when <c>raw</c> is the text writer under our own <see cref="JsonTextWriter"/>,
    /// the JSON writer writes the separator and indentation (<c>WriteRawValue(null)</c> moves its state on as
    /// for any value) and the value is spelled into a buffer and written to <c>raw</c> after it, exactly as
    /// <see cref="JsonWriter.WriteValue(double)"/> would spell it. A caller's own JsonWriter gets the plain calls.
    /// </summary>
    private sealed class Values(JsonWriter json, TextWriter? raw)
    {
        private readonly char[] _chars = new char[ValueText.MaxLength + 2];
        // "not " + category or type, per distinct label: a handful in any graph.
        private readonly Dictionary<string, string> _negated = new(StringComparer.Ordinal);

        public void Double(string name, double value)
        {
            json.WritePropertyName(name);
            if (raw is null)
            {
                json.WriteValue(value);
                return;
            }
            json.WriteRawValue(null);
            raw.Write(_chars, 0, ValueText.FormatJson(value, _chars));
        }

        public void Date(string name, DateOnly? date)
        {
            if (date is not { } d) return; // absent, not null: networkx then reports the attribute as missing
            json.WritePropertyName(name);
            if (raw is null)
            {
                json.WriteValue(GraphValues.Date(d));
                return;
            }
            // Digits and '-' need no escaping.
            _chars[0] = '"';
            int n = 1 + ValueText.FormatDate(d, _chars.AsSpan(1));
            _chars[n++] = '"';
            json.WriteRawValue(null);
            raw.Write(_chars, 0, n);
        }

        public void Key(int index)
        {
            json.WritePropertyName("key");
            if (raw is null)
            {
                json.WriteValue(EdgeKeyName(index));
                return;
            }
            _chars[0] = '"';
            _chars[1] = 'e';
            int n = 2 + ValueText.FormatXml(index, _chars.AsSpan(2));
            _chars[n++] = '"';
            json.WriteRawValue(null);
            raw.Write(_chars, 0, n);
        }

        public string Label(GraphEdge edge)
        {
            string label = edge.Category ?? edge.Type;
            if (!edge.Negated) return label;
            if (!_negated.TryGetValue(label, out var negated)) _negated.Add(label, negated = "not " + label);
            return negated;
        }
    }

    private static void WriteVotes<T>(JsonWriter json, string name, IReadOnlyDictionary<T, int> votes, Func<T, string> key)
        where T : notnull
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        foreach (var (value, count) in votes)
        {
            JsonStrings.WritePropertyName(json, key(value));
            json.WriteValue(count);
        }
        json.WriteEndObject();
    }

    /// <summary>The key of the edge at <paramref name="index"/>: <c>e</c> and the index, as in GraphML.</summary>
    internal static string EdgeKeyName(int index) => "e" + index.ToString(CultureInfo.InvariantCulture);
}
