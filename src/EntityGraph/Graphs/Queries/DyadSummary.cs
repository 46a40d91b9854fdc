namespace EntityGraph.Graphs.Queries;

/// <summary>
/// How relations between two entities moved over time: every relation between them (both directions, every
/// edge that passed the filter), counted as cooperation, conflict or neutral by the <see cref="Stance"/> rule
/// and bucketed by its document's date. Answers "how did DPRK–China relations move in this corpus?":
/// read <see cref="Periods"/> in order, or <see cref="Total"/> for the whole corpus.
/// </summary>
public sealed class DyadSummary
{
    internal DyadSummary(GraphNode a, GraphNode b, DateGranularity granularity, IReadOnlyList<DyadPeriod> periods)
    {
        A = a;
        B = b;
        Granularity = granularity;
        Periods = periods;
        DyadFlow aToB = default, bToA = default;
        foreach (var period in periods)
        {
            aToB += period.AToB;
            bToA += period.BToA;
        }
        Total = new DyadPeriod(null, aToB, bToA);
    }

    /// <summary>The first entity.</summary>
    public GraphNode A { get; }

    /// <summary>The second entity.</summary>
    public GraphNode B { get; }

    /// <summary>The width of the buckets.</summary>
    public DateGranularity Granularity { get; }

    /// <summary>
    /// The buckets that hold at least one relation, oldest first, then the undated bucket
    /// (<see cref="DyadPeriod.Start"/> <c>null</c>) when some relations come from undated documents.
    /// </summary>
    public IReadOnlyList<DyadPeriod> Periods { get; }

    /// <summary>Every period added up (its <see cref="DyadPeriod.Start"/> is <c>null</c>).</summary>
    public DyadPeriod Total { get; }

    /// <summary>Cooperation minus conflict over the whole corpus, both directions: below 0 is a net conflictual dyad.</summary>
    public int Net => Total.Net;

    /// <inheritdoc />
    public override string ToString() =>
        $"{A.Id}–{B.Id}: {Total.Both.Cooperation} cooperation, {Total.Both.Conflict} conflict, net {Net:+0;-0;0}";
}
