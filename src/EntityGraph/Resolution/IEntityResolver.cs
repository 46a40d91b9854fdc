using EntityGraph.Documents;

namespace EntityGraph.Resolution;

/// <summary>
/// Merges a document's mentions into canonical entities. Implementations must be thread-safe.
/// </summary>
public interface IEntityResolver
{
    /// <summary>Returns the entities named by the mentions of <paramref name="document"/>, in order of first mention.</summary>
    IReadOnlyList<Entity> Resolve(Document document);
}
