namespace EntityGraph.Graphs;

/// <summary>What makes two relations land on the same edge. String fields compare ordinally.</summary>
internal readonly record struct EdgeKey(string Source, string Target, string Type, string? Category, bool Negated)
    : IComparable<EdgeKey>
{
    public int CompareTo(EdgeKey other)
    {
        int c = string.CompareOrdinal(Source, other.Source);
        if (c == 0) c = string.CompareOrdinal(Target, other.Target);
        if (c == 0) c = string.CompareOrdinal(Type, other.Type);
        if (c == 0) c = string.CompareOrdinal(Category, other.Category); // null sorts first
        if (c == 0) c = Negated.CompareTo(other.Negated);
        return c;
    }
}
