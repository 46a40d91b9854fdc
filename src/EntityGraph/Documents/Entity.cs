namespace EntityGraph.Documents;

/// <summary>
/// One canonical entity of a document: every mention that names the same thing, merged.
/// </summary>
/// <param name="Id">Stable id: <c>country:PRK</c> for countries, the knowledge-base key for known entities,
/// otherwise the type and normalised name.</param>
/// <param name="Name">The canonical display name.</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code for countries (and nationalities resolved to one), else <c>null</c>.</param>
/// <param name="Country">ISO-3 code of the country a person or organisation belongs to, when known.</param>
/// <param name="Aliases">Every distinct surface form merged into the entity, in order of first appearance.</param>
/// <param name="Mentions">The mentions, in text order.</param>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    string? Iso3,
    string? Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Mention> Mentions)
{
    /// <summary>
    /// For an organisation or party, what sort of body it is when known (from the knowledge base, else from
    /// the organisation's head word: "Ministry", "Army", "Airlines"); otherwise
    /// <see cref="Knowledge.OrganizationKind.None"/>.
    /// </summary>
    public Knowledge.OrganizationKind Kind { get; init; }
}
