namespace EntityGraph.Exporter;

/// <summary>One input to read: where it is, the document id it gives, and how to read it.</summary>
/// <param name="Path">The full path of the file, or <c>-</c> for standard input.</param>
/// <param name="DocumentId">The path relative to the folder given on the command line (with <c>/</c>
/// separators on every platform, so ids do not depend on the machine), the file name for a file given
/// directly, or <c>stdin</c>. A JSON Lines file's articles get <c>&lt;this id&gt;#&lt;line id&gt;</c>.</param>
/// <param name="Kind">How the file is read.</param>
public sealed record InputFile(string Path, string DocumentId, InputKind Kind)
{
    /// <summary>How messages name the input: its path in quotes, or <c>stdin</c>.</summary>
    public string Display => Path == ExportRun.StandardStream ? "stdin" : $"'{Path}'";
}

/// <summary>Turns the command line's inputs into the list of files to read, or a message saying what is wrong.</summary>
public static class InputFiles
{
    /// <summary>
    /// Lists the inputs: each file as given (read by its extension, as plain text when the extension is not
    /// one of <see cref="InputKinds.Description"/>), <c>-</c> as standard input, and every file with a known
    /// extension under each folder (recursively, in ordinal order of relative path, so runs are
    /// reproducible; hidden files and folders are passed by). A file reached twice is listed once.
    /// </summary>
    /// <param name="inputs">Files, folders and <c>-</c>, as typed.</param>
    /// <param name="exclude">Full paths a folder search passes by: the output file(s), so that exporting into
    /// the corpus folder does not read the previous output back in (naming it directly still reads it).</param>
    /// <param name="files">The inputs, when the result is <c>null</c>.</param>
    /// <returns><c>null</c> on success, else an error message that names the offending path. A missing path,
    /// a folder with nothing to read or two files with one document id are errors: they are mistakes on the
    /// command line, better fixed before a long run than found missing from the graph after it.</returns>
    public static string? TryCollect(IReadOnlyList<string> inputs, IReadOnlyCollection<string> exclude, out List<InputFile> files)
    {
        files = [];
        var seenPaths = new HashSet<string>(StringComparer.Ordinal);
        var pathOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        bool stdin = false;
        foreach (var input in inputs)
        {
            if (input == ExportRun.StandardStream)
            {
                if (stdin) return "error: '-' (stdin) is given twice; it can be read only once.";
                stdin = true;
                if (pathOfId.TryGetValue("stdin", out var clash))
                    return $"error: '{clash}' and stdin would both get the document id 'stdin'.";
                pathOfId.Add("stdin", "stdin");
                files.Add(new InputFile(ExportRun.StandardStream, "stdin", InputKind.Text));
                continue;
            }

            string full;
            try { full = System.IO.Path.GetFullPath(input); }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return $"error: input '{input}' is not a valid path: {e.Message}";
            }

            List<InputFile> found;
            if (File.Exists(full))
            {
                found = [new InputFile(full, System.IO.Path.GetFileName(full), InputKinds.FromExtension(full) ?? InputKind.Text)];
            }
            else if (Directory.Exists(full))
            {
                var options = new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = false, // an unreadable subfolder is an error, not a silent gap
                    AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                };
                try
                {
                    found = [];
                    foreach (var f in Directory.EnumerateFiles(full, "*", options))
                    {
                        if (InputKinds.FromExtension(f) is not { } kind) continue;
                        if (exclude.Contains(f)) continue;
                        // Unix has no hidden attribute for folders; a dot folder (.git, .cache) is not a corpus.
                        var relative = System.IO.Path.GetRelativePath(full, f).Replace('\\', '/');
                        if (relative.StartsWith('.') || relative.Contains("/.", StringComparison.Ordinal)) continue;
                        found.Add(new InputFile(f, relative, kind));
                    }
                    found.Sort((a, b) => string.CompareOrdinal(a.DocumentId, b.DocumentId));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return $"error: cannot list folder '{input}': {e.Message}";
                }
                if (found.Count == 0)
                    return $"error: folder '{input}' contains no files to read ({InputKinds.Description}); nothing to export.";
            }
            else
            {
                return $"error: input '{input}' does not exist (full path: {full}).";
            }

            foreach (var file in found)
            {
                if (!seenPaths.Add(file.Path)) continue;
                if (file.Kind is InputKind.GraphML or InputKind.GraphJson)
                {
                    // A graph brings the ids of its own documents; its file name is not one.
                    files.Add(file);
                    continue;
                }
                if (pathOfId.TryGetValue(file.DocumentId, out var other))
                    return $"error: '{file.Path}' and '{other}' would both get the document id '{file.DocumentId}'; export them in separate runs (and merge the graphs) or from a common parent folder.";
                pathOfId.Add(file.DocumentId, file.Path);
                files.Add(file);
            }
        }
        return null;
    }
}
