namespace EntityGraph.Tokenization;

/// <summary>One entry of a tokenizer data file and where it came from, for error messages.</summary>
/// <param name="Text">The entry, without surrounding white space or comment.</param>
/// <param name="Line">1-based line number in the file.</param>
internal readonly record struct LexiconEntry(string Text, int Line);

/// <summary>
/// Reads the tokenizer's plain-text data files: one entry per line, <c>#</c> starts a comment (at the start of
/// a line or after white space), blank lines are ignored. Every problem is reported with the resource name
/// and the 1-based line number.
/// </summary>
internal static class LexiconFile
{
    /// <summary>Reads the entries of <paramref name="reader"/>.</summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="resourceName">The name used in error messages (the embedded resource's name).</param>
    /// <exception cref="InvalidDataException">A line holds more than one entry.</exception>
    public static List<LexiconEntry> Read(TextReader reader, string resourceName)
    {
        var entries = new List<LexiconEntry>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var content = StripComment(line).Trim();
            if (content.IsEmpty) continue;
            if (content.IndexOfAny(' ', '\t') >= 0)
                throw Error(resourceName, lineNumber, $"one entry per line expected, found '{content}'");
            entries.Add(new LexiconEntry(content.ToString(), lineNumber));
        }
        return entries;
    }

    /// <summary>Builds the exception for a bad entry, naming resource and line.</summary>
    public static InvalidDataException Error(string resourceName, int line, string problem) =>
        new($"{resourceName}, line {line}: {problem}.");

    private static ReadOnlySpan<char> StripComment(string line)
    {
        // '#' opens a comment only at the start or after white space, so a future entry may contain '#'.
        for (int k = 0; k < line.Length; k++)
            if (line[k] == '#' && (k == 0 || char.IsWhiteSpace(line[k - 1])))
                return line.AsSpan(0, k);
        return line;
    }
}
