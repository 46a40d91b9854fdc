namespace EntityGraph.Graphs;

/// <summary>The relations gathered for one <see cref="EdgeKey"/> so far; mutable, builder-private.</summary>
internal sealed class EdgeAccumulator
{
    private readonly List<EdgeEvidence> _items = [];

    public void Add(EdgeEvidence item) => _items.Add(item);

    public void AddRange(IEnumerable<EdgeEvidence> items) => _items.AddRange(items);

    public GraphEdge ToEdge(EdgeKey key, GraphNode source, GraphNode target)
    {
        // Sort first, then sum (in the edge): floating-point addition is not associative, and the weight must
        // not depend on the order documents or graphs were added. The order is total, so the sorted list is
        // the same list whatever the input order.
        var items = _items.ToArray();
        Array.Sort(items, EdgeEvidence.Compare);
        return new GraphEdge(source, target, key.Type, key.Category, key.Negated, items);
    }
}
