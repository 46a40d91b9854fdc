using System.Text;
using EntityGraph.Documents;
using EntityGraph.Export;

namespace EntityGraph.Exporter;

/// <summary>
/// One run of <c>extract</c>: JSON Lines of articles in, one JSON line per article out, same order. Streams:
/// lines are read, processed and written a small batch at a time, so memory does not grow with the input.
/// A bad line is reported on <c>stderr</c> with its line number and skipped; the run goes on. Output to a
/// file goes to a temporary file beside it, moved into place only when the whole input has been read, so a
/// failed run never leaves a half-written file where a good one used to be.
/// </summary>
/// <param name="input">The JSON Lines file, or <c>-</c> for standard input.</param>
/// <param name="outputPath">The file to write, or <c>-</c> for <paramref name="stdout"/>.</param>
/// <param name="stdin">Standard input (read only when <paramref name="input"/> is <c>-</c>); <c>null</c> for
/// the process's own, read as UTF-8.</param>
/// <param name="stdout">Where the output goes when <paramref name="outputPath"/> is <c>-</c>.</param>
/// <param name="stderr">Where messages and the summary go.</param>
/// <param name="parallelism">Threads that process articles; output order and content do not depend on it.</param>
public sealed class ExtractRun(string input, string outputPath, TextReader? stdin, TextWriter stdout, TextWriter stderr, int parallelism = 1)
{
    /// <summary>The name that means standard input or output.</summary>
    public const string StandardStream = "-";

    // Enough lines per batch to keep every thread busy, few enough that memory stays small.
    private const int LinesPerThread = 8;

    /// <summary>Runs the extraction.</summary>
    /// <returns><see cref="ExitCodes.Ok"/>, <see cref="ExitCodes.LinesSkipped"/>, or an error
    /// code from <see cref="ExitCodes"/>.</returns>
    public int Execute()
    {
        bool fromStdin = input == StandardStream;
        string inputName = fromStdin ? "stdin" : input;
        TextReader reader;
        if (fromStdin)
        {
            reader = stdin ?? new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        }
        else
        {
            var problem = OpenInput(out reader);
            if (problem is not null) return Fail(ExitCodes.InputError, problem);
        }

        using var inputOwner = fromStdin && stdin is not null ? null : reader;
        var target = OpenOutput(out var writer, out var temp, out var full);
        if (target is not null) return Fail(ExitCodes.OutputError, target);

        Counts counts;
        try
        {
            counts = Process(reader, writer);
        }
        catch (ReadFailure e)
        {
            Discard(writer, temp);
            return Fail(ExitCodes.InputError, $"error: cannot read '{inputName}': {e.InnerException!.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Discard(writer, temp);
            return Fail(ExitCodes.OutputError, $"error: cannot write '{outputPath}': {e.Message}");
        }

        try
        {
            if (temp is null)
            {
                writer.Flush();
                if (!ReferenceEquals(writer, stdout)) writer.Dispose();
            }
            else
            {
                writer.Dispose();
                File.Move(temp, full!, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Discard(writer, temp);
            return Fail(ExitCodes.OutputError, $"error: cannot write '{outputPath}': {e.Message}");
        }

        stderr.WriteLine(
            $"{counts.Documents} documents, {counts.Entities} entities, {counts.Relations} relations, {counts.Skipped} lines skipped -> {(temp is null ? "stdout" : outputPath)}");
        return counts.Skipped == 0 ? ExitCodes.Ok : ExitCodes.LinesSkipped;
    }

    private readonly record struct Counts(int Documents, int Entities, int Relations, int Skipped);

    // Thrown when the input fails mid-way, to tell a read error from a write error (both are IOExceptions).
    private sealed class ReadFailure(Exception inner) : Exception(inner.Message, inner);

    private Counts Process(TextReader reader, TextWriter writer)
    {
        var pipeline = Pipeline.CreateDefault();
        int threads = Math.Max(1, parallelism);
        int batchSize = threads == 1 ? 1 : threads * LinesPerThread;
        var batch = new List<JsonLine>(batchSize);
        var results = new Document?[batchSize];
        int documents = 0, entities = 0, relations = 0, skipped = 0;

        using var json = DocumentJsonWriter.CreateWriter(writer);
        using var lines = JsonLinesReader.Read(reader).GetEnumerator();
        while (true)
        {
            batch.Clear();
            try
            {
                while (batch.Count < batchSize && lines.MoveNext()) batch.Add(lines.Current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                throw new ReadFailure(e);
            }
            if (batch.Count == 0) break;

            var errors = new string?[batch.Count];
            void ProcessOne(int i)
            {
                var line = batch[i];
                if (!line.IsGood) return;
                try
                {
                    results[i] = pipeline.Process(line.Text!, line.DocumentId, line.Date);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A bug in a stage must not cost the user the rest of the file: report it like a bad line.
                    errors[i] = $"processing failed ({e.GetType().Name}: {e.Message})";
                }
            }
            if (threads == 1 || batch.Count == 1) ProcessOne(0);
            else Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, ProcessOne);

            // Written strictly in input order, whatever order the threads finished in.
            for (int i = 0; i < batch.Count; i++)
            {
                var line = batch[i];
                var reason = line.Error ?? errors[i];
                if (reason is not null)
                {
                    skipped++;
                    stderr.WriteLine($"error: {DescribeInput()} line {line.LineNumber}: {reason}; line skipped.");
                    continue;
                }
                var doc = results[i]!;
                results[i] = null;
                // The JSON writer writes straight through to the text writer, so the line break lands after it.
                DocumentJsonWriter.Write(doc, json, line.Id);
                writer.Write('\n');
                documents++;
                entities += doc.Entities.Count;
                relations += doc.Relations.Count;
            }
            // A reader at the other end of a pipe sees each batch as soon as it is done.
            writer.Flush();
        }
        return new Counts(documents, entities, relations, skipped);
    }

    private string DescribeInput() => input == StandardStream ? "stdin" : $"'{input}'";

    private string? OpenInput(out TextReader reader)
    {
        reader = TextReader.Null;
        string full;
        try { full = Path.GetFullPath(input); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"error: input '{input}' is not a valid path: {e.Message}";
        }
        if (Directory.Exists(full)) return $"error: input '{input}' is a folder; give a JSON Lines file (or - for stdin).";
        if (!File.Exists(full)) return $"error: input '{input}' does not exist (full path: {full}).";
        try
        {
            reader = new StreamReader(full, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"error: cannot read '{input}': {e.Message}";
        }
    }

    private string? OpenOutput(out TextWriter writer, out string? temp, out string? full)
    {
        writer = TextWriter.Null;
        temp = full = null;
        if (outputPath == StandardStream)
        {
            // Console.Out flushes on every write, which would mean a system call per JSON token.
            writer = ReferenceEquals(stdout, Console.Out)
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
                : stdout;
            return null;
        }
        try
        {
            full = Path.GetFullPath(outputPath);
            temp = full + ".tmp-" + Environment.ProcessId;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"error: output '{outputPath}' is not a valid path: {e.Message}";
        }
        if (Directory.Exists(full)) return $"error: output '{outputPath}' is a folder; give a file name such as out.jsonl.";
        try
        {
            writer = new StreamWriter(new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None), new UTF8Encoding(false), 1 << 16);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"error: cannot write '{outputPath}': {e.Message}";
        }
    }

    private void Discard(TextWriter writer, string? temp)
    {
        if (temp is null)
        {
            // Standard output: what was written is gone already; make sure it is at least complete lines.
            try { writer.Flush(); } catch (IOException) { }
            return;
        }
        // Best effort: if the temporary file cannot be removed either, the caller's message matters more.
        try { writer.Dispose(); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private int Fail(int code, string message)
    {
        stderr.WriteLine(message);
        return code;
    }
}
