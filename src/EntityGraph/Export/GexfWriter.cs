using System.Globalization;
using System.Xml;
using EntityGraph.Graphs;

namespace EntityGraph.Export;

/// <summary>
/// Writes an <see cref="EntityRelationGraph"/> as GEXF 1.3 (Gephi's format; valid against the gexf.net 1.3
/// XSD), streaming through an <see cref="XmlWriter"/>. Node ids are the same escaped NMTOKENs as in GraphML
/// (<c>country:PRK</c> stays as is), with the name as <c>label</c> and the original id in the
/// <c>entity_id</c> attribute; edges carry their summed confidence as <c>weight</c>, their label
/// (<c>SANCTION</c>, <c>not SANCTION</c>, <c>co-mention</c>) as <c>label</c> and <c>kind</c> — Gephi's way of
/// telling parallel edges apart — and typed attributes declared in <c>&lt;attributes&gt;</c>. Every string is
/// stripped of characters XML cannot carry. Output is byte-for-byte reproducible (no modification date is
/// written). Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>Time: when any document of the graph had a date, the graph is written with <c>mode="dynamic"</c>
/// and <c>timeformat="date"</c>, and every node and edge that was seen on a date gets <c>start</c> and
/// <c>end</c> (its first and last seen date, <c>yyyy-MM-dd</c>; GEXF intervals include both ends), so
/// Gephi's timeline shows entities and ties appear and fade; nodes and edges seen only in undated documents
/// have no interval and are there all the time. A graph without dates is written with <c>mode="static"</c>
/// as before, GEXF's dynamic mode meaning nothing without real <c>start</c>/<c>end</c> values.</para>
/// <para>The document count goes into <c>meta/description</c>, GEXF having no graph-level attributes.
/// Aliases are joined with <c>|</c> and the evidence is a JSON array, as in GraphML, because networkx and
/// Gephi disagree on how GEXF list types are spelled. GEXF is written for viewing and is not read back: the
/// vote tables and document ids that exact merging needs are in GraphML and JSON only.</para>
/// </remarks>
public static class GexfWriter
{
    /// <summary>The GEXF 1.3 namespace.</summary>
    public const string Namespace = "http://gexf.net/1.3";

    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation = Namespace + " http://gexf.net/1.3/gexf.xsd";

    /// <summary>The node attributes declared, as (id, title, GEXF type).</summary>
    internal static readonly (string Id, string Title, string Type)[] NodeAttributes =
    [
        ("name", "name", "string"), ("entity_id", "entity_id", "string"), ("type", "type", "string"),
        ("iso3", "iso3", "string"), ("country", "country", "string"), ("aliases", "aliases", "string"),
        ("mentions", "mentions", "integer"), ("documents", "documents", "integer"),
    ];

    /// <summary>The edge attributes declared, as (id, title, GEXF type); the weight is the edge's own attribute.</summary>
    internal static readonly (string Id, string Title, string Type)[] EdgeAttributes =
    [
        ("type", "type", "string"), ("category", "category", "string"), ("negated", "negated", "boolean"),
        ("count", "count", "integer"), ("confidence", "confidence", "double"), ("mean_goldstein", "mean_goldstein", "double"),
        ("quad_class", "quad_class", "integer"), ("cameo", "cameo", "string"), ("evidence", "evidence", "string"),
    ];

    /// <summary>Writes <paramref name="graph"/> as UTF-8 GEXF (no byte order mark) to <paramref name="stream"/>, which stays open.</summary>
    public static void Write(EntityRelationGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        XmlOutput.ToStream(stream, xml => Write(graph, xml));
    }

    /// <summary>Writes <paramref name="graph"/> as GEXF to <paramref name="writer"/>, which stays open.</summary>
    public static void Write(EntityRelationGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        XmlOutput.ToWriter(writer, xml => Write(graph, xml));
    }

    /// <summary>The GEXF text of <paramref name="graph"/>.</summary>
    public static string WriteToString(EntityRelationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return XmlOutput.ToText(xml => Write(graph, xml));
    }

    /// <summary>
    /// Writes the whole GEXF document to <paramref name="xml"/> and flushes it. Use this overload to choose
    /// your own <see cref="XmlWriterSettings"/>.
    /// </summary>
    public static void Write(EntityRelationGraph graph, XmlWriter xml)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(xml);

        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("schemaLocation", XsiNamespace, SchemaLocation);
        xml.WriteAttributeString("version", "1.3");

        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "EntityGraph");
        xml.WriteElementString("description", Namespace,
            $"Entity relationship graph built from {graph.DocumentCount.ToString(CultureInfo.InvariantCulture)} documents");
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        bool dynamic = graph.FirstSeen is not null;
        xml.WriteAttributeString("mode", dynamic ? "dynamic" : "static");
        if (dynamic) xml.WriteAttributeString("timeformat", "date");
        xml.WriteAttributeString("defaultedgetype", "directed");
        WriteDeclarations(xml, "node", NodeAttributes);
        WriteDeclarations(xml, "edge", EdgeAttributes);

        xml.WriteStartElement("nodes", Namespace);
        xml.WriteAttributeString("count", XmlConvert.ToString(graph.Nodes.Count));
        var nodeIds = new Dictionary<GraphNode, string>(graph.Nodes.Count, ReferenceEqualityComparer.Instance);
        foreach (var node in graph.Nodes)
        {
            string id = NmToken.Encode(node.Id);
            nodeIds.Add(node, id);
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("label", XmlChars.RemoveIllegal(node.Name));
            WriteSpell(xml, node.FirstSeen, node.LastSeen);
            xml.WriteStartElement("attvalues", Namespace);
            WriteValue(xml, "name", node.Name);
            WriteValue(xml, "entity_id", node.Id);
            WriteValue(xml, "type", node.Type.ToString());
            WriteValue(xml, "iso3", node.Iso3);
            WriteValue(xml, "country", node.Country);
            WriteValue(xml, "aliases", string.Join('|', node.Aliases));
            WriteValue(xml, "mentions", XmlConvert.ToString(node.MentionCount));
            WriteValue(xml, "documents", XmlConvert.ToString(node.DocumentCount));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("edges", Namespace);
        xml.WriteAttributeString("count", XmlConvert.ToString(graph.Edges.Count));
        using var json = new JsonScratch();
        // Numbers, dates and edge ids are spelled into this buffer (as XmlConvert and GraphValues.Date spell
        // them), not built as strings: a million-edge export has millions of them.
        var chars = new char[ValueText.MaxLength + 1];
        // "not " + category or type, per distinct label: a handful in any graph.
        var negated = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            string label = edge.Category ?? edge.Type;
            if (edge.Negated)
            {
                if (!negated.TryGetValue(label, out var not)) negated.Add(label, not = "not " + label);
                label = not;
            }
            label = XmlChars.RemoveIllegal(label);
            xml.WriteStartElement("edge", Namespace);
            chars[0] = 'e';
            WriteAttributeChars(xml, "id", chars, 1 + ValueText.FormatXml(i, chars.AsSpan(1)));
            xml.WriteAttributeString("source", nodeIds[edge.Source]);
            xml.WriteAttributeString("target", nodeIds[edge.Target]);
            xml.WriteAttributeString("label", label);
            xml.WriteAttributeString("kind", label);
            // xs:double spelling (NaN, INF), which the XSD accepts and Python's float() reads.
            WriteAttributeChars(xml, "weight", chars, ValueText.FormatXml(edge.Weight, chars));
            if (edge.FirstSeen is { } start) WriteAttributeChars(xml, "start", chars, ValueText.FormatDate(start, chars));
            if (edge.LastSeen is { } end) WriteAttributeChars(xml, "end", chars, ValueText.FormatDate(end, chars));
            xml.WriteStartElement("attvalues", Namespace);
            WriteValue(xml, "type", edge.Type);
            WriteValue(xml, "category", edge.Category);
            WriteValue(xml, "negated", edge.Negated ? "true" : "false");
            WriteValue(xml, "count", chars, ValueText.FormatXml(edge.Count, chars));
            WriteValue(xml, "confidence", chars, ValueText.FormatXml(edge.Confidence, chars));
            if (edge.MeanGoldstein is { } goldstein) WriteValue(xml, "mean_goldstein", chars, ValueText.FormatXml(goldstein, chars));
            if (edge.QuadClass is { } quad) WriteValue(xml, "quad_class", chars, ValueText.FormatXml(quad, chars));
            WriteValue(xml, "cameo", edge.Cameo);
            EvidenceJson.Write(edge.Items, json);
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", "evidence");
            xml.WriteStartAttribute("value");
            json.WriteTo(xml);
            xml.WriteEndAttribute();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteEndElement(); // graph
        xml.WriteEndElement(); // gexf
        xml.WriteEndDocument();
        xml.Flush();
    }

    // start/end on the element itself rather than <spells>: one interval per node or edge is all the graph
    // knows, and both Gephi and networkx (into 'start'/'end') read this simplest form.
    private static void WriteSpell(XmlWriter xml, DateOnly? first, DateOnly? last)
    {
        if (first is { } start) xml.WriteAttributeString("start", GraphValues.Date(start));
        if (last is { } end) xml.WriteAttributeString("end", GraphValues.Date(end));
    }

    private static void WriteDeclarations(XmlWriter xml, string @class, (string Id, string Title, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", @class);
        xml.WriteAttributeString("mode", "static");
        foreach (var (id, title, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", title);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteAttributeChars(XmlWriter xml, string name, char[] chars, int length)
    {
        xml.WriteStartAttribute(name);
        xml.WriteChars(chars, 0, length);
        xml.WriteEndAttribute();
    }

    // A value spelled into chars (a number: always clean XML).
    private static void WriteValue(XmlWriter xml, string attribute, char[] chars, int length)
    {
        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", attribute);
        WriteAttributeChars(xml, "value", chars, length);
        xml.WriteEndElement();
    }

    private static void WriteValue(XmlWriter xml, string attribute, string? value)
    {
        if (value is null) return; // absent, not empty: readers report the attribute as missing
        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", XmlChars.RemoveIllegal(value));
        xml.WriteEndElement();
    }
}
