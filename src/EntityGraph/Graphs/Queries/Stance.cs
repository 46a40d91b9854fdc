namespace EntityGraph.Graphs.Queries;

/// <summary>
/// Whether a relation is cooperation or conflict. The rule (<see cref="Stances"/>): a negated relation is
/// <see cref="Neutral"/> (a denial is neither); otherwise quad classes 1–2 (verbal and material cooperation)
/// are <see cref="Cooperation"/> and 3–4 (verbal and material conflict) are <see cref="Conflict"/>; without a
/// quad class the sign of the Goldstein score decides (above 0 cooperation, below 0 conflict); with neither,
/// or a score of exactly 0, <see cref="Neutral"/> — co-mentions and structural ties such as leader-of are neutral.
/// </summary>
public enum Stance
{
    /// <summary>Neither: no quad class and no Goldstein sign, or negated.</summary>
    Neutral = 0,

    /// <summary>Quad class 1–2, or a positive Goldstein score.</summary>
    Cooperation = 1,

    /// <summary>Quad class 3–4, or a negative Goldstein score.</summary>
    Conflict = 2,
}

/// <summary>Applies the <see cref="Stance"/> rule to edges and to single pieces of evidence.</summary>
public static class Stances
{
    /// <summary>The stance of an edge, from its (majority) <see cref="GraphEdge.QuadClass"/>, else its
    /// <see cref="GraphEdge.MeanGoldstein"/>.</summary>
    /// <param name="edge">The edge.</param>
    public static Stance Of(GraphEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return Of(edge.Negated, edge.QuadClass, edge.MeanGoldstein);
    }

    /// <summary>The stance of one aggregated relation of an edge that is <paramref name="negated"/> or not.</summary>
    /// <param name="item">The relation.</param>
    /// <param name="negated">The edge's <see cref="GraphEdge.Negated"/>.</param>
    public static Stance Of(EdgeEvidence item, bool negated)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Of(negated, item.QuadClass, item.Goldstein);
    }

    private static Stance Of(bool negated, int? quadClass, double? goldstein) =>
        negated ? Stance.Neutral
        : quadClass is 1 or 2 ? Stance.Cooperation
        : quadClass is 3 or 4 ? Stance.Conflict
        : goldstein > 0 ? Stance.Cooperation
        : goldstein < 0 ? Stance.Conflict
        : Stance.Neutral;
}
