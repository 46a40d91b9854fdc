using EntityGraph.Export;
using EntityGraph.Graphs;
using EntityGraph.Graphs.Queries;

namespace EntityGraph.Exporter;

/// <summary>
/// What <c>query</c> and <c>explain</c> share: reading the graph file and turning the names typed on the
/// command line into entities, with messages that say what went wrong and where.
/// </summary>
public static class QueryGraphFile
{
    /// <summary>
    /// Reads a graph written by <c>export</c>: GraphML for <c>.graphml</c>/<c>.xml</c>, node-link JSON for
    /// <c>.json</c>, otherwise recognised by its first non-blank character (<c>&lt;</c> or <c>{</c>).
    /// </summary>
    /// <param name="path">The file, as typed.</param>
    /// <param name="graph">The graph, when the result is <c>null</c>.</param>
    /// <returns><c>null</c> on success, else a message naming the file (and the line and position for a
    /// malformed file).</returns>
    public static string? TryRead(string path, out EntityRelationGraph graph)
    {
        graph = EntityRelationGraph.Empty;
        string full;
        try { full = Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"error: graph '{path}' is not a valid path: {e.Message}";
        }
        if (Directory.Exists(full)) return $"error: graph '{path}' is a folder; give a .graphml or .json file written by export.";
        if (!File.Exists(full)) return $"error: graph '{path}' does not exist (full path: {full}).";
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            bool? graphML = IsGraphML(path, stream);
            if (graphML is null)
                return $"error: graph '{path}' is neither GraphML nor node-link JSON (expected a .graphml or .json file written by export).";
            graph = graphML.Value ? GraphMLReader.Read(stream, path) : NodeLinkJsonReader.Read(stream, path);
            return null;
        }
        catch (GraphFormatException e)
        {
            return $"error: {e.Message}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"error: cannot read '{path}': {e.Message}";
        }
    }

    /// <summary>
    /// The entity that <paramref name="name"/> names (see <see cref="GraphQuery.Find"/>): the best candidate
    /// when several match, with a note on <paramref name="stderr"/> listing the others.
    /// </summary>
    /// <returns><c>null</c> on success, else a message that lists the closest names the graph has.</returns>
    public static string? TryFind(GraphQuery query, string name, string path, TextWriter stderr, out GraphNode node)
    {
        var found = query.Find(name);
        if (found.Count == 0)
        {
            node = null!;
            var close = query.Suggest(name);
            string hint = close.Count == 0
                ? "no entity has a similar name either."
                : "closest: " + string.Join(", ", close.Select(Describe)) + ".";
            return $"error: no entity named '{name}' in '{path}' ({query.Graph.Nodes.Count} entities); {hint}";
        }
        node = found[0];
        if (found.Count > 1)
        {
            const int shown = 5;
            string others = string.Join(", ", found.Skip(1).Take(shown).Select(Describe));
            string more = found.Count - 1 > shown ? $" and {found.Count - 1 - shown} more" : "";
            stderr.WriteLine($"note: '{name}' also names {others}{more}; using {Describe(node)}, the most mentioned (give an id to choose).");
        }
        return null;
    }

    /// <summary><c>Name (id)</c>.</summary>
    public static string Describe(GraphNode node) => $"{node.Name} ({node.Id})";

    // By extension; otherwise by the first non-blank byte past a UTF-8 byte order mark. The stream is rewound.
    private static bool? IsGraphML(string path, Stream stream)
    {
        string extension = Path.GetExtension(path);
        if (extension.Equals(".graphml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xml", StringComparison.OrdinalIgnoreCase))
            return true;
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase)) return false;
        var head = new byte[512];
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        int i = read >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        while (i < read && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return i >= read ? null : head[i] switch
        {
            (byte)'<' => true,
            (byte)'{' => false,
            _ => null,
        };
    }
}
