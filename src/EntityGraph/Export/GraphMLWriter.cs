using System.Buffers;
using System.Xml;
using EntityGraph.Graphs;

namespace EntityGraph.Export;

/// <summary>
/// Writes an <see cref="EntityRelationGraph"/> as GraphML 1.0 (valid against the graphdrawing.org XSD),
/// streaming through an <see cref="XmlWriter"/>: nothing but the current element is held in memory. The
/// attributes are declared in <see cref="GraphMLKeys"/>. Every string is stripped of characters XML cannot
/// carry, and node ids are made valid <c>xs:NMTOKEN</c>s (<c>country:PRK</c> stays as is; other ids are
/// escaped deterministically, and the original is kept in the <c>entity_id</c> attribute). Output is
/// byte-for-byte reproducible for the same graph. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Besides what viewers show, the file keeps what merging needs (see <see cref="GraphMLReader"/>): the
/// document ids, each node's vote tables and each piece of evidence with its confidence, date, Goldstein
/// score, quad class and CAMEO code, so a graph read back merges with new documents exactly as if it had
/// never left memory. Where stripping illegal characters makes two voted names equal, their counts are
/// added and the name written is the winner of the cleaned votes, so the file agrees with itself.
/// </remarks>
/// <example>
/// <code>
/// using var stream = File.Create("graph.graphml");
/// GraphMLWriter.Write(graph, stream);
/// </code>
/// </example>
public static class GraphMLWriter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation = Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    /// <summary>Writes <paramref name="graph"/> as UTF-8 GraphML to <paramref name="stream"/>, which stays open.</summary>
    public static void Write(EntityRelationGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        XmlOutput.ToStream(stream, xml => Write(graph, xml));
    }

    /// <summary>Writes <paramref name="graph"/> as GraphML to <paramref name="writer"/>, which stays open.</summary>
    public static void Write(EntityRelationGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        XmlOutput.ToWriter(writer, xml => Write(graph, xml));
    }

    /// <summary>The GraphML text of <paramref name="graph"/>.</summary>
    public static string WriteToString(EntityRelationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return XmlOutput.ToText(xml => Write(graph, xml));
    }

    /// <summary>
    /// Writes the whole GraphML document to <paramref name="xml"/> (from the XML declaration to the closing
    /// root tag) and flushes it. Use this overload to choose your own <see cref="XmlWriterSettings"/>.
    /// </summary>
    public static void Write(EntityRelationGraph graph, XmlWriter xml)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(xml);

        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("schemaLocation", XsiNamespace, SchemaLocation);
        foreach (var key in GraphMLKeys.All)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", key.Id);
            xml.WriteAttributeString("for", key.For);
            xml.WriteAttributeString("attr.name", key.Name);
            xml.WriteAttributeString("attr.type", key.Type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        WriteData(xml, GraphMLKeys.GraphDocuments, graph.DocumentCount);
        var json = new ArrayBufferWriter<byte>();
        var documentIds = new SortedSet<string>(graph.DocumentIds.Select(XmlChars.RemoveIllegal), StringComparer.Ordinal);
        WriteData(xml, GraphMLKeys.GraphDocumentIds, AttributeJson.WriteStrings(documentIds, json));

        var nodeIds = new Dictionary<GraphNode, string>(graph.Nodes.Count, ReferenceEqualityComparer.Instance);
        foreach (var node in graph.Nodes)
        {
            // Encoded from the raw id: the escapes cover illegal characters too, so distinct ids stay distinct.
            string id = NmToken.Encode(node.Id);
            nodeIds.Add(node, id);
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", id);
            var names = GraphValues.CleanVotes(node.NameVotes);
            var iso3 = GraphValues.CleanVotes(node.Iso3Votes);
            var countries = GraphValues.CleanVotes(node.CountryVotes);
            string name = GraphValues.Winner(names)!;
            WriteData(xml, GraphMLKeys.NodeLabel, name);
            WriteData(xml, GraphMLKeys.NodeName, name);
            WriteData(xml, GraphMLKeys.NodeEntityId, node.Id);
            WriteData(xml, GraphMLKeys.NodeType, node.Type.ToString());
            WriteData(xml, GraphMLKeys.NodeIso3, GraphValues.Winner(iso3));
            WriteData(xml, GraphMLKeys.NodeCountry, GraphValues.Winner(countries));
            WriteData(xml, GraphMLKeys.NodeAliases, string.Join('|', node.Aliases));
            WriteData(xml, GraphMLKeys.NodeMentions, node.MentionCount);
            WriteData(xml, GraphMLKeys.NodeDocuments, node.DocumentCount);
            WriteData(xml, GraphMLKeys.NodeFirstSeen, GraphValues.Date(node.FirstSeen));
            WriteData(xml, GraphMLKeys.NodeLastSeen, GraphValues.Date(node.LastSeen));
            WriteData(xml, GraphMLKeys.NodeNameVotes, AttributeJson.WriteVotes(names, n => n, json));
            WriteData(xml, GraphMLKeys.NodeTypeVotes, AttributeJson.WriteVotes(node.TypeVotes, t => t.ToString(), json));
            if (iso3.Count > 0) WriteData(xml, GraphMLKeys.NodeIso3Votes, AttributeJson.WriteVotes(iso3, n => n, json));
            if (countries.Count > 0) WriteData(xml, GraphMLKeys.NodeCountryVotes, AttributeJson.WriteVotes(countries, n => n, json));
            xml.WriteEndElement();
        }

        for (int i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", nodeIds[edge.Source]);
            xml.WriteAttributeString("target", nodeIds[edge.Target]);
            WriteData(xml, GraphMLKeys.EdgeLabel, (edge.Negated ? "not " : "") + (edge.Category ?? edge.Type));
            WriteData(xml, GraphMLKeys.EdgeInteraction, edge.Type);
            WriteData(xml, GraphMLKeys.EdgeType, edge.Type);
            WriteData(xml, GraphMLKeys.EdgeCategory, edge.Category);
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", GraphMLKeys.EdgeNegated.Id);
            xml.WriteString(edge.Negated ? "true" : "false");
            xml.WriteEndElement();
            WriteData(xml, GraphMLKeys.EdgeCount, edge.Count);
            WriteData(xml, GraphMLKeys.EdgeWeight, edge.Weight);
            WriteData(xml, GraphMLKeys.EdgeConfidence, edge.Confidence);
            WriteData(xml, GraphMLKeys.EdgeFirstSeen, GraphValues.Date(edge.FirstSeen));
            WriteData(xml, GraphMLKeys.EdgeLastSeen, GraphValues.Date(edge.LastSeen));
            if (edge.MeanGoldstein is { } goldstein) WriteData(xml, GraphMLKeys.EdgeMeanGoldstein, goldstein);
            if (edge.QuadClass is { } quad) WriteData(xml, GraphMLKeys.EdgeQuadClass, quad);
            WriteData(xml, GraphMLKeys.EdgeCameo, edge.Cameo);
            WriteData(xml, GraphMLKeys.EdgeEvidence, EvidenceJson.Write(edge.Items, json));
            xml.WriteEndElement();
        }

        xml.WriteEndElement(); // graph
        xml.WriteEndElement(); // graphml
        xml.WriteEndDocument();
        xml.Flush();
    }

    private static void WriteData(XmlWriter xml, GraphMLKey key, string? value)
    {
        if (value is null) return; // absent, not empty: readers then report the attribute as missing
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key.Id);
        xml.WriteString(XmlChars.RemoveIllegal(value));
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, GraphMLKey key, int value) =>
        WriteData(xml, key, XmlConvert.ToString(value));

    private static void WriteData(XmlWriter xml, GraphMLKey key, double value) =>
        WriteData(xml, key, XmlConvert.ToString(value));
}
