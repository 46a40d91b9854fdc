using System.Collections.Frozen;
using EntityGraph.Graphs;
using EntityGraph.Graphs.Queries;
using EntityGraph.Relations;

namespace EntityGraph.Rendering;

/// <summary>How a picture colours an edge: what the relation says about the two entities' relationship.</summary>
public enum EdgeTone
{
    /// <summary>Co-mentions, negated relations and interactions of unknown kind: the pair is linked, nothing more.</summary>
    Neutral,
    /// <summary>A structural tie stated as fact (leader-of, role-at, member-of, family, located-in …).</summary>
    Structural,
    /// <summary>Cooperation: quad class 1–2 or a positive Goldstein score (<see cref="Stance.Cooperation"/>).</summary>
    Cooperation,
    /// <summary>Conflict: quad class 3–4 or a negative Goldstein score (<see cref="Stance.Conflict"/>).</summary>
    Conflict,
}

/// <summary>Classifies graph edges into <see cref="EdgeTone"/>s. Stateless and thread-safe.</summary>
public static class EdgeTones
{
    // PLOVER lists the cooperative categories first (verbal then material cooperation, quad classes 1–2),
    // then the conflictual ones (quad classes 3–4); see PloverCategory.All.
    private const int FirstConflictCategory = 8;

    private static readonly FrozenDictionary<string, EdgeTone> ByCategory =
        PloverCategory.All.Select((c, i) => (c, i)).ToFrozenDictionary(
            p => p.c, p => p.i < FirstConflictCategory ? EdgeTone.Cooperation : EdgeTone.Conflict, StringComparer.Ordinal);

    /// <summary>
    /// The tone of <paramref name="edge"/>: the query API's <see cref="Stances.Of(GraphEdge)"/> (quad class,
    /// else Goldstein sign) when it finds cooperation or conflict, so the picture agrees with the dyad
    /// summaries; else an affirmed PLOVER category of known side (for graphs whose relations carry no
    /// codes); a co-mention, a negated relation ("did not criticise" is neither) or an unknown category is
    /// neutral; any other relation type is a structural tie.
    /// </summary>
    public static EdgeTone Of(GraphEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (edge.Negated) return EdgeTone.Neutral;
        switch (Stances.Of(edge))
        {
            case Stance.Cooperation: return EdgeTone.Cooperation;
            case Stance.Conflict: return EdgeTone.Conflict;
        }
        if (edge.Category is not null) return ByCategory.GetValueOrDefault(edge.Category, EdgeTone.Neutral);
        if (edge.Type is CoMentionExtractor.RelationType or "interaction") return EdgeTone.Neutral;
        return EdgeTone.Structural;
    }

    /// <summary>Whether edges of this type have no direction: the writer draws them without an arrowhead.</summary>
    public static bool IsSymmetric(GraphEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return edge.Type == CoMentionExtractor.RelationType;
    }
}
