namespace EntityGraph.Documents;

/// <summary>
/// A typed, evidenced relation between two entities of the same document.
/// </summary>
/// <param name="Source">Id of the acting entity.</param>
/// <param name="Target">Id of the entity acted upon.</param>
/// <param name="Type">The relation kind, e.g. <c>co-mention</c>, <c>interaction</c>, <c>leader-of</c>.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
/// <param name="Evidence">The sentence that supports the relation.</param>
public sealed record Relation(
    string Source,
    string Target,
    string Type,
    double Confidence,
    Evidence Evidence)
{
    /// <summary>PLOVER category for interaction relations (e.g. <c>SANCTION</c>), else <c>null</c>.</summary>
    public string? Category { get; init; }

    /// <summary>CAMEO event code, kept as a string (<c>"010"</c> ≠ <c>"10"</c>), when known.</summary>
    public string? Cameo { get; init; }

    /// <summary>Quad class 1–4 (verbal/material cooperation, verbal/material conflict), when known.</summary>
    public int? QuadClass { get; init; }

    /// <summary>Goldstein score in [-10, 10], when known.</summary>
    public double? Goldstein { get; init; }

    /// <summary>Whether the text negates the relation ("did not criticise").</summary>
    public bool Negated { get; init; }
}

/// <summary>Where a relation is attested.</summary>
/// <param name="DocumentId">Id of the document, if it has one.</param>
/// <param name="SentenceIndex">0-based index of the sentence in the document.</param>
/// <param name="Span">The characters that express the relation (inside the sentence).</param>
/// <param name="SentenceText">The sentence's text, verbatim.</param>
public sealed record Evidence(string? DocumentId, int SentenceIndex, TextSpan Span, string SentenceText);
