namespace EntityGraph.Knowledge;

/// <summary>The role a name plays for its knowledge entry; it decides the type of the mentions it yields.</summary>
public enum NameKind : byte
{
    /// <summary>The canonical display name (<c>North Korea</c>); a mention of the entry's own type.</summary>
    Name,
    /// <summary>Another name of the entity (<c>DPRK</c>, <c>Democratic People's Republic of Korea</c>).</summary>
    Alias,
    /// <summary>A demonym (<c>North Korean</c>, <c>North Koreans</c>); its mentions are <see cref="Documents.EntityType.Nationality"/>.</summary>
    Demonym,
    /// <summary>The ISO 3166-1 alpha-3 code (<c>PRK</c>); matched only in upper case and never in all-caps text.</summary>
    Code,
}
