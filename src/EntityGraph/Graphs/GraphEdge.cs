using System.Collections;
using EntityGraph.Documents;
using QuikGraph;

namespace EntityGraph.Graphs;

/// <summary>
/// Every relation of one kind from one entity to another, aggregated across documents: one edge per
/// (source, target, type, category, negated). Immutable.
/// </summary>
/// <remarks>
/// The edge keeps each aggregated relation as an <see cref="EdgeEvidence"/> (<see cref="Items"/>), and every
/// summary value — <see cref="Count"/>, <see cref="Weight"/>, <see cref="Confidence"/>,
/// <see cref="MeanGoldstein"/>, <see cref="QuadClass"/>, <see cref="Cameo"/>, <see cref="FirstSeen"/>,
/// <see cref="LastSeen"/> — is computed from them in their canonical order. Merging graphs therefore only has
/// to pool the items, and floating-point sums come out bit for bit the same whatever the order of merging.
/// </remarks>
public sealed class GraphEdge : IEdge<GraphNode>
{
    internal GraphEdge(GraphNode source, GraphNode target, string type, string? category, bool negated,
        IReadOnlyList<EdgeEvidence> items)
    {
        Source = source;
        Target = target;
        Type = type;
        Category = category;
        Negated = negated;
        Items = items;
        Evidence = new EvidenceView(items);

        // In list order: the builder sorts the items, readers keep the file's order (which is that order).
        double weight = 0, confidence = 0, goldstein = 0;
        int goldsteinCount = 0;
        Span<int> quads = stackalloc int[5];
        Votes<string>? cameos = null; // most edges (co-mentions, ties) have no CAMEO code: no table for them
        DateOnly? first = null, last = null;
        foreach (var item in items)
        {
            weight += item.Confidence;
            confidence = Math.Max(confidence, item.Confidence);
            if (item.Goldstein is { } g) { goldstein += g; goldsteinCount++; }
            if (item.QuadClass is >= 1 and <= 4) quads[item.QuadClass.Value]++;
            if (item.Cameo is { } cameo) (cameos ??= new Votes<string>(StringComparer.Ordinal)).Add(cameo);
            if (item.Date is { } d)
            {
                if (first is null || d < first) first = d;
                if (last is null || d > last) last = d;
            }
        }
        Weight = weight;
        Confidence = confidence;
        MeanGoldstein = goldsteinCount == 0 ? null : goldstein / goldsteinCount;
        int bestQuad = 0;
        for (int q = 1; q <= 4; q++)
            if (quads[q] > (bestQuad == 0 ? 0 : quads[bestQuad])) bestQuad = q; // strictly more: ties keep the smaller class
        QuadClass = bestQuad == 0 ? null : bestQuad;
        Cameo = cameos is null ? null : Votes<string>.WinnerOrDefault(cameos.Snapshot(), StringComparer.Ordinal);
        FirstSeen = first;
        LastSeen = last;
    }

    /// <summary>The acting entity (for symmetric types such as <c>co-mention</c>, the one whose id sorts first).</summary>
    public GraphNode Source { get; }

    /// <summary>The entity acted upon.</summary>
    public GraphNode Target { get; }

    /// <summary>The relation kind, e.g. <c>co-mention</c>.</summary>
    public string Type { get; }

    /// <summary>PLOVER category for interaction relations, else <c>null</c>.</summary>
    public string? Category { get; }

    /// <summary>
    /// Whether the aggregated relations are negated ("did not criticise"). Negated and affirmed relations
    /// never share an edge: adding them up would turn a denial into support.
    /// </summary>
    public bool Negated { get; }

    /// <summary>Number of relations aggregated into this edge (one per piece of evidence).</summary>
    public int Count => Items.Count;

    /// <summary>
    /// The sum of the aggregated relations' confidences (summed in <see cref="Items"/> order): grows with the
    /// amount of evidence, but a weak co-mention adds less than a confident event.
    /// </summary>
    public double Weight { get; }

    /// <summary>The highest confidence of any aggregated relation, in [0, 1]; 0 for an edge without evidence.</summary>
    public double Confidence { get; }

    /// <summary>
    /// The mean Goldstein score (in [-10, 10]; negative is conflict) over the aggregated relations that have
    /// one; <c>null</c> when none has.
    /// </summary>
    public double? MeanGoldstein { get; }

    /// <summary>
    /// The quad class (1–4) of the aggregated relations: the one they all share, or when they disagree the
    /// most common, ties to the smaller class; <c>null</c> when none has one.
    /// </summary>
    public int? QuadClass { get; }

    /// <summary>
    /// The CAMEO code of the aggregated relations: the most common, ties to the ordinally smallest;
    /// <c>null</c> when none has one. Per-relation codes are in <see cref="Items"/>.
    /// </summary>
    public string? Cameo { get; }

    /// <summary>The earliest document date of the evidence; <c>null</c> when no evidence comes from a dated document.</summary>
    public DateOnly? FirstSeen { get; }

    /// <summary>The latest document date of the evidence; <c>null</c> when no evidence comes from a dated document.</summary>
    public DateOnly? LastSeen { get; }

    /// <summary>
    /// Each aggregated relation with its own confidence, date, Goldstein score, quad class and CAMEO code,
    /// sorted by document id, sentence index, span, text, then the other fields (see <see cref="EdgeEvidence"/>),
    /// so the order does not depend on the order documents were added.
    /// </summary>
    public IReadOnlyList<EdgeEvidence> Items { get; }

    /// <summary>
    /// Where each aggregated relation is attested, in the order of <see cref="Items"/> (a view of their
    /// <see cref="EdgeEvidence.Evidence"/>).
    /// </summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Source.Id} -[{(Negated ? "not " : "")}{Category ?? Type} ×{Count}]-> {Target.Id}";

    private sealed class EvidenceView(IReadOnlyList<EdgeEvidence> items) : IReadOnlyList<Evidence>
    {
        public Evidence this[int index] => items[index].Evidence;

        public int Count => items.Count;

        public IEnumerator<Evidence> GetEnumerator()
        {
            foreach (var item in items) yield return item.Evidence;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
