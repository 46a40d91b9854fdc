namespace EntityGraph.Export;

/// <summary>
/// A graph file could not be read: it is malformed, or it is not a graph this library wrote. The message
/// names the source, the line and the position, so the bad spot can be found in an editor.
/// </summary>
public sealed class GraphFormatException : Exception
{
    /// <summary>Creates the exception; the message is prefixed with the source name and position.</summary>
    /// <param name="source">What was being read (a file path, or a description such as <c>(stream)</c>).</param>
    /// <param name="lineNumber">1-based line number, or 0 when unknown.</param>
    /// <param name="linePosition">1-based position in the line, in UTF-16 characters, or 0 when unknown.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The reader's own exception, if any.</param>
    public GraphFormatException(string source, int lineNumber, int linePosition, string message, Exception? inner = null)
        : base(Format(source, lineNumber, linePosition, message), inner)
    {
        SourceName = source;
        LineNumber = lineNumber;
        LinePosition = linePosition;
        Reason = message;
    }

    /// <summary>What was being read: a file path, or a description such as <c>(stream)</c>.</summary>
    public string SourceName { get; }

    /// <summary>1-based line number of the problem, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>1-based position of the problem in its line, counted in UTF-16 characters, or 0 when unknown.</summary>
    public int LinePosition { get; }

    /// <summary>What is wrong, without the source and position prefix.</summary>
    public string Reason { get; }

    private static string Format(string source, int line, int position, string message) =>
        line > 0 ? $"{source}, line {line}, position {position}: {message}" : $"{source}: {message}";
}
