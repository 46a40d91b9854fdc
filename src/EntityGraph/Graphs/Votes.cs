namespace EntityGraph.Graphs;

/// <summary>
/// Counts how often each value was seen and picks the winner in an order-independent way: the most
/// frequent value, ties broken by the comparer (smallest wins). A graph built from the same documents in any
/// order, or merged from parts in any grouping, therefore names its nodes the same way: the counts are plain
/// integer sums, and the winner depends only on them.
/// </summary>
internal sealed class Votes<T>(IComparer<T> comparer) where T : notnull
{
    private readonly SortedDictionary<T, int> _counts = new(comparer);

    public void Add(T value, int count = 1)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "A vote count must be positive.");
        _counts[value] = checked(_counts.GetValueOrDefault(value) + count);
    }

    public void AddAll(IReadOnlyDictionary<T, int> votes)
    {
        foreach (var (value, count) in votes) Add(value, count);
    }

    /// <summary>An immutable copy, enumerated in comparer order.</summary>
    public IReadOnlyDictionary<T, int> Snapshot() => Freeze(_counts, comparer);

    /// <summary>An immutable copy of <paramref name="votes"/>, enumerated in <paramref name="comparer"/> order.</summary>
    public static IReadOnlyDictionary<T, int> Freeze(IEnumerable<KeyValuePair<T, int>> votes, IComparer<T> comparer)
    {
        var copy = new SortedDictionary<T, int>(comparer);
        foreach (var (value, count) in votes) copy.Add(value, count);
        // Most nodes have no ISO-3 or country votes: one shared empty table instead of one per node.
        return copy.Count == 0 ? Empty : new System.Collections.ObjectModel.ReadOnlyDictionary<T, int>(copy);
    }

    private static readonly IReadOnlyDictionary<T, int> Empty = new System.Collections.ObjectModel.ReadOnlyDictionary<T, int>(new Dictionary<T, int>());

    /// <summary>The most frequent value, ties to the smallest by <paramref name="comparer"/>; default when there are no votes.</summary>
    public static T? WinnerOrDefault(IReadOnlyDictionary<T, int> votes, IComparer<T> comparer)
    {
        bool any = false;
        T? best = default;
        int bestCount = 0;
        foreach (var (value, count) in votes)
        {
            if (!any || count > bestCount || (count == bestCount && comparer.Compare(value, best!) < 0))
                (best, bestCount, any) = (value, count, true);
        }
        return best;
    }
}
