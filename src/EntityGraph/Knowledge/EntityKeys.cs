using EntityGraph.Documents;

namespace EntityGraph.Knowledge;

/// <summary>
/// Builds entity ids (<see cref="Entity.Id"/>, <see cref="Mention.Key"/>): a lower-case type prefix, a colon,
/// then an ISO-3 code (<c>country:PRK</c>) or a name (<c>location:Pyongyang</c>). Knowledge-base keys use the
/// same shape, so a mention's key, its knowledge entry's key and its entity's id are one string.
/// </summary>
public static class EntityKeys
{
    /// <summary>The id of the country with ISO 3166-1 alpha-3 code <paramref name="iso3"/>, e.g. <c>country:PRK</c>.</summary>
    public static string ForCountry(string iso3)
    {
        ArgumentNullException.ThrowIfNull(iso3);
        return "country:" + iso3;
    }

    /// <summary>The id of an entity known only by its type and (normalised) name, e.g. <c>person:Kim Jong-il</c>.</summary>
    public static string ForName(EntityType type, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Prefix(type) + ":" + name;
    }

    /// <summary>The prefix used for ids of entities of <paramref name="type"/>.</summary>
    public static string Prefix(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.PoliticalParty => "party",
        EntityType.Country => "country",
        EntityType.Organization => "org",
        EntityType.Location => "location",
        EntityType.Nationality => "nationality",
        EntityType.Misc => "misc",
        _ => "entity",
    };

    /// <summary>
    /// The ISO-3 code in a country id (<c>country:PRK</c> → <c>PRK</c>), or <c>null</c> when
    /// <paramref name="key"/> is not a country id.
    /// </summary>
    public static string? CountryCode(string? key) =>
        key is { Length: 11 } && key.StartsWith("country:", StringComparison.Ordinal) && IsIso3(key.AsSpan(8))
            ? key[8..]
            : null;

    /// <summary>Whether <paramref name="code"/> has the shape of an ISO 3166-1 alpha-3 code: three ASCII capitals.</summary>
    public static bool IsIso3(ReadOnlySpan<char> code) =>
        code.Length == 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);
}
