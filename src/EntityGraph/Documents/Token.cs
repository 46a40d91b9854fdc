namespace EntityGraph.Documents;

/// <summary>
/// One token: a span of the document's text plus what the tokenizer learned about it. The text itself is
/// never rewritten; a normalised form (straight apostrophes, hyphens for en dashes) is kept beside it.
/// </summary>
public readonly struct Token : IEquatable<Token>
{
    /// <summary>Creates a token.</summary>
    /// <param name="span">Where the token lies in the text.</param>
    /// <param name="kind">What the token is.</param>
    /// <param name="spaceAfter">Whether white space follows the token in the text.</param>
    /// <param name="normalized">The normalised form, or <c>null</c> when it equals the text.</param>
    public Token(TextSpan span, TokenKind kind, bool spaceAfter, string? normalized = null)
    {
        Span = span;
        Kind = kind;
        SpaceAfter = spaceAfter;
        Normalized = normalized;
    }

    /// <summary>Where the token lies in the text (half-open).</summary>
    public TextSpan Span { get; }

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>Whether at least one white-space character follows the token.</summary>
    public bool SpaceAfter { get; }

    /// <summary>
    /// The normalised form when it differs from the text (curly → straight apostrophe and quotes,
    /// en/em dash → hyphen), otherwise <c>null</c>; use <see cref="NormalizedText"/> to always get a string.
    /// </summary>
    public string? Normalized { get; }

    /// <summary>Offset of the first character.</summary>
    public int Start => Span.Start;

    /// <summary>Offset just past the last character.</summary>
    public int End => Span.End;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> TextIn(string text) => Span.Slice(text);

    /// <summary>The normalised form, falling back to the original characters of <paramref name="text"/>.</summary>
    public string NormalizedText(string text) => Normalized ?? text.Substring(Span.Start, Span.Length);

    /// <inheritdoc />
    public bool Equals(Token other) =>
        Span == other.Span && Kind == other.Kind && SpaceAfter == other.SpaceAfter && Normalized == other.Normalized;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Token t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Span, Kind, SpaceAfter, Normalized);

    /// <inheritdoc />
    public override string ToString() => $"{Kind}{Span}";
}
