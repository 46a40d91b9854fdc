namespace EntityGraph.Graphs.Queries;

/// <summary>The width of the time buckets of a <see cref="DyadSummary"/>.</summary>
public enum DateGranularity
{
    /// <summary>One bucket per calendar day.</summary>
    Day = 0,

    /// <summary>One bucket per calendar month, starting on its first day.</summary>
    Month = 1,

    /// <summary>One bucket per calendar year, starting on 1 January.</summary>
    Year = 2,
}
