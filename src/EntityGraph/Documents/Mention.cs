namespace EntityGraph.Documents;

/// <summary>
/// A stretch of tokens that names an entity, as found by one recognizer.
/// </summary>
/// <param name="Span">The characters covered (half-open).</param>
/// <param name="FirstToken">Index of the first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens, at least one.</param>
/// <param name="Type">What kind of entity is named.</param>
/// <param name="Confidence">The recognizer's confidence in [0, 1].</param>
/// <param name="Recognizer">Name of the recognizer that produced the mention.</param>
/// <param name="Key">Knowledge-base key of the entity when the recognizer knows it, which is also the entity id (<c>country:PRK</c>, <c>location:Pyongyang</c>), else <c>null</c>.</param>
public sealed record Mention(
    TextSpan Span,
    int FirstToken,
    int TokenCount,
    EntityType Type,
    double Confidence,
    string Recognizer,
    string? Key = null)
{
    /// <summary>Index just past the last token (exclusive).</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>
    /// Whether the mention names one thing to mean another: a capital used as an actor ("Pyongyang said…")
    /// stands for its country. Such a mention keeps its own <see cref="Type"/> (a place) while its
    /// <see cref="Key"/> is the entity it stands for (<c>country:PRK</c>). Set by the entity resolver.
    /// </summary>
    public bool Metonymy { get; init; }
}
