namespace EntityGraph.Documents;

/// <summary>The kinds of named thing the library recognises.</summary>
public enum EntityType : byte
{
    /// <summary>A person: <c>Xi Jinping</c>, <c>Kim Il-sung</c>.</summary>
    Person,
    /// <summary>A political party: <c>Chinese Communist Party</c>, <c>KWP</c>.</summary>
    PoliticalParty,
    /// <summary>A country or state: <c>North Korea</c>, <c>DPRK</c>.</summary>
    Country,
    /// <summary>An organisation (IGO, government body, company, media, military…).</summary>
    Organization,
    /// <summary>A place that is not a country: a city or region.</summary>
    Location,
    /// <summary>A demonym (<c>North Korean</c>, <c>Chinese</c>); it resolves to its country.</summary>
    Nationality,
    /// <summary>Another named thing (events, works, products), as CoNLL's MISC.</summary>
    Misc,
}
