using EntityGraph.Documents;
using QuikGraph;

namespace EntityGraph.Graphs;

/// <summary>
/// Every relation of one kind from one entity to another, aggregated across documents: one edge per
/// (source, target, type, category, negated). Immutable.
/// </summary>
public sealed class GraphEdge : IEdge<GraphNode>
{
    internal GraphEdge(GraphNode source, GraphNode target, string type, string? category, bool negated,
        double weight, double confidence, IReadOnlyList<Evidence> evidence)
    {
        Source = source;
        Target = target;
        Type = type;
        Category = category;
        Negated = negated;
        Weight = weight;
        Confidence = confidence;
        Evidence = evidence;
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
    public int Count => Evidence.Count;

    /// <summary>
    /// The sum of the aggregated relations' confidences: grows with the amount of evidence, but a weak
    /// co-mention adds less than a confident event.
    /// </summary>
    public double Weight { get; }

    /// <summary>The highest confidence of any aggregated relation, in [0, 1].</summary>
    public double Confidence { get; }

    /// <summary>
    /// Where each aggregated relation is attested, sorted by document id, sentence index and span, so the
    /// order does not depend on the order documents were added.
    /// </summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Source.Id} -[{(Negated ? "not " : "")}{Category ?? Type} ×{Count}]-> {Target.Id}";
}
