using EntityGraph.Documents;
using EntityGraph.Knowledge;

namespace EntityGraph.Relations;

/// <summary>How an entity is placed in an event dyad.</summary>
public static class ActorCodes
{
    /// <summary>
    /// The CAMEO-style actor code of an entity: its own ISO-3 code (countries, nationalities, capitals), else
    /// the knowledge base's <see cref="Entity.Country"/> for people, parties and bodies, else <c>IGO</c> or
    /// <c>NGO</c> for international bodies without a country; <c>null</c> when unknown.
    /// </summary>
    public static string? Of(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Iso3 ?? entity.Country ?? entity.Kind switch
        {
            OrganizationKind.Igo => "IGO",
            OrganizationKind.Ngo => "NGO",
            _ => null,
        };
    }
}
