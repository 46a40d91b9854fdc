using EntityGraph.Documents;

namespace EntityGraph.Knowledge;

/// <summary>
/// One thing the knowledge base knows: a country, a place, and later people, parties and organisations.
/// Immutable; created only by the loader, which has checked every field.
/// </summary>
public sealed class KnowledgeEntry
{
    internal KnowledgeEntry(string key, string name, EntityType type, string? iso3, string? country,
        string? capitalOf, IReadOnlyList<KnowledgeName> names, IReadOnlyList<string> capitals,
        IReadOnlyList<KnowledgeRole>? roles = null, OrganizationKind kind = OrganizationKind.None,
        IReadOnlyList<string>? memberOf = null)
    {
        Roles = roles ?? [];
        MemberOf = memberOf ?? [];
        Kind = kind;
        Key = key;
        Name = name;
        Type = type;
        Iso3 = iso3;
        Country = country;
        CapitalOf = capitalOf;
        Names = names;
        Aliases = Texts(names, NameKind.Alias);
        Demonyms = Texts(names, NameKind.Demonym);
        Capitals = capitals;
    }

    /// <summary>The key, which is also the id of the entity it resolves to (<c>country:PRK</c>, <c>location:Pyongyang</c>).</summary>
    public string Key { get; }

    /// <summary>The canonical display name (for countries, the common English name: <c>North Korea</c>).</summary>
    public string Name { get; }

    /// <summary>What kind of entity this is.</summary>
    public EntityType Type { get; }

    /// <summary>ISO 3166-1 alpha-3 code for countries and territories, else <c>null</c>.</summary>
    public string? Iso3 { get; }

    /// <summary>ISO-3 code of the country the entity belongs to or lies in (a capital's country), else <c>null</c>.</summary>
    public string? Country { get; }

    /// <summary>For a capital city, the ISO-3 code of the country whose capital it is, else <c>null</c>.</summary>
    public string? CapitalOf { get; }

    /// <summary>
    /// Every name of the entry, including its canonical name, codes, demonyms and names flagged
    /// <see cref="NameFlags.NoMatch"/>, in the order the data lists them.
    /// </summary>
    public IReadOnlyList<KnowledgeName> Names { get; }

    /// <summary>The other names of the entity (<see cref="NameKind.Alias"/>), in data order.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Demonyms, singular and plural (<c>North Korean</c>, <c>North Koreans</c>), in data order.</summary>
    public IReadOnlyList<string> Demonyms { get; }

    /// <summary>Keys of the entries whose <see cref="CapitalOf"/> is this entry's <see cref="Iso3"/>.</summary>
    public IReadOnlyList<string> Capitals { get; }

    /// <summary>
    /// The entry's roles in source order (people: offices held, with dates; organisations: their CAMEO code).
    /// Empty for countries and places. Order matters: see <see cref="RoleOn"/>.
    /// </summary>
    public IReadOnlyList<KnowledgeRole> Roles { get; }

    /// <summary>
    /// For people, keys of the parties and organisations the person belongs to (<c>member-of</c> lines, data
    /// order; undated: kept for lifelong memberships such as a leader's party). Empty otherwise.
    /// </summary>
    public IReadOnlyList<string> MemberOf { get; }

    /// <summary>For organisations and parties, what sort of body it is; otherwise <see cref="OrganizationKind.None"/>.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>
    /// The role that applies on <paramref name="date"/>: the first role in <see cref="Roles"/> that covers
    /// the date, undated roles covering every date. This is the PETRARCH2 rule ("first match wins"), which
    /// is why an undated fallback is listed last. <c>null</c> when no role applies.
    /// </summary>
    public KnowledgeRole? RoleOn(DateOnly date)
    {
        foreach (var role in Roles)
            if (role.Covers(date)) return role;
        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Key} ({Type}: {Name})";

    private static string[] Texts(IReadOnlyList<KnowledgeName> names, NameKind kind)
    {
        var list = new List<string>();
        foreach (var n in names)
            if (n.Kind == kind) list.Add(n.Text);
        return list.ToArray();
    }
}
