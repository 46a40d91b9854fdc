using EntityGraph.Documents;

namespace EntityGraph.Graphs;

/// <summary>
/// One relation aggregated into a <see cref="GraphEdge"/>: where it is attested and the facts that vary from
/// one piece of evidence to the next (confidence, the document's date, Goldstein score, quad class, CAMEO
/// code). The edge's summary values (<see cref="GraphEdge.Weight"/>, <see cref="GraphEdge.MeanGoldstein"/>,
/// <see cref="GraphEdge.FirstSeen"/>, …) are all computed from these, which is what lets graphs merge
/// exactly, and lets queries filter an edge by date or chart a dyad over time. Immutable.
/// </summary>
/// <param name="Evidence">Where the relation is attested (document id, sentence, span, sentence text).</param>
/// <param name="Confidence">The relation's confidence, in [0, 1].</param>
public sealed record EdgeEvidence(Evidence Evidence, double Confidence)
{
    /// <summary>The publication date of the document the relation comes from, when it had one.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The relation's Goldstein score in [-10, 10] (negative is conflict), when known.</summary>
    public double? Goldstein { get; init; }

    /// <summary>The relation's quad class 1–4 (verbal/material cooperation, verbal/material conflict), when known.</summary>
    public int? QuadClass { get; init; }

    /// <summary>The relation's CAMEO event code as a string (<c>"010"</c> ≠ <c>"10"</c>), when known.</summary>
    public string? Cameo { get; init; }

    /// <summary>The id of the document the relation comes from (shortcut for <c>Evidence.DocumentId</c>).</summary>
    public string? DocumentId => Evidence.DocumentId;

    /// <summary>
    /// The evidence order of an edge: document id, sentence index, span, sentence text, then every other
    /// field. Total — two items that compare equal are identical in every exported value — so an edge's
    /// evidence, and the sums over it, do not depend on the order documents or graphs were added.
    /// </summary>
    internal static int Compare(EdgeEvidence x, EdgeEvidence y)
    {
        var a = x.Evidence;
        var b = y.Evidence;
        int c = string.CompareOrdinal(a.DocumentId, b.DocumentId);
        if (c == 0) c = a.SentenceIndex.CompareTo(b.SentenceIndex);
        if (c == 0) c = a.Span.Start.CompareTo(b.Span.Start);
        if (c == 0) c = a.Span.Length.CompareTo(b.Span.Length);
        if (c == 0) c = string.CompareOrdinal(a.SentenceText, b.SentenceText);
        if (c == 0) c = CompareExactly(x.Confidence, y.Confidence);
        if (c == 0) c = Nullable.Compare(x.Date, y.Date);
        if (c == 0) c = x.Goldstein is { } g1 ? (y.Goldstein is { } g2 ? CompareExactly(g1, g2) : 1) : (y.Goldstein is null ? 0 : -1);
        if (c == 0) c = Nullable.Compare(x.QuadClass, y.QuadClass);
        if (c == 0) c = string.CompareOrdinal(x.Cameo, y.Cameo);
        return c;
    }

    // CompareTo calls 0.0 and -0.0 equal, yet they print differently; the bits settle it.
    private static int CompareExactly(double a, double b)
    {
        int c = a.CompareTo(b);
        return c != 0 ? c : BitConverter.DoubleToInt64Bits(a).CompareTo(BitConverter.DoubleToInt64Bits(b));
    }
}
