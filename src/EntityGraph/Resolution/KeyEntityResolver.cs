using EntityGraph.Documents;

namespace EntityGraph.Resolution;

/// <summary>STUB — being written.</summary>
public sealed class KeyEntityResolver : IEntityResolver
{
    /// <inheritdoc />
    public IReadOnlyList<Entity> Resolve(Document document) => [];
}
