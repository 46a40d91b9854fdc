using EntityGraph.Export;
using EntityGraph.Graphs;
using Spectre.Console;

namespace EntityGraph.Exporter;

/// <summary>
/// One run of <c>export</c>: list inputs, process each article with the default pipeline as it is read
/// (streaming: one article in memory at a time), build the graph, write GraphML. Any problem stops the
/// run with a message on <c>stderr</c> that names the path, before the output file is touched.
/// </summary>
/// <param name="inputs">Files and folders from the command line.</param>
/// <param name="outputPath">The GraphML file to write.</param>
/// <param name="stderr">Where messages, progress and the summary go.</param>
public sealed class ExportRun(IReadOnlyList<string> inputs, string outputPath, TextWriter stderr)
{
    /// <summary>Runs the export.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public int Execute()
    {
        var problem = InputFiles.TryCollect(inputs, out var files);
        if (problem is not null) return Fail(ExitCodes.InputError, problem);

        var pipeline = Pipeline.CreateDefault();
        var builder = new GraphBuilder();
        int relations = 0;
        string? error = null;
        void ProcessAll(Action advance)
        {
            foreach (var file in files)
            {
                string text;
                try { text = File.ReadAllText(file.Path); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error = $"error: cannot read '{file.Path}': {e.Message}";
                    return;
                }
                var document = pipeline.Process(text, file.DocumentId, source: file.Path);
                relations += document.Relations.Count;
                builder.Add(document);
                advance();
            }
        }

        if (IsInteractive(stderr))
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
            console.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("Processing articles", maxValue: files.Count);
                ProcessAll(() => task.Increment(1));
            });
        }
        else
        {
            ProcessAll(() => { });
        }
        if (error is not null) return Fail(ExitCodes.InputError, error);

        var graph = builder.ToGraph();
        problem = Write(graph);
        if (problem is not null) return Fail(ExitCodes.OutputError, problem);

        stderr.WriteLine(
            $"{graph.DocumentCount} documents, {graph.Nodes.Count} entities, {relations} relations ({graph.Edges.Count} edges) -> {outputPath}");
        return ExitCodes.Ok;
    }

    // Written to a temporary file beside the target, then moved over it: a failed run never leaves a
    // half-written graph where a good one used to be.
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
            if (Directory.Exists(full)) return $"error: output '{outputPath}' is a folder; give a file name such as graph.graphml.";
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
                GraphMLWriter.Write(graph, stream);
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

    // A progress bar only helps a person watching a terminal; in CI, pipes and tests it would be noise.
    private static bool IsInteractive(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
}
