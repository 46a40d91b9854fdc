namespace EntityGraph.Knowledge;

/// <summary>
/// A knowledge file has a bad entry. The message starts with the resource name and the 1-based line
/// number, like a compiler error (<c>countries.tsv(12): …</c>), and the same facts are in
/// <see cref="ResourceName"/> and <see cref="LineNumber"/>.
/// </summary>
public sealed class KnowledgeFormatException : FormatException
{
    /// <summary>Creates the exception for a bad line.</summary>
    /// <param name="resourceName">Name of the file or embedded resource.</param>
    /// <param name="lineNumber">1-based line number of the bad entry.</param>
    /// <param name="problem">What is wrong, in a sentence.</param>
    public KnowledgeFormatException(string resourceName, int lineNumber, string problem)
        : base($"{resourceName}({lineNumber}): {problem}")
    {
        ResourceName = resourceName;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>Name of the file or embedded resource that holds the bad entry.</summary>
    public string ResourceName { get; }

    /// <summary>1-based line number of the bad entry.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong, without the location prefix.</summary>
    public string Problem { get; }
}
