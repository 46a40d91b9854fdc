using EntityGraph.Documents;

namespace EntityGraph.Rendering;

/// <summary>
/// The colours of a picture. Node colours follow Tableau 10, which stays distinguishable for the common
/// colour-vision deficiencies at these few hues; edge colours carry meaning (green cooperates, red fights)
/// and are kept out of the node palette where they could be confused.
/// </summary>
public static class RenderPalette
{
    /// <summary>The fill colour of a node of the given type, as <c>#rrggbb</c>.</summary>
    public static string NodeColor(EntityType type) => type switch
    {
        EntityType.Country => "#4e79a7",
        EntityType.Person => "#f28e2b",
        EntityType.PoliticalParty => "#b07aa1",
        EntityType.Organization => "#76b7b2",
        EntityType.Location => "#edc948",
        EntityType.Nationality => "#9c755f",
        _ => "#bab0ac",
    };

    /// <summary>The stroke colour of an edge of the given tone, as <c>#rrggbb</c>.</summary>
    public static string EdgeColor(EdgeTone tone) => tone switch
    {
        EdgeTone.Cooperation => "#2e9e48",
        EdgeTone.Conflict => "#d62728",
        EdgeTone.Structural => "#7f7f8c",
        _ => "#c7c7c7",
    };

    /// <summary>How the legend names a node type.</summary>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.PoliticalParty => "Political party",
        _ => type.ToString(),
    };

    /// <summary>How the legend names an edge tone.</summary>
    public static string ToneName(EdgeTone tone) => tone switch
    {
        EdgeTone.Cooperation => "Cooperation",
        EdgeTone.Conflict => "Conflict",
        EdgeTone.Structural => "Structural tie",
        _ => "Co-mention / neutral",
    };
}
