using EntityGraph.Documents;

namespace EntityGraph.Graphs;

/// <summary>The relations gathered for one <see cref="EdgeKey"/> so far; mutable, builder-private.</summary>
internal sealed class EdgeAccumulator
{
    private readonly List<(Evidence Evidence, double Confidence)> _items = [];

    public void Add(Relation relation) => _items.Add((relation.Evidence, relation.Confidence));

    public GraphEdge ToEdge(EdgeKey key, GraphNode source, GraphNode target)
    {
        // Sort first, then sum: floating-point addition is not associative, and the weight must not
        // depend on the order documents were added.
        var items = _items.ToArray();
        Array.Sort(items, Compare);
        double weight = 0, confidence = 0;
        var evidence = new Evidence[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            weight += items[i].Confidence;
            confidence = Math.Max(confidence, items[i].Confidence);
            evidence[i] = items[i].Evidence;
        }
        return new GraphEdge(source, target, key.Type, key.Category, key.Negated, weight, confidence, evidence);
    }

    private static int Compare((Evidence Evidence, double Confidence) x, (Evidence Evidence, double Confidence) y)
    {
        var a = x.Evidence;
        var b = y.Evidence;
        int c = string.CompareOrdinal(a.DocumentId, b.DocumentId);
        if (c == 0) c = a.SentenceIndex.CompareTo(b.SentenceIndex);
        if (c == 0) c = a.Span.Start.CompareTo(b.Span.Start);
        if (c == 0) c = a.Span.Length.CompareTo(b.Span.Length);
        if (c == 0) c = string.CompareOrdinal(a.SentenceText, b.SentenceText);
        if (c == 0) c = x.Confidence.CompareTo(y.Confidence);
        return c;
    }
}
