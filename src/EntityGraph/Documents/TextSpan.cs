namespace EntityGraph.Documents;

/// <summary>
/// A half-open range of UTF-16 code units in a document's text: <see cref="Start"/> is 0-based and
/// inclusive, <see cref="End"/> is exclusive. The one span type used by every layer.
/// </summary>
/// <param name="Start">0-based offset of the first character.</param>
/// <param name="Length">Number of characters, never negative.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>Whether the span has no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from a start and an exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
