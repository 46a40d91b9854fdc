namespace EntityGraph.Graphs.Queries;

/// <summary>
/// Which edges a query keeps. Every condition that is set must hold (they are combined with AND); a condition
/// left unset accepts everything, so <see cref="All"/> (all unset) accepts every edge. Immutable once
/// created; safe to share between threads.
/// </summary>
/// <example><c>new EdgeFilter { Relations = ["SANCTION", "co-mention"], MinWeight = 0.5 }</c></example>
public sealed record EdgeFilter
{
    private readonly HashSet<string>? _relations;
    private readonly HashSet<int>? _quadClasses;

    /// <summary>A filter that accepts every edge.</summary>
    public static EdgeFilter All { get; } = new();

    /// <summary>
    /// Relation types (<see cref="GraphEdge.Type"/>, e.g. <c>co-mention</c>) or PLOVER categories
    /// (<see cref="GraphEdge.Category"/>, e.g. <c>SANCTION</c>), compared case-insensitively; an edge matches
    /// when its type or its category is in the set. <c>null</c> or empty: any.
    /// </summary>
    public IReadOnlyCollection<string>? Relations
    {
        get => _relations;
        init => _relations = value is null || value.Count == 0 ? null : new HashSet<string>(value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Quad classes (1–4) kept, compared with the edge's majority <see cref="GraphEdge.QuadClass"/>; an
    /// edge without one is dropped when this is set. <c>null</c> or empty: any.</summary>
    public IReadOnlyCollection<int>? QuadClasses
    {
        get => _quadClasses;
        init => _quadClasses = value is null || value.Count == 0 ? null : new HashSet<int>(value);
    }

    /// <summary>Keep only edges of this <see cref="Queries.Stance"/> (the rule is on that type, applied with
    /// <see cref="Stances.Of(GraphEdge)"/>); <c>null</c>: any.</summary>
    public Stance? Stance { get; init; }

    /// <summary>
    /// Keep only edges with at least one piece of evidence dated on or after this day (inclusive). Evidence
    /// from undated documents never matches a date bound, so undated edges drop out once one is set.
    /// </summary>
    public DateOnly? From { get; init; }

    /// <summary>Keep only edges with at least one piece of evidence dated on or before this day (inclusive);
    /// with <see cref="From"/>, the same piece must fall between both.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The smallest <see cref="GraphEdge.Weight"/> kept (inclusive); <c>null</c>: any.</summary>
    public double? MinWeight { get; init; }

    /// <summary>Whether negated edges ("did not criticise") are kept. Default <c>true</c>.</summary>
    public bool IncludeNegated { get; init; } = true;

    /// <summary>Whether no condition is set, so every edge passes.</summary>
    public bool AcceptsAll => Equals(All);

    /// <summary>Whether both filters set the same conditions (sets compared by content, ignoring case for relations).</summary>
    /// <param name="other">The other filter.</param>
    public bool Equals(EdgeFilter? other) =>
        other is not null
        && SameSet(_relations, other._relations) && SameSet(_quadClasses, other._quadClasses)
        && Stance == other.Stance && From == other.From && To == other.To
        && Nullable.Equals(MinWeight, other.MinWeight) && IncludeNegated == other.IncludeNegated;

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(_relations?.Count, _quadClasses?.Count, Stance, From, To, MinWeight, IncludeNegated);

    private static bool SameSet<T>(HashSet<T>? x, HashSet<T>? y) => x is null ? y is null : y is not null && x.SetEquals(y);

    /// <summary>Whether the edge passes every condition that is set.</summary>
    /// <param name="edge">The edge to test.</param>
    public bool Matches(GraphEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (!IncludeNegated && edge.Negated) return false;
        if (MinWeight is { } min && !(edge.Weight >= min)) return false;
        if (_relations is { } relations
            && !relations.Contains(edge.Type)
            && !(edge.Category is { } category && relations.Contains(category)))
            return false;
        if (_quadClasses is { } quads && !(edge.QuadClass is { } quad && quads.Contains(quad))) return false;
        if (Stance is { } stance && Stances.Of(edge) != stance) return false;
        if ((From is not null || To is not null) && !HasEvidenceInRange(edge)) return false;
        return true;
    }

    private bool HasEvidenceInRange(GraphEdge edge)
    {
        // The edge's span of dates rules most edges in or out without looking at its evidence.
        if (edge.FirstSeen is not { } first || edge.LastSeen is not { } last) return false;
        if (From is { } from && last < from) return false;
        if (To is { } to && first > to) return false;
        if ((From is null || first >= From) && (To is null || last <= To)) return true;
        foreach (var item in edge.Items)
            if (item.Date is { } d && (From is null || d >= From) && (To is null || d <= To)) return true;
        return false;
    }
}
