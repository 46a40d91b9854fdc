using EntityGraph.Documents;

namespace EntityGraph.Knowledge;

/// <summary>
/// One thing the knowledge base knows: a country, a place, and later people, parties and organisations.
/// Immutable; created only by the loader, which has checked every field.
/// </summary>
public sealed class KnowledgeEntry
{
    internal KnowledgeEntry(string key, string name, EntityType type, string? iso3, string? country,
        string? capitalOf, IReadOnlyList<KnowledgeName> names, IReadOnlyList<string> capitals)
    {
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
