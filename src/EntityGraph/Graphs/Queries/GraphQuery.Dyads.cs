namespace EntityGraph.Graphs.Queries;

public sealed partial class GraphQuery
{
    /// <summary>
    /// The dyad summary of <paramref name="a"/> and <paramref name="b"/>: each relation aggregated in an edge
    /// between them (see <see cref="Between"/>) is counted once, in the bucket of its own document's date, as
    /// cooperation, conflict or neutral by the <see cref="Stance"/> rule applied to that relation (its own quad
    /// class, else its Goldstein sign; negated edges are neutral), with its Goldstein score summed. The
    /// filter's date bounds, if any, select edges, not single relations: pass a bound-free filter to see the
    /// whole timeline.
    /// </summary>
    /// <param name="a">A node of this graph.</param>
    /// <param name="b">A node of this graph (for <c>a == b</c>, the self-loops, all counted as a→b).</param>
    /// <param name="granularity">The width of the time buckets.</param>
    /// <param name="filter">Which edges count; <c>null</c> for all.</param>
    /// <exception cref="ArgumentException">A node is not a node of this graph.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="granularity"/> is not a defined value.</exception>
    public DyadSummary Dyad(GraphNode a, GraphNode b, DateGranularity granularity = DateGranularity.Month, EdgeFilter? filter = null)
    {
        if (!Enum.IsDefined(granularity)) throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown granularity.");
        return Summarise(a, b, Between(a, b, filter), edge => ReferenceEquals(edge.Source, a), granularity);
    }

    /// <summary>Buckets the relations of <paramref name="edges"/> by date; <paramref name="forwardOf"/> says which go a→b.</summary>
    private static DyadSummary Summarise(GraphNode a, GraphNode b, IReadOnlyList<GraphEdge> edges, Func<GraphEdge, bool> forwardOf,
        DateGranularity granularity)
    {
        var buckets = new SortedDictionary<DateOnly, (DyadFlow AToB, DyadFlow BToA)>();
        (DyadFlow AToB, DyadFlow BToA) undated = default;
        bool hasUndated = false;
        foreach (var edge in edges)
        {
            bool forward = forwardOf(edge);
            foreach (var item in edge.Items)
            {
                var stance = Stances.Of(item, edge.Negated);
                if (item.Date is { } date)
                {
                    var start = BucketStart(date, granularity);
                    var flows = buckets.GetValueOrDefault(start);
                    buckets[start] = Add(flows, forward, stance, item.Goldstein);
                }
                else
                {
                    undated = Add(undated, forward, stance, item.Goldstein);
                    hasUndated = true;
                }
            }
        }
        var periods = new List<DyadPeriod>(buckets.Count + 1);
        foreach (var (start, flows) in buckets) periods.Add(new DyadPeriod(start, flows.AToB, flows.BToA));
        if (hasUndated) periods.Add(new DyadPeriod(null, undated.AToB, undated.BToA));
        return new DyadSummary(a, b, granularity, periods);
    }

    private static (DyadFlow AToB, DyadFlow BToA) Add((DyadFlow AToB, DyadFlow BToA) flows, bool forward, Stance stance, double? goldstein) =>
        forward ? (flows.AToB.With(stance, goldstein), flows.BToA) : (flows.AToB, flows.BToA.With(stance, goldstein));

    /// <summary>The first day of the bucket that holds <paramref name="date"/>.</summary>
    internal static DateOnly BucketStart(DateOnly date, DateGranularity granularity) => granularity switch
    {
        DateGranularity.Day => date,
        DateGranularity.Month => new DateOnly(date.Year, date.Month, 1),
        DateGranularity.Year => new DateOnly(date.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown granularity."),
    };
}
