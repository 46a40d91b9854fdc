using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;
using EntityGraph.Graphs;

namespace EntityGraph.Export;

/// <summary>
/// Writes an <see cref="EntityRelationGraph"/> as two CSV tables, nodes and edges, in RFC 4180 form: comma
/// separated, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, quotes doubled. Headers
/// follow Gephi's spreadsheet importer (nodes <c>Id,Label,…</c>; edges <c>Source,Target,Type,Id,Label,Weight,…</c>,
/// where Gephi's <c>Type</c> is the edge direction, always <c>Directed</c>, and the relation kind is in
/// <c>Relation</c>). Output is reproducible; UTF-8 without a byte order mark over streams. Characters XML
/// cannot carry (controls, lone surrogates) are removed, as in the XML formats. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>Nodes: <c>Id,Label,EntityType,Iso3,Country,Aliases,Mentions,Documents,FirstSeen,LastSeen</c> (aliases
/// joined with <c>|</c>; an unknown ISO code or date is an empty field; dates <c>yyyy-MM-dd</c>). Edges:
/// <c>Source,Target,Type,Id,Label,Weight,Relation,Category,Negated,Count,Confidence,FirstSeen,LastSeen,MeanGoldstein,QuadClass,Cameo,Evidence</c>,
/// with the evidence as the same JSON array as in GraphML. Ids are the entity ids as they are. The tables
/// are for viewing and loading elsewhere, not read back (the vote tables merging needs are in GraphML and JSON).</para>
/// <para>Neo4j: with <c>LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
/// MERGE (n:Entity {id: row.Id}) SET n.name = row.Label, n.type = row.EntityType,
/// n.mentions = toInteger(row.Mentions)</c>, then <c>LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
/// MATCH (a:Entity {id: row.Source}), (b:Entity {id: row.Target})
/// CREATE (a)-[:RELATED {key: row.Id, relation: row.Relation, category: row.Category,
/// negated: row.Negated = 'true', weight: toFloat(row.Weight)}]-&gt;(b)</c> (Cypher cannot take the relationship
/// type from a column without APOC's <c>apoc.create.relationship</c>). For <c>neo4j-admin database import</c>,
/// give a separate header file and skip the first line of each table: nodes
/// <c>id:ID,name,entityType,iso3,country,aliases:string[],mentions:int,documents:int,firstSeen:date,lastSeen:date</c> with
/// <c>--array-delimiter="|"</c>; edges <c>:START_ID,:END_ID,direction,key,label,weight:double,:TYPE,category,negated:boolean,count:int,confidence:double,firstSeen:date,lastSeen:date,meanGoldstein:double,quadClass:int,cameo,evidence</c>.</para>
/// </remarks>
public static class CsvGraphWriter
{
    /// <summary>The node table's header fields.</summary>
    public static IReadOnlyList<string> NodeHeader { get; } = ["Id", "Label", "EntityType", "Iso3", "Country", "Aliases", "Mentions", "Documents", "FirstSeen", "LastSeen"];

    /// <summary>The edge table's header fields.</summary>
    public static IReadOnlyList<string> EdgeHeader { get; } =
        ["Source", "Target", "Type", "Id", "Label", "Weight", "Relation", "Category", "Negated", "Count", "Confidence",
         "FirstSeen", "LastSeen", "MeanGoldstein", "QuadClass", "Cameo", "Evidence"];

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>Writes the node table as UTF-8 (no byte order mark) to <paramref name="stream"/>, which stays open.</summary>
    public static void WriteNodes(EntityRelationGraph graph, Stream stream) => OverStream(stream, w => WriteNodes(graph, w));

    /// <summary>Writes the edge table as UTF-8 (no byte order mark) to <paramref name="stream"/>, which stays open.</summary>
    public static void WriteEdges(EntityRelationGraph graph, Stream stream) => OverStream(stream, w => WriteEdges(graph, w));

    /// <summary>Writes the node table to <paramref name="writer"/>, which stays open.</summary>
    public static void WriteNodes(EntityRelationGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        Row(writer, NodeHeader);
        var fields = new string[NodeHeader.Count];
        foreach (var node in graph.Nodes)
        {
            fields[0] = node.Id;
            fields[1] = node.Name;
            fields[2] = node.Type.ToString();
            fields[3] = node.Iso3 ?? "";
            fields[4] = node.Country ?? "";
            fields[5] = string.Join('|', node.Aliases);
            fields[6] = XmlConvert.ToString(node.MentionCount);
            fields[7] = XmlConvert.ToString(node.DocumentCount);
            fields[8] = GraphValues.Date(node.FirstSeen) ?? "";
            fields[9] = GraphValues.Date(node.LastSeen) ?? "";
            Row(writer, fields);
        }
        writer.Flush();
    }

    /// <summary>Writes the edge table to <paramref name="writer"/>, which stays open.</summary>
    public static void WriteEdges(EntityRelationGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        Row(writer, EdgeHeader);
        var fields = new string[EdgeHeader.Count];
        using var json = new JsonScratch();
        for (int i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            fields[0] = edge.Source.Id;
            fields[1] = edge.Target.Id;
            fields[2] = "Directed";
            fields[3] = NodeLinkJsonWriter.EdgeKeyName(i);
            fields[4] = NodeLinkJsonWriter.EdgeLabel(edge);
            fields[5] = XmlConvert.ToString(edge.Weight);
            fields[6] = edge.Type;
            fields[7] = edge.Category ?? "";
            fields[8] = edge.Negated ? "true" : "false";
            fields[9] = XmlConvert.ToString(edge.Count);
            fields[10] = XmlConvert.ToString(edge.Confidence);
            fields[11] = GraphValues.Date(edge.FirstSeen) ?? "";
            fields[12] = GraphValues.Date(edge.LastSeen) ?? "";
            fields[13] = edge.MeanGoldstein is { } goldstein ? XmlConvert.ToString(goldstein) : "";
            fields[14] = edge.QuadClass is { } quad ? XmlConvert.ToString(quad) : "";
            fields[15] = edge.Cameo ?? "";
            EvidenceJson.Write(edge.Items, json);
            fields[16] = json.ToString();
            Row(writer, fields);
        }
        writer.Flush();
    }

    /// <summary>The node table as a string.</summary>
    public static string NodesToString(EntityRelationGraph graph)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        WriteNodes(graph, sw);
        return sw.ToString();
    }

    /// <summary>The edge table as a string.</summary>
    public static string EdgesToString(EntityRelationGraph graph)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        WriteEdges(graph, sw);
        return sw.ToString();
    }

    private static void OverStream(Stream stream, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 65536, leaveOpen: true);
        write(text);
    }

    private static void Row(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            Field(writer, XmlChars.RemoveIllegal(fields[i]));
        }
        writer.Write("\r\n"); // RFC 4180
    }

    private static void Field(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
