namespace EntityGraph.Recognition.Perceptron;

/// <summary>A labelled run of tokens, as read from or written to a tag sequence.</summary>
/// <param name="Start">0-based index of the first token.</param>
/// <param name="Length">Number of tokens, at least one.</param>
/// <param name="Label">The entity label without a position prefix, e.g. <c>PER</c> or <c>politicalparty</c>.</param>
public readonly record struct LabeledSpan(int Start, int Length, string Label)
{
    /// <summary>Index just past the last token (exclusive).</summary>
    public int End => Start + Length;
}
