using EntityGraph.Documents;

namespace EntityGraph.Relations;

/// <summary>
/// Finds relations between the entities of a document. Implementations must be thread-safe.
/// </summary>
public interface IRelationExtractor
{
    /// <summary>A short name for diagnostics.</summary>
    string Name { get; }

    /// <summary>Appends the relations found in <paramref name="document"/> to <paramref name="relations"/>.</summary>
    /// <param name="document">A document with entities resolved.</param>
    /// <param name="relations">The list to append to.</param>
    void Extract(Document document, List<Relation> relations);
}
