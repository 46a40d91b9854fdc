namespace EntityGraph.Exporter;

/// <summary>One article to read: where it is and the document id it gets.</summary>
/// <param name="Path">The full path of the file.</param>
/// <param name="DocumentId">The path relative to the folder given on the command line (with <c>/</c>
/// separators on every platform, so ids do not depend on the machine), or the file name for a file given
/// directly.</param>
public sealed record InputFile(string Path, string DocumentId);

/// <summary>Turns the command line's inputs into the list of articles, or a message saying what is wrong.</summary>
public static class InputFiles
{
    /// <summary>The extension of article files searched for in folders.</summary>
    public const string Pattern = "*.txt";

    /// <summary>
    /// Lists the articles: each file as given, and every <c>*.txt</c> file under each folder (recursively,
    /// in ordinal order of relative path, so runs are reproducible). A file reached twice is listed once.
    /// </summary>
    /// <param name="inputs">Files and folders, as typed.</param>
    /// <param name="files">The articles, when the result is <c>null</c>.</param>
    /// <returns><c>null</c> on success, else an error message that names the offending path.</returns>
    public static string? TryCollect(IReadOnlyList<string> inputs, out List<InputFile> files)
    {
        files = [];
        var seenPaths = new HashSet<string>(StringComparer.Ordinal);
        var pathOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            string full;
            try { full = System.IO.Path.GetFullPath(input); }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return $"error: input '{input}' is not a valid path: {e.Message}";
            }

            List<InputFile> found;
            if (File.Exists(full))
            {
                found = [new InputFile(full, System.IO.Path.GetFileName(full))];
            }
            else if (Directory.Exists(full))
            {
                var options = new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = false, // an unreadable subfolder is an error, not a silent gap
                    MatchCasing = MatchCasing.CaseInsensitive,
                    AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                };
                try
                {
                    found = Directory.EnumerateFiles(full, Pattern, options)
                        .Select(f => new InputFile(f, System.IO.Path.GetRelativePath(full, f).Replace('\\', '/')))
                        .OrderBy(f => f.DocumentId, StringComparer.Ordinal)
                        .ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return $"error: cannot list folder '{input}': {e.Message}";
                }
                if (found.Count == 0)
                    return $"error: folder '{input}' contains no {Pattern} files; nothing to export.";
            }
            else
            {
                return $"error: input '{input}' does not exist (full path: {full}).";
            }

            foreach (var file in found)
            {
                if (!seenPaths.Add(file.Path)) continue;
                if (pathOfId.TryGetValue(file.DocumentId, out var other))
                    return $"error: '{file.Path}' and '{other}' would both get the document id '{file.DocumentId}'; export them in separate runs or from a common parent folder.";
                pathOfId.Add(file.DocumentId, file.Path);
                files.Add(file);
            }
        }
        return null;
    }
}
