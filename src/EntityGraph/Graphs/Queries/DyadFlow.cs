namespace EntityGraph.Graphs.Queries;

/// <summary>
/// What one side of a dyad did to the other in one period: how many relations were cooperation, conflict or
/// neutral (by the <see cref="Stance"/> rule, applied to each relation) and the sum of the Goldstein scores
/// of those that have one.
/// </summary>
/// <param name="Cooperation">Relations classed as cooperation.</param>
/// <param name="Conflict">Relations classed as conflict.</param>
/// <param name="Neutral">Relations classed as neither (co-mentions, structural ties, negated relations).</param>
/// <param name="GoldsteinSum">The sum of the Goldstein scores that are known (negative is conflict).</param>
/// <param name="GoldsteinCount">How many relations had a Goldstein score.</param>
public readonly record struct DyadFlow(int Cooperation, int Conflict, int Neutral, double GoldsteinSum, int GoldsteinCount)
{
    /// <summary>Cooperation minus conflict, in relations: above 0 leans cooperative, below 0 conflictual.</summary>
    public int Net => Cooperation - Conflict;

    /// <summary>Every relation counted, whatever its stance.</summary>
    public int Total => Cooperation + Conflict + Neutral;

    /// <summary>The two flows added up.</summary>
    public static DyadFlow operator +(DyadFlow x, DyadFlow y) => new(
        x.Cooperation + y.Cooperation, x.Conflict + y.Conflict, x.Neutral + y.Neutral,
        x.GoldsteinSum + y.GoldsteinSum, x.GoldsteinCount + y.GoldsteinCount);

    internal DyadFlow With(Stance stance, double? goldstein) => new(
        Cooperation + (stance == Stance.Cooperation ? 1 : 0),
        Conflict + (stance == Stance.Conflict ? 1 : 0),
        Neutral + (stance == Stance.Neutral ? 1 : 0),
        GoldsteinSum + (goldstein ?? 0),
        GoldsteinCount + (goldstein is null ? 0 : 1));
}
