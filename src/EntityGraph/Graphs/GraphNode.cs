using EntityGraph.Documents;

namespace EntityGraph.Graphs;

/// <summary>
/// One canonical entity of a <see cref="EntityRelationGraph"/>: every document-level <see cref="Entity"/> with
/// the same <see cref="Entity.Id"/>, merged across documents. Immutable; vertices compare by reference, and a
/// graph holds exactly one node per id.
/// </summary>
/// <remarks>
/// Documents may disagree on an entity's name, type or codes, so the node keeps the votes
/// (<see cref="NameVotes"/>, <see cref="TypeVotes"/>, <see cref="Iso3Votes"/>, <see cref="CountryVotes"/>)
/// and derives <see cref="Name"/>, <see cref="Type"/>, <see cref="Iso3"/> and <see cref="Country"/> from them.
/// Keeping the counts, not just the winners, is what makes merging two graphs give exactly the graph of all
/// their documents: a winner of each half is not enough to know the winner of the whole.
/// </remarks>
public sealed class GraphNode
{
    internal GraphNode(string id, IReadOnlyDictionary<string, int> nameVotes, IReadOnlyDictionary<EntityType, int> typeVotes,
        IReadOnlyDictionary<string, int> iso3Votes, IReadOnlyDictionary<string, int> countryVotes,
        IReadOnlyList<string> aliases, int mentionCount, int documentCount, DateOnly? firstSeen, DateOnly? lastSeen)
    {
        if (nameVotes.Count == 0 || typeVotes.Count == 0)
            throw new ArgumentException($"Node '{id}' needs at least one name vote and one type vote.");
        Id = id;
        NameVotes = nameVotes;
        TypeVotes = typeVotes;
        Iso3Votes = iso3Votes;
        CountryVotes = countryVotes;
        Name = Votes<string>.WinnerOrDefault(nameVotes, StringComparer.Ordinal)!;
        Type = Votes<EntityType>.WinnerOrDefault(typeVotes, Comparer<EntityType>.Default);
        Iso3 = Votes<string>.WinnerOrDefault(iso3Votes, StringComparer.Ordinal);
        Country = Votes<string>.WinnerOrDefault(countryVotes, StringComparer.Ordinal);
        Aliases = aliases;
        MentionCount = mentionCount;
        DocumentCount = documentCount;
        FirstSeen = firstSeen;
        LastSeen = lastSeen;
    }

    /// <summary>The entity id shared by every merged entity, e.g. <c>country:PRK</c>.</summary>
    public string Id { get; }

    /// <summary>
    /// The display name: the name the most documents gave the entity (see <see cref="NameVotes"/>); ties go
    /// to the ordinally smallest, so the choice does not depend on the order documents were added.
    /// </summary>
    public string Name { get; }

    /// <summary>The entity type (chosen by the same vote as <see cref="Name"/> should documents disagree).</summary>
    public EntityType Type { get; }

    /// <summary>ISO 3166-1 alpha-3 code for countries and nationalities, else <c>null</c> (by vote, as <see cref="Name"/>).</summary>
    public string? Iso3 { get; }

    /// <summary>ISO-3 code of the country a person or organisation belongs to, when known (by vote, as <see cref="Name"/>).</summary>
    public string? Country { get; }

    /// <summary>Every distinct surface form seen in any document, sorted ordinally.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Total number of mentions across all documents.</summary>
    public int MentionCount { get; }

    /// <summary>Number of documents that mention the entity.</summary>
    public int DocumentCount { get; }

    /// <summary>
    /// The earliest <see cref="Document.Date"/> of the documents that mention the entity; <c>null</c> when
    /// none of them had a date.
    /// </summary>
    public DateOnly? FirstSeen { get; }

    /// <summary>The latest <see cref="Document.Date"/> of the documents that mention the entity; <c>null</c> when none had a date.</summary>
    public DateOnly? LastSeen { get; }

    /// <summary>
    /// How many document-level entities gave each name (one per entity, normally one per document), enumerated
    /// in ordinal order of the name. Never empty.
    /// </summary>
    public IReadOnlyDictionary<string, int> NameVotes { get; }

    /// <summary>How many document-level entities gave each type, enumerated in enum order. Never empty.</summary>
    public IReadOnlyDictionary<EntityType, int> TypeVotes { get; }

    /// <summary>How many document-level entities gave each ISO-3 code (entities without one do not vote); ordinal order.</summary>
    public IReadOnlyDictionary<string, int> Iso3Votes { get; }

    /// <summary>How many document-level entities gave each country (entities without one do not vote); ordinal order.</summary>
    public IReadOnlyDictionary<string, int> CountryVotes { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name}, {Type})";
}
