using EntityGraph.Documents;

namespace EntityGraph.Graphs;

/// <summary>
/// One canonical entity of a <see cref="EntityRelationGraph"/>: every document-level <see cref="Entity"/> with
/// the same <see cref="Entity.Id"/>, merged across documents. Immutable; vertices compare by reference, and a
/// graph holds exactly one node per id.
/// </summary>
public sealed class GraphNode
{
    internal GraphNode(string id, string name, EntityType type, string? iso3, string? country,
        IReadOnlyList<string> aliases, int mentionCount, int documentCount)
    {
        Id = id;
        Name = name;
        Type = type;
        Iso3 = iso3;
        Country = country;
        Aliases = aliases;
        MentionCount = mentionCount;
        DocumentCount = documentCount;
    }

    /// <summary>The entity id shared by every merged entity, e.g. <c>country:PRK</c>.</summary>
    public string Id { get; }

    /// <summary>
    /// The display name: the name the most documents gave the entity; ties go to the ordinally smallest,
    /// so the choice does not depend on the order documents were added.
    /// </summary>
    public string Name { get; }

    /// <summary>The entity type (chosen by the same vote as <see cref="Name"/> should documents disagree).</summary>
    public EntityType Type { get; }

    /// <summary>ISO 3166-1 alpha-3 code for countries and nationalities, else <c>null</c>.</summary>
    public string? Iso3 { get; }

    /// <summary>ISO-3 code of the country a person or organisation belongs to, when known.</summary>
    public string? Country { get; }

    /// <summary>Every distinct surface form seen in any document, sorted ordinally.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Total number of mentions across all documents.</summary>
    public int MentionCount { get; }

    /// <summary>Number of documents that mention the entity.</summary>
    public int DocumentCount { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name}, {Type})";
}
