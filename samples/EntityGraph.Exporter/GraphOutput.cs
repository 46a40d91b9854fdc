using System.Text;
using EntityGraph.Export;
using EntityGraph.Graphs;

namespace EntityGraph.Exporter;

/// <summary>
/// Writes the finished graph. Files are written to a temporary file beside the target and moved over it only
/// once complete (for CSV, once both tables are complete), so a failed run never leaves a half-written graph
/// where a good one used to be. <c>-</c> means standard output, for the single-file formats.
/// </summary>
public static class GraphOutput
{
    /// <summary>Writes <paramref name="graph"/> in <paramref name="format"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="format">The format.</param>
    /// <param name="outputPath">The file, or <c>-</c> for <paramref name="stdout"/>.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="written">What was written: the file(s), or <c>stdout</c>.</param>
    /// <returns><c>null</c> on success, else a message naming the output.</returns>
    public static string? Write(EntityRelationGraph graph, GraphFormat format, string outputPath, TextWriter stdout, out IReadOnlyList<string> written)
    {
        written = [];
        if (outputPath == ExportRun.StandardStream)
        {
            var writer = ReferenceEquals(stdout, Console.Out)
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
                : stdout;
            try
            {
                WriteSingle(graph, format, writer);
                writer.Flush();
            }
            catch (IOException e)
            {
                return $"error: cannot write to stdout: {e.Message}";
            }
            written = ["stdout"];
            return null;
        }

        var targets = format == GraphFormat.Csv
            ? [GraphFormats.CsvPaths(outputPath).Nodes, GraphFormats.CsvPaths(outputPath).Edges]
            : new[] { outputPath };
        var fulls = new string[targets.Length];
        var temps = new string[targets.Length];
        try
        {
            for (int k = 0; k < targets.Length; k++)
            {
                fulls[k] = Path.GetFullPath(targets[k]);
                temps[k] = fulls[k] + ".tmp-" + Environment.ProcessId;
            }
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"error: output '{outputPath}' is not a valid path: {e.Message}";
        }
        foreach (var full in fulls)
        {
            if (Directory.Exists(full)) return $"error: output '{full}' is a folder; give a file name such as graph.graphml.";
        }

        try
        {
            for (int k = 0; k < targets.Length; k++)
            {
                using var stream = new FileStream(temps[k], FileMode.Create, FileAccess.Write, FileShare.None);
                if (format == GraphFormat.Csv)
                {
                    if (k == 0) CsvGraphWriter.WriteNodes(graph, stream);
                    else CsvGraphWriter.WriteEdges(graph, stream);
                }
                else
                {
                    WriteSingle(graph, format, stream);
                }
            }
            for (int k = 0; k < targets.Length; k++) File.Move(temps[k], fulls[k], overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: if a temporary file cannot be removed either, the message below still matters more.
            foreach (var temp in temps)
            {
                try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
            return $"error: cannot write '{outputPath}': {e.Message}";
        }
        written = targets;
        return null;
    }

    private static void WriteSingle(EntityRelationGraph graph, GraphFormat format, Stream stream)
    {
        switch (format)
        {
            case GraphFormat.GraphML: GraphMLWriter.Write(graph, stream); break;
            case GraphFormat.Gexf: GexfWriter.Write(graph, stream); break;
            case GraphFormat.Json: NodeLinkJsonWriter.Write(graph, stream); break;
            case GraphFormat.Dot: DotWriter.Write(graph, stream); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "CSV is two files.");
        }
    }

    private static void WriteSingle(EntityRelationGraph graph, GraphFormat format, TextWriter writer)
    {
        switch (format)
        {
            case GraphFormat.GraphML: GraphMLWriter.Write(graph, writer); break;
            case GraphFormat.Gexf: GexfWriter.Write(graph, writer); break;
            case GraphFormat.Json: NodeLinkJsonWriter.Write(graph, writer); break;
            case GraphFormat.Dot: DotWriter.Write(graph, writer); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "CSV is two files.");
        }
    }
}
