namespace EntityGraph.Graphs.Queries;

/// <summary>One time bucket of a <see cref="DyadSummary"/>, both directions.</summary>
/// <param name="Start">The first day of the bucket (the day, the 1st of the month, or 1 January), or
/// <c>null</c> for the bucket of relations from undated documents.</param>
/// <param name="AToB">What <see cref="DyadSummary.A"/> did to <see cref="DyadSummary.B"/> in the period.</param>
/// <param name="BToA">What <see cref="DyadSummary.B"/> did to <see cref="DyadSummary.A"/> in the period.</param>
public sealed record DyadPeriod(DateOnly? Start, DyadFlow AToB, DyadFlow BToA)
{
    /// <summary>Both directions added up.</summary>
    public DyadFlow Both => AToB + BToA;

    /// <summary>Cooperation minus conflict in both directions.</summary>
    public int Net => Both.Net;
}
