using EntityGraph.Graphs;
using EntityGraph.Rendering;

namespace EntityGraph.Exporter;

/// <summary>
/// One run of <c>render</c>: read the graph file, draw it, write the SVG. A missing or invalid graph stops
/// the run with a message on <c>stderr</c> that names the file (and the line, for a malformed one) before
/// the output is touched; the output goes to a temporary file moved into place only when complete.
/// </summary>
/// <param name="input">The graph file (<c>.graphml</c> or <c>.json</c>).</param>
/// <param name="outputPath">The SVG file to write.</param>
/// <param name="options">What to draw.</param>
/// <param name="stderr">Where messages and the summary go.</param>
public sealed class RenderRun(string input, string outputPath, SvgRenderOptions options, TextWriter stderr)
{
    /// <summary>Runs the rendering.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public int Execute()
    {
        // The same reading (and the same messages) as query and explain.
        var problem = QueryGraphFile.TryRead(input, out var graph);
        if (problem is not null) return Fail(ExitCodes.InputError, problem);
        problem = Write(graph);
        if (problem is not null) return Fail(ExitCodes.OutputError, problem);
        stderr.WriteLine(graph.Nodes.Count > options.MaxNodes
            ? $"{graph.Nodes.Count} entities, {graph.Edges.Count} edges; drew the top {options.MaxNodes} entities by weighted degree -> {outputPath}"
            : $"{graph.Nodes.Count} entities, {graph.Edges.Count} edges -> {outputPath}");
        return ExitCodes.Ok;
    }

    // Written to a temporary file beside the target, then moved over it: a failed run never leaves a
    // half-written picture where a good one used to be.
    private string? Write(EntityRelationGraph graph)
    {
        string full, temp;
        try
        {
            full = Path.GetFullPath(outputPath);
            temp = full + ".tmp-" + Environment.ProcessId;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"error: output '{outputPath}' is not a valid path: {e.Message}";
        }
        try
        {
            if (Directory.Exists(full)) return $"error: output '{outputPath}' is a folder; give a file name such as graph.svg.";
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
                SvgGraphRenderer.Write(graph, stream, options);
            File.Move(temp, full, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: if the temporary file cannot be removed either, the message below still matters more.
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            return $"error: cannot write '{outputPath}': {e.Message}";
        }
    }

    private int Fail(int code, string message)
    {
        stderr.WriteLine(message);
        return code;
    }
}
