namespace EntityGraph.Graphs;

/// <summary>
/// Counts how often each value was seen and picks the winner in an order-independent way: the most
/// frequent value, ties broken by <paramref name="comparer"/> (smallest wins). A graph built from the same
/// documents in any order therefore names its nodes the same way.
/// </summary>
internal sealed class Votes<T>(IComparer<T> comparer) where T : notnull
{
    private readonly Dictionary<T, int> _counts = [];

    public void Add(T value) => _counts[value] = _counts.GetValueOrDefault(value) + 1;

    public bool IsEmpty => _counts.Count == 0;

    public T Winner()
    {
        if (_counts.Count == 0) throw new InvalidOperationException("No value was voted for.");
        using var e = _counts.GetEnumerator();
        e.MoveNext();
        var (best, bestCount) = e.Current;
        while (e.MoveNext())
        {
            var (value, count) = e.Current;
            if (count > bestCount || (count == bestCount && comparer.Compare(value, best) < 0))
                (best, bestCount) = (value, count);
        }
        return best;
    }

    public T? WinnerOrDefault() => IsEmpty ? default : Winner();
}
