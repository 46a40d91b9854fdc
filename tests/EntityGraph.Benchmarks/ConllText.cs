namespace EntityGraph.Benchmarks;

/// <summary>
/// CoNLL-2003 train tokens joined back into running text: tokens separated by a space, sentences by a
/// newline, <c>-DOCSTART-</c> lines skipped. The corpus is read at run time from a path and is never part
/// of the repository.
/// </summary>
internal static class ConllText
{
    /// <summary>Environment variable that overrides where train.txt is looked for.</summary>
    public const string PathVariable = "ENTITYGRAPH_CONLL";

    private static readonly Lazy<string[][]> Sentences = new(() => ReadSentences(FindTrainFile()));

    /// <summary>All sentences of the train split, each an array of tokens.</summary>
    public static string[][] AllSentences => Sentences.Value;

    /// <summary>
    /// The path of train.txt: <see cref="PathVariable"/> if set, otherwise <c>shared/data/conll2003/train.txt</c>
    /// in the nearest directory above the working directory (or the assembly) that has it — which finds
    /// <c>../shared</c> beside the repository.
    /// </summary>
    /// <exception cref="FileNotFoundException">Neither place has the file (the message says how to fix it).</exception>
    public static string FindTrainFile()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path)
        {
            if (File.Exists(path)) return path;
            throw new FileNotFoundException($"{PathVariable} is set to '{path}', but there is no such file.", path);
        }
        try
        {
            return SharedFiles.Find(Path.Combine("shared", "data", "conll2003", "train.txt"));
        }
        catch (FileNotFoundException e)
        {
            throw new FileNotFoundException($"CoNLL-2003 train.txt not found. {e.Message} Or set {PathVariable} to the file's path.", e.FileName, e);
        }
    }

    /// <summary>
    /// Sets <see cref="PathVariable"/> for this process and its children when it is not set and the file can be
    /// found from here. BenchmarkDotNet runs each benchmark in a child process built in another directory (e.g.
    /// under an artifacts path), from which walking up may never reach <c>../shared</c>.
    /// </summary>
    public static void ExportPathForChildProcesses()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 }) return;
        try
        {
            Environment.SetEnvironmentVariable(PathVariable, FindTrainFile());
        }
        catch (FileNotFoundException)
        {
            // Left unset: a benchmark that needs the corpus reports where it looked and how to fix it.
        }
    }

    /// <summary>The first <paramref name="count"/> sentences (all when larger) as running text.</summary>
    public static string Text(int count) =>
        string.Join('\n', AllSentences.Take(count).Select(words => string.Join(' ', words)));

    private static string[][] ReadSentences(string path)
    {
        var sentences = new List<string[]>();
        var words = new List<string>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0) sentences.Add([.. words]);
                words.Clear();
                continue;
            }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) continue;
            int space = line.IndexOf(' ');
            if (space <= 0) throw new InvalidDataException($"{path}, line {lineNumber}: expected 'token POS chunk NER'.");
            words.Add(line[..space]);
        }
        if (words.Count > 0) sentences.Add([.. words]);
        return [.. sentences];
    }
}
