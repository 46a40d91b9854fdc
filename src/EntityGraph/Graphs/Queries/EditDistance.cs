namespace EntityGraph.Graphs.Queries;

/// <summary>Levenshtein distance with a bound, for name suggestions.</summary>
internal static class EditDistance
{
    /// <summary>The edit distance between <paramref name="a"/> and <paramref name="b"/> when it is at most
    /// <paramref name="bound"/>, else <c>null</c>. Gives up as soon as a whole row exceeds the bound.</summary>
    public static int? Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound) return null;
        if (b.Length > 128) return null; // names that long are not typos of a query
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                current[j] = value;
                if (value < rowMin) rowMin = value;
            }
            if (rowMin > bound) return null;
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length] <= bound ? previous[b.Length] : null;
    }
}
