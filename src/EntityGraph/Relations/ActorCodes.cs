using EntityGraph.Documents;

namespace EntityGraph.Relations;

/// <summary>How an entity is placed in an event dyad.</summary>
public static class ActorCodes
{
    /// <summary>
    /// The country an entity acts for: its own ISO-3 code (countries, nationalities, capitals), else the
    /// knowledge base's <see cref="Entity.Country"/> for people, parties and bodies; <c>null</c> when unknown.
    /// </summary>
    public static string? Of(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Iso3 ?? entity.Country;
    }
}
