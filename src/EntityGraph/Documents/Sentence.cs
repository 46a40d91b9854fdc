namespace EntityGraph.Documents;

/// <summary>
/// A sentence: a contiguous range of tokens. <see cref="Span"/> runs from the first token's start to the
/// last token's end.
/// </summary>
/// <param name="FirstToken">Index of the first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens, at least one.</param>
/// <param name="Span">The characters covered, from the first token's start to the last token's end.</param>
public readonly record struct Sentence(int FirstToken, int TokenCount, TextSpan Span)
{
    /// <summary>Index just past the last token (exclusive).</summary>
    public int EndToken => FirstToken + TokenCount;
}
