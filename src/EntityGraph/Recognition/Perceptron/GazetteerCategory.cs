namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// Which name list a gazetteer phrase belongs to. The perceptron learns from list membership (and the
/// position of the token inside a matched phrase), not from the list's name, so the categories only need to
/// be distinct and stable: they are stored in the model, and a model must be used with the lists it was
/// trained with. At most 16 categories.
/// </summary>
public enum GazetteerCategory : byte
{
    /// <summary>A country or state name, official or common.</summary>
    Country,
    /// <summary>A capital or other city.</summary>
    City,
    /// <summary>Another place: region, province, geographic feature.</summary>
    Place,
    /// <summary>A nationality word or demonym (<c>German</c>, <c>North Korean</c>).</summary>
    Demonym,
    /// <summary>A person's full name.</summary>
    Person,
    /// <summary>A given name (first word of a known person's name).</summary>
    GivenName,
    /// <summary>A family name (last word of a known person's name).</summary>
    FamilyName,
    /// <summary>An international organisation: IGO, NGO or multinational company.</summary>
    InternationalOrganization,
    /// <summary>A national institution: government body, party, armed forces, media.</summary>
    Institution,
    /// <summary>A non-state armed group.</summary>
    ArmedGroup,
}
