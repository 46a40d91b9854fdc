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
        using var json = new JsonScratch();
        // Numbers, dates and keys are spelled into this buffer and each field written as it comes, rather
        // than as strings in a row array: a million-edge table has millions of them.
        var chars = new char[ValueText.MaxLength + 1];
        var negated = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            Field(writer, edge.Source.Id);
            Next(writer, edge.Target.Id);
            Next(writer, "Directed");
            chars[0] = 'e';
            Next(writer, chars.AsSpan(0, 1 + ValueText.FormatXml(i, chars.AsSpan(1))));
            string label = edge.Category ?? edge.Type;
            if (edge.Negated)
            {
                if (!negated.TryGetValue(label, out var not)) negated.Add(label, not = "not " + label);
                label = not;
            }
            Next(writer, label);
            Next(writer, chars.AsSpan(0, ValueText.FormatXml(edge.Weight, chars)));
            Next(writer, edge.Type);
            Next(writer, edge.Category ?? "");
            Next(writer, edge.Negated ? "true" : "false");
            Next(writer, chars.AsSpan(0, ValueText.FormatXml(edge.Count, chars)));
            Next(writer, chars.AsSpan(0, ValueText.FormatXml(edge.Confidence, chars)));
            Next(writer, edge.FirstSeen is { } first ? chars.AsSpan(0, ValueText.FormatDate(first, chars)) : "");
            Next(writer, edge.LastSeen is { } last ? chars.AsSpan(0, ValueText.FormatDate(last, chars)) : "");
            Next(writer, edge.MeanGoldstein is { } goldstein ? chars.AsSpan(0, ValueText.FormatXml(goldstein, chars)) : "");
            Next(writer, edge.QuadClass is { } quad ? chars.AsSpan(0, ValueText.FormatXml(quad, chars)) : "");
            Next(writer, edge.Cameo ?? "");
            EvidenceJson.Write(edge.Items, json);
            Next(writer, json.Text);
            writer.Write("\r\n"); // RFC 4180
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
            Quoted(writer, XmlChars.RemoveIllegal(fields[i]));
        }
        writer.Write("\r\n"); // RFC 4180
    }

    private static void Next(TextWriter writer, ReadOnlySpan<char> value)
    {
        writer.Write(',');
        Field(writer, value);
    }

    // A field cleaned of what XML cannot carry, as every field of the row-array path (Row) is.
    private static void Field(TextWriter writer, ReadOnlySpan<char> value)
    {
        if (XmlChars.IsClean(value)) Quoted(writer, value);
        else Quoted(writer, XmlChars.RemoveIllegal(new string(value)));
    }

    // Quoted when it must be, quotes doubled, written piece by piece.
    private static void Quoted(TextWriter writer, ReadOnlySpan<char> value)
    {
        if (value.IndexOfAny(NeedsQuotes) < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        for (int q; (q = value.IndexOf('"')) >= 0; value = value[(q + 1)..])
        {
            writer.Write(value[..(q + 1)]);
            writer.Write('"');
        }
        writer.Write(value);
        writer.Write('"');
    }
}
