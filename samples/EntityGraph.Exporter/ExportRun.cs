using System.Text;
using EntityGraph.Documents;
using EntityGraph.Export;
using EntityGraph.Graphs;
using EntityGraph.Ingestion;
using Spectre.Console;

namespace EntityGraph.Exporter;

/// <summary>
/// One run of <c>export</c>: list the inputs, read each (articles are processed with the default pipeline as
/// they are read, one in memory at a time; earlier graphs are merged in), write the graph in the chosen
/// format, print a summary. A mistake on the command line (a missing path, a folder with nothing to read)
/// stops the run before anything is read. A bad input found while reading (unreadable, binary, a bad JSON
/// line, an invalid graph file, a document id already used) is reported on <c>stderr</c> naming the file and
/// line and skipped; the rest is still read, and the exit code says something was skipped.
/// </summary>
/// <param name="options">What to read and write.</param>
/// <param name="stdin">Standard input as bytes (read only for <c>-</c>); <c>null</c> for the process's own.</param>
/// <param name="stdout">Where the graph goes for <c>--out -</c>.</param>
/// <param name="stderr">Where messages, progress and the summary go.</param>
public sealed class ExportRun(ExportOptions options, Stream? stdin, TextWriter stdout, TextWriter stderr)
{
    /// <summary>The name that means standard input or output.</summary>
    public const string StandardStream = "-";

    // Enough articles per batch to keep every thread busy, few enough that memory stays small.
    private const int ArticlesPerThread = 8;

    private readonly Pipeline _pipeline = Pipeline.CreateDefault();
    private readonly GraphBuilder _builder = new();
    private readonly List<PendingArticle> _pending = [];
    private int _articles, _graphs;

    // An article read and waiting to be processed with the others of its batch, or a message about an input
    // after it, held back so that messages come out in input order whatever the batch and thread count.
    private sealed record PendingArticle(string Text, string Id, DateOnly? Date, string Source, string Where, Action? Message = null);

    /// <summary>Runs the export.</summary>
    /// <returns><see cref="ExitCodes.Ok"/> when every input was read, <see cref="ExitCodes.InputSkipped"/> when
    /// some were reported and skipped, or another code from <see cref="ExitCodes"/>.</returns>
    public int Execute()
    {
        var format = options.Format;
        if (format is null)
        {
            if (options.OutputPath == StandardStream)
                return Fail(ExitCodes.InputError, $"error: --out - (stdout) has no extension to take the format from; give --format ({string.Join('|', GraphFormats.Names)}).");
            format = GraphFormats.FromExtension(options.OutputPath);
            if (format is null)
                return Fail(ExitCodes.InputError,
                    $"error: cannot tell the format from the extension of '{options.OutputPath}'; use .graphml, .gexf, .json, .dot, .gv or .csv, or give --format ({string.Join('|', GraphFormats.Names)}).");
        }
        if (format == GraphFormat.Csv && options.OutputPath == StandardStream)
            return Fail(ExitCodes.InputError, "error: CSV is two files (nodes and edges) and cannot go to stdout; give --out graph.csv.");

        var problem = InputFiles.TryCollect(options.Inputs, OutputFiles(format.Value), out var files);
        if (problem is not null) return Fail(ExitCodes.InputError, problem);

        bool interactive = IsInteractive(stderr);
        var console = CreateConsole(interactive);
        var reporter = new ExportReporter(stderr, console) { Interactive = interactive };
        // Progress counts bytes, so one large JSON Lines file moves the bar as smoothly as many small files.
        if (interactive && (files.Count > 1 || files.Any(f => f.Kind == InputKind.JsonLines)))
        {
            var sizes = files.Select(SizeOf).ToArray();
            console.Progress().AutoClear(true).Columns(
                    new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Reading inputs", maxValue: sizes.Sum());
                    double done = 0;
                    for (int k = 0; k < files.Count; k++)
                    {
                        task.Description = Shorten(files[k].DocumentId);
                        double start = done;
                        ReadInput(files[k], reporter, bytes => task.Value = done = Math.Min(start + sizes[k], done + bytes));
                        task.Value = done = start + sizes[k];
                    }
                    Flush(reporter);
                });
        }
        else
        {
            foreach (var file in files) ReadInput(file, reporter, _ => { });
            Flush(reporter);
        }

        if (_articles == 0 && _graphs == 0)
            return Fail(ExitCodes.InputError, $"error: no input could be read ({reporter.Skipped} skipped); nothing written.");

        var graph = _builder.ToGraph();
        problem = GraphOutput.Write(graph, format.Value, options.OutputPath, stdout, out var written);
        if (problem is not null) return Fail(ExitCodes.OutputError, problem);

        ExportSummary.Write(graph, console, plain: !interactive);
        // Straight to stderr, not through the console, so a narrow terminal does not wrap the line scripts read.
        stderr.WriteLine(
            $"{graph.DocumentCount} documents ({_articles} read, {_graphs} graphs merged), {graph.Nodes.Count} entities, "
            + $"{graph.Edges.Sum(e => e.Count)} relations ({graph.Edges.Count} edges), {reporter.Skipped} skipped, {reporter.Warnings} warnings "
            + $"-> {string.Join(", ", written)}");
        return reporter.Skipped == 0 ? ExitCodes.Ok : ExitCodes.InputSkipped;
    }

    // The files this run will write, so a folder search does not read them back in.
    private HashSet<string> OutputFiles(GraphFormat format)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (options.OutputPath == StandardStream) return set;
        try
        {
            if (format == GraphFormat.Csv)
            {
                var (nodes, edges) = GraphFormats.CsvPaths(options.OutputPath);
                set.Add(Path.GetFullPath(nodes));
                set.Add(Path.GetFullPath(edges));
            }
            else
            {
                set.Add(Path.GetFullPath(options.OutputPath));
            }
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // The output path is checked, with a message, when it is written.
        }
        return set;
    }

    // A file's share of the progress bar: its size, at least 1 so stdin and empty files count too.
    private static double SizeOf(InputFile file)
    {
        if (file.Path == StandardStream) return 1;
        try { return Math.Max(1, new FileInfo(file.Path).Length); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 1; }
    }

    private void ReadInput(InputFile file, ExportReporter reporter, Action<long> advance)
    {
        switch (file.Kind)
        {
            case InputKind.GraphML:
            case InputKind.GraphJson:
                // Articles before the graph are added first, so a document in both is kept from what came first.
                Flush(reporter);
                ReadGraph(file, reporter);
                break;
            case InputKind.JsonLines:
                ReadJsonLines(file, reporter, advance);
                break;
            default:
                ReadArticle(file, reporter);
                break;
        }
    }

    private void ReadArticle(InputFile file, ExportReporter reporter)
    {
        byte[] bytes;
        try
        {
            bytes = file.Path == StandardStream ? ReadAll(stdin ?? Console.OpenStandardInput()) : File.ReadAllBytes(file.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(reporter.Skip, file.Display, $"cannot read: {e.Message}");
            return;
        }
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            Report(reporter.Skip, file.Display, $"not a text file ({decoded.Detail})");
            return;
        }
        if (decoded.Decoding == TextDecoding.Windows1252Fallback)
            Report(reporter.Warn, file.Display, $"{decoded.Detail}; read as Windows-1252, so characters outside ASCII may be wrong");

        string text = decoded.Text;
        DateOnly? date = null;
        if (file.Kind is InputKind.Html or InputKind.Markdown)
        {
            var article = file.Kind == InputKind.Html ? HtmlArticleReader.Read(text) : MarkdownArticleReader.Read(text);
            text = article.Text;
            date = article.Date;
            if (article.UnreadDate is not null)
                Report(reporter.Warn, file.Display, $"date '{article.UnreadDate}' in the markup is not a yyyy-MM-dd date; {(options.Date is null ? "no date used" : "--date used")}");
        }
        Enqueue(new PendingArticle(text, file.DocumentId, date ?? options.Date, Source(file), file.Display), reporter);
    }

    private void ReadJsonLines(InputFile file, ExportReporter reporter, Action<long> advance)
    {
        var usedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            long read = 0;
            foreach (var (number, bytes) in ByteLines.Read(stream))
            {
                advance(read += bytes.Length + 1);
                string where = $"{file.Display} line {number}";
                if (number == 1 && bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..])
                {
                    // Lines are split at the byte 0x0A, which in UTF-16/32 is half a character.
                    Report(reporter.Skip, file.Display, "JSON Lines must be UTF-8, and this file starts with a UTF-16 or UTF-32 byte order mark");
                    return;
                }
                var decoded = TextDecoder.Decode(bytes);
                if (decoded.Text is null)
                {
                    if (number == 1)
                    {
                        // A binary file would otherwise give one message per "line".
                        Report(reporter.Skip, file.Display, $"not a text file ({decoded.Detail} on line 1)");
                        return;
                    }
                    Report(reporter.Skip, where, $"not text ({decoded.Detail})");
                    continue;
                }
                if (decoded.Decoding == TextDecoding.Windows1252Fallback)
                    Report(reporter.Warn, where, "not valid UTF-8; read as Windows-1252, so characters outside ASCII may be wrong");
                if (string.IsNullOrWhiteSpace(decoded.Text)) continue;
                var line = JsonLinesReader.Parse(decoded.Text, number);
                if (!line.IsGood)
                {
                    Report(reporter.Skip, where, line.Error!);
                    continue;
                }
                string id = $"{file.DocumentId}#{line.DocumentId}";
                if (usedAt.TryGetValue(id, out int first))
                {
                    Report(reporter.Skip, where, $"id '{line.DocumentId}' was already used on line {first}");
                    continue;
                }
                usedAt.Add(id, number);
                Enqueue(new PendingArticle(line.Text!, id, line.Date ?? options.Date, Source(file), where), reporter);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(reporter.Skip, file.Display, $"cannot read (the lines before the failure are kept): {e.Message}");
        }
    }

    private static string Source(InputFile file) => file.Path == StandardStream ? "stdin" : file.Path;

    // Reports now when nothing is waiting, else after the waiting articles' own messages.
    private void Report(Action<string, string> report, string where, string message)
    {
        if (_pending.Count == 0) report(where, message);
        else _pending.Add(new PendingArticle("", "", null, "", where, () => report(where, message)));
    }

    private void Enqueue(PendingArticle article, ExportReporter reporter)
    {
        _pending.Add(article);
        if (_pending.Count >= Math.Max(1, options.Threads) * ArticlesPerThread) Flush(reporter);
    }

    // Processes the waiting articles on up to options.Threads threads, then adds them to the graph and reports
    // their problems strictly in input order, whatever order the threads finished in.
    private void Flush(ExportReporter reporter)
    {
        if (_pending.Count == 0) return;
        var documents = new Document?[_pending.Count];
        var errors = new string?[_pending.Count];
        void ProcessOne(int i)
        {
            var a = _pending[i];
            if (a.Message is not null) return;
            try
            {
                documents[i] = _pipeline.Process(a.Text, a.Id, a.Date, a.Source);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug in a stage must not cost the user the rest of the corpus: report it like a bad input.
                errors[i] = $"processing failed ({e.GetType().Name}: {e.Message})";
            }
        }
        if (options.Threads <= 1 || _pending.Count == 1)
        {
            for (int i = 0; i < _pending.Count; i++) ProcessOne(i);
        }
        else
        {
            Parallel.For(0, _pending.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, ProcessOne);
        }

        for (int i = 0; i < _pending.Count; i++)
        {
            if (_pending[i].Message is { } message)
            {
                message();
                continue;
            }
            if (errors[i] is { } error)
            {
                reporter.Skip(_pending[i].Where, error);
                continue;
            }
            try
            {
                _builder.Add(documents[i]!);
                _articles++;
            }
            catch (ArgumentException e)
            {
                reporter.Skip(_pending[i].Where, e.Message.Split(" (Parameter")[0]);
            }
        }
        _pending.Clear();
    }

    private void ReadGraph(InputFile file, ExportReporter reporter)
    {
        EntityRelationGraph graph;
        try
        {
            using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            graph = file.Kind == InputKind.GraphML
                ? GraphMLReader.Read(stream, file.Path)
                : NodeLinkJsonReader.Read(stream, file.Path);
        }
        catch (GraphFormatException e)
        {
            string where = e.LineNumber > 0 ? $"{file.Display} line {e.LineNumber}, position {e.LinePosition}" : file.Display;
            string what = file.Kind == InputKind.GraphML ? "not a GraphML graph written by this tool" : "not a node-link JSON graph written by this tool";
            Report(reporter.Skip, where, $"{what}: {e.Reason}");
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(reporter.Skip, file.Display, $"cannot read: {e.Message}");
            return;
        }
        try
        {
            _builder.Add(graph);
        }
        catch (ArgumentException e)
        {
            Report(reporter.Skip, file.Display, e.Message.Split(" (Parameter")[0]);
            return;
        }
        _graphs++;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string Shorten(string id) => id.Length <= 40 ? Markup.Escape(id) : Markup.Escape("…" + id[^39..]);

    private int Fail(int code, string message)
    {
        stderr.WriteLine(message);
        return code;
    }

    private IAnsiConsole CreateConsole(bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stderr),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Logs and CI: a width that does not depend on a terminal that is not there.
            console.Profile.Width = 100;
        }
        return console;
    }

    // A progress bar only helps a person watching a terminal; in CI, pipes and tests it would be noise.
    private static bool IsInteractive(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
}

/// <summary>What <c>export</c> reads and writes.</summary>
/// <param name="Inputs">Files, folders and <c>-</c>, as typed.</param>
/// <param name="OutputPath">The file to write, or <c>-</c> for stdout.</param>
/// <param name="Format">The format, or <c>null</c> to take it from <paramref name="OutputPath"/>'s extension.</param>
/// <param name="Date">The date of every article that does not carry its own.</param>
/// <param name="Threads">Threads that process articles; the graph, the messages and their order do not depend on it.</param>
public sealed record ExportOptions(IReadOnlyList<string> Inputs, string OutputPath, GraphFormat? Format = null, DateOnly? Date = null, int Threads = 1);
