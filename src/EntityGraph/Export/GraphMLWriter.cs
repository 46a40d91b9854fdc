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
        // One scratch per export: the JSON values and numbers are written through it, not built as strings.
        using var scratch = new Scratch();
        WriteData(xml, GraphMLKeys.GraphDocuments, graph.DocumentCount, scratch);
        var documentIds = new SortedSet<string>(graph.DocumentIds.Select(XmlChars.RemoveIllegal), StringComparer.Ordinal);
        AttributeJson.WriteStrings(documentIds, scratch.Json);
        WriteJsonData(xml, GraphMLKeys.GraphDocumentIds, scratch.Json);

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
            // The node's own winners when cleaning changed nothing (it computed them from the same votes the
            // same way), which spares enumerating each table once more.
            string name = ReferenceEquals(names, node.NameVotes) ? node.Name : GraphValues.Winner(names)!;
            WriteData(xml, GraphMLKeys.NodeLabel, name);
            WriteData(xml, GraphMLKeys.NodeName, name);
            WriteData(xml, GraphMLKeys.NodeEntityId, node.Id);
            WriteData(xml, GraphMLKeys.NodeType, node.Type.ToString());
            WriteData(xml, GraphMLKeys.NodeIso3, ReferenceEquals(iso3, node.Iso3Votes) ? node.Iso3 : GraphValues.Winner(iso3));
            WriteData(xml, GraphMLKeys.NodeCountry, ReferenceEquals(countries, node.CountryVotes) ? node.Country : GraphValues.Winner(countries));
            WriteAliases(xml, node.Aliases);
            WriteData(xml, GraphMLKeys.NodeMentions, node.MentionCount, scratch);
            WriteData(xml, GraphMLKeys.NodeDocuments, node.DocumentCount, scratch);
            WriteData(xml, GraphMLKeys.NodeFirstSeen, node.FirstSeen, scratch);
            WriteData(xml, GraphMLKeys.NodeLastSeen, node.LastSeen, scratch);
            AttributeJson.WriteVotes(names, n => n, scratch.Json);
            WriteJsonData(xml, GraphMLKeys.NodeNameVotes, scratch.Json);
            AttributeJson.WriteVotes(node.TypeVotes, t => t.ToString(), scratch.Json);
            WriteJsonData(xml, GraphMLKeys.NodeTypeVotes, scratch.Json);
            if (iso3.Count > 0)
            {
                AttributeJson.WriteVotes(iso3, n => n, scratch.Json);
                WriteJsonData(xml, GraphMLKeys.NodeIso3Votes, scratch.Json);
            }
            if (countries.Count > 0)
            {
                AttributeJson.WriteVotes(countries, n => n, scratch.Json);
                WriteJsonData(xml, GraphMLKeys.NodeCountryVotes, scratch.Json);
            }
            xml.WriteEndElement();
        }

        for (int i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            xml.WriteStartElement("edge", Namespace);
            xml.WriteStartAttribute("id");
            scratch.Chars[0] = 'e';
            xml.WriteChars(scratch.Chars, 0, 1 + ValueText.FormatXml(i, scratch.Chars.AsSpan(1)));
            xml.WriteEndAttribute();
            xml.WriteAttributeString("source", nodeIds[edge.Source]);
            xml.WriteAttributeString("target", nodeIds[edge.Target]);
            // The label is "not " + category-or-type; written in two pieces rather than concatenated (the
            // space ends the prefix, so cleaning either piece alone cleans the whole the same way).
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", GraphMLKeys.EdgeLabel.Id);
            if (edge.Negated) xml.WriteString("not ");
            xml.WriteString(XmlChars.RemoveIllegal(edge.Category ?? edge.Type));
            xml.WriteEndElement();
            WriteData(xml, GraphMLKeys.EdgeInteraction, edge.Type);
            WriteData(xml, GraphMLKeys.EdgeType, edge.Type);
            WriteData(xml, GraphMLKeys.EdgeCategory, edge.Category);
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", GraphMLKeys.EdgeNegated.Id);
            xml.WriteString(edge.Negated ? "true" : "false");
            xml.WriteEndElement();
            WriteData(xml, GraphMLKeys.EdgeCount, edge.Count, scratch);
            WriteData(xml, GraphMLKeys.EdgeWeight, edge.Weight, scratch);
            WriteData(xml, GraphMLKeys.EdgeConfidence, edge.Confidence, scratch);
            WriteData(xml, GraphMLKeys.EdgeFirstSeen, edge.FirstSeen, scratch);
            WriteData(xml, GraphMLKeys.EdgeLastSeen, edge.LastSeen, scratch);
            if (edge.MeanGoldstein is { } goldstein) WriteData(xml, GraphMLKeys.EdgeMeanGoldstein, goldstein, scratch);
            if (edge.QuadClass is { } quad) WriteData(xml, GraphMLKeys.EdgeQuadClass, quad, scratch);
            WriteData(xml, GraphMLKeys.EdgeCameo, edge.Cameo);
            EvidenceJson.Write(edge.Items, scratch.Json);
            WriteJsonData(xml, GraphMLKeys.EdgeEvidence, scratch.Json);
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

    // The numbers and dates below are spelled as XmlConvert.ToString and GraphValues.Date spell them, into
    // the scratch's chars: they are always clean XML.
    private static void WriteData(XmlWriter xml, GraphMLKey key, int value, Scratch scratch) =>
        WriteChars(xml, key, scratch.Chars, ValueText.FormatXml(value, scratch.Chars));

    private static void WriteData(XmlWriter xml, GraphMLKey key, double value, Scratch scratch) =>
        WriteChars(xml, key, scratch.Chars, ValueText.FormatXml(value, scratch.Chars));

    private static void WriteData(XmlWriter xml, GraphMLKey key, DateOnly? value, Scratch scratch)
    {
        if (value is not { } date) return;
        WriteChars(xml, key, scratch.Chars, ValueText.FormatDate(date, scratch.Chars));
    }

    private static void WriteChars(XmlWriter xml, GraphMLKey key, char[] chars, int length)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key.Id);
        xml.WriteChars(chars, 0, length);
        xml.WriteEndElement();
    }

    private static void WriteJsonData(XmlWriter xml, GraphMLKey key, JsonScratch json)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key.Id);
        json.WriteTo(xml);
        xml.WriteEndElement();
    }

    // The aliases joined by '|', written piece by piece instead of string.Join: '|' is legal and not a
    // surrogate, so cleaning each alias alone gives the cleaned join.
    private static void WriteAliases(XmlWriter xml, IReadOnlyList<string> aliases)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", GraphMLKeys.NodeAliases.Id);
        if (aliases.Count == 0) xml.WriteString(""); // as string.Join gave: the same calls, the same bytes
        for (int i = 0; i < aliases.Count; i++)
        {
            if (i > 0) xml.WriteString("|");
            xml.WriteString(XmlChars.RemoveIllegal(aliases[i]));
        }
        xml.WriteEndElement();
    }

    /// <summary>The buffers one export reuses for every value it spells.</summary>
    private sealed class Scratch : IDisposable
    {
        public readonly JsonScratch Json = new();
        public readonly char[] Chars = new char[ValueText.MaxLength + 1];

        public void Dispose() => Json.Dispose();
    }
}
