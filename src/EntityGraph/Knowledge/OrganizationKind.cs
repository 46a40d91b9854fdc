namespace EntityGraph.Knowledge;

/// <summary>
/// What sort of body an organisation or party entry is. Derived by the generator from the CAMEO code of
/// the source (segment <c>GOV</c>, <c>MIL</c>, <c>MED</c>…, or the prefix <c>IGO</c>, <c>NGO</c>, <c>MNC</c>);
/// written in knowledge files as the lower-case name with hyphens (<c>armed-group</c>).
/// </summary>
public enum OrganizationKind : byte
{
    /// <summary>Not an organisation, or not known.</summary>
    None = 0,
    /// <summary>An intergovernmental organisation (<c>IGO</c>): the UN, NATO, ASEAN.</summary>
    Igo,
    /// <summary>A state body (<c>GOV</c>, <c>LEG</c>, <c>JUD</c>, <c>COP</c>, <c>SPY</c>): ministries, parliaments, courts, police, intelligence.</summary>
    Government,
    /// <summary>Armed forces of a state (<c>MIL</c>).</summary>
    Military,
    /// <summary>News media (<c>MED</c>): agencies, broadcasters, papers.</summary>
    Media,
    /// <summary>A company (<c>BUS</c>, <c>MNC</c>).</summary>
    Business,
    /// <summary>A non-governmental organisation (<c>NGO</c>, <c>NGM</c>).</summary>
    Ngo,
    /// <summary>A rebel or other non-state armed group (<c>REB</c>, <c>IMG</c>, <c>UAF</c>, the MilNonState dictionary).</summary>
    ArmedGroup,
    /// <summary>A political party, or a body of one (<c>PTY</c>).</summary>
    Party,
    /// <summary>Any other organisation (opposition, religious, civil society, education…).</summary>
    Other,
}
