using System.Globalization;
using System.Text;
using System.Xml;
using EntityGraph.Graphs;

namespace EntityGraph.Export;

/// <summary>
/// Writes an <see cref="EntityRelationGraph"/> in Graphviz DOT: one <c>digraph</c>, a node statement per
/// entity and an edge statement per aggregated relation, every id and value quoted. Output is reproducible
/// (graph order, invariant numbers, <c>\n</c> line ends). Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>Quoting: in a DOT quoted string the lexer only unescapes <c>\"</c>, while Graphviz later reads
/// backslash escapes in labels (<c>\\</c>, <c>\n</c>, <c>\l</c>, …). So <c>"</c> becomes <c>\"</c>, a backslash
/// becomes <c>\\</c> (a label then shows one), line breaks become <c>\n</c>, and a string ending in a
/// backslash gets a line continuation (backslash, newline) so its last backslash does not escape the closing
/// quote. Characters XML cannot carry (controls, lone surrogates) are removed: Graphviz mishandles them
/// too. Tools that read attribute strings verbatim (not as labels) will see backslashes doubled.</para>
/// <para>Nodes are named by their entity id and carry <c>label</c>, <c>type</c>, <c>iso3</c>, <c>country</c>,
/// <c>mentions</c>, <c>documents</c>, <c>first_seen</c> and <c>last_seen</c>; edges carry <c>key</c> (<c>e0</c>,
/// … as in the other formats), <c>label</c>, <c>type</c>, <c>category</c>, <c>negated</c>, <c>count</c>,
/// <c>weight</c>, <c>confidence</c>, <c>first_seen</c>, <c>last_seen</c>, <c>mean_goldstein</c>,
/// <c>quad_class</c> and <c>cameo</c> (unknown values left out; dates <c>yyyy-MM-dd</c>). Evidence sentences
/// are left out: DOT is for drawing, use JSON or GraphML for the data.</para>
/// </remarks>
public static class DotWriter
{
    /// <summary>Writes <paramref name="graph"/> as UTF-8 DOT (no byte order mark) to <paramref name="stream"/>, which stays open.</summary>
    public static void Write(EntityRelationGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 65536, leaveOpen: true);
        Write(graph, text);
    }

    /// <summary>Writes <paramref name="graph"/> as DOT to <paramref name="writer"/>, which stays open (lines end with <c>\n</c>).</summary>
    public static void Write(EntityRelationGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("// EntityGraph relationship graph: ");
        writer.Write(graph.DocumentCount.ToString(CultureInfo.InvariantCulture));
        writer.Write(" documents\ndigraph \"EntityGraph\" {\n");
        foreach (var node in graph.Nodes)
        {
            writer.Write("  ");
            Quote(writer, node.Id);
            writer.Write(" [");
            Attribute(writer, "label", node.Name, first: true);
            Attribute(writer, "type", node.Type.ToString());
            if (node.Iso3 is { } iso3) Attribute(writer, "iso3", iso3);
            if (node.Country is { } country) Attribute(writer, "country", country);
            Attribute(writer, "mentions", XmlConvert.ToString(node.MentionCount));
            Attribute(writer, "documents", XmlConvert.ToString(node.DocumentCount));
            if (GraphValues.Date(node.FirstSeen) is { } nodeFirst) Attribute(writer, "first_seen", nodeFirst);
            if (GraphValues.Date(node.LastSeen) is { } nodeLast) Attribute(writer, "last_seen", nodeLast);
            writer.Write("];\n");
        }
        // Numbers, dates and keys are spelled into this buffer, not built as strings (a million-edge graph has
        // millions of them); they hold no character DOT escapes, so they are written between quotes as they are.
        var chars = new char[ValueText.MaxLength + 1];
        var negated = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            writer.Write("  ");
            Quote(writer, edge.Source.Id);
            writer.Write(" -> ");
            Quote(writer, edge.Target.Id);
            writer.Write(" [");
            chars[0] = 'e';
            Plain(writer, "key", chars.AsSpan(0, 1 + ValueText.FormatXml(i, chars.AsSpan(1))), first: true);
            string label = edge.Category ?? edge.Type;
            if (edge.Negated)
            {
                if (!negated.TryGetValue(label, out var not)) negated.Add(label, not = "not " + label);
                label = not;
            }
            Attribute(writer, "label", label);
            Attribute(writer, "type", edge.Type);
            if (edge.Category is { } category) Attribute(writer, "category", category);
            Attribute(writer, "negated", edge.Negated ? "true" : "false");
            Plain(writer, "count", chars.AsSpan(0, ValueText.FormatXml(edge.Count, chars)));
            Plain(writer, "weight", chars.AsSpan(0, ValueText.FormatXml(edge.Weight, chars)));
            Plain(writer, "confidence", chars.AsSpan(0, ValueText.FormatXml(edge.Confidence, chars)));
            if (edge.FirstSeen is { } edgeFirst) Plain(writer, "first_seen", chars.AsSpan(0, ValueText.FormatDate(edgeFirst, chars)));
            if (edge.LastSeen is { } edgeLast) Plain(writer, "last_seen", chars.AsSpan(0, ValueText.FormatDate(edgeLast, chars)));
            if (edge.MeanGoldstein is { } goldstein) Plain(writer, "mean_goldstein", chars.AsSpan(0, ValueText.FormatXml(goldstein, chars)));
            if (edge.QuadClass is { } quad) Plain(writer, "quad_class", chars.AsSpan(0, ValueText.FormatXml(quad, chars)));
            if (edge.Cameo is { } cameo) Attribute(writer, "cameo", cameo);
            writer.Write("];\n");
        }
        writer.Write("}\n");
        writer.Flush();
    }

    /// <summary>The DOT text of <paramref name="graph"/>.</summary>
    public static string WriteToString(EntityRelationGraph graph)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        Write(graph, sw);
        return sw.ToString();
    }

    private static void Attribute(TextWriter writer, string name, string value, bool first = false)
    {
        if (!first) writer.Write(", ");
        writer.Write(name);
        writer.Write('=');
        Quote(writer, value);
    }

    // An attribute whose value has nothing Quote would escape or drop (digits, letters, '.', '-', '+').
    private static void Plain(TextWriter writer, string name, ReadOnlySpan<char> value, bool first = false)
    {
        if (!first) writer.Write(", ");
        writer.Write(name);
        writer.Write("=\"");
        writer.Write(value);
        writer.Write('"');
    }

    /// <summary>Writes <paramref name="value"/> as a DOT quoted string (see the class remarks).</summary>
    internal static void Quote(TextWriter writer, string value)
    {
        value = XmlChars.RemoveIllegal(value);
        writer.Write('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': writer.Write("\\\""); break;
                case '\\': writer.Write("\\\\"); break;
                case '\r':
                    writer.Write("\\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                    break;
                case '\n': writer.Write("\\n"); break;
                default: writer.Write(c); break;
            }
        }
        if (value.EndsWith('\\')) writer.Write("\\\n"); // continuation: the closing quote stays unescaped
        writer.Write('"');
    }
}
