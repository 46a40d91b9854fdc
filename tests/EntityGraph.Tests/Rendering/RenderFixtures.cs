using EntityGraph.Documents;
using EntityGraph.Graphs;

namespace EntityGraph.Tests.Rendering;

/// <summary>Hand-made graphs for the rendering tests, built through the public <see cref="GraphBuilder"/>.</summary>
internal static class RenderFixtures
{
    public static Entity Entity(string id, string name, EntityType type, int mentions) =>
        new(id, name, type, null, null, [name], Enumerable.Range(0, mentions)
            .Select(i => new Mention(new TextSpan(i * 10, 5), i, 1, type, 1.0, "test")).ToArray());

    public static Relation Tie(string source, string target, string type, double confidence, string? category = null,
        int? quadClass = null, double? goldstein = null, bool negated = false) =>
        new(source, target, type, confidence, new Evidence("doc", 0, new TextSpan(0, 4), "text"))
        {
            Category = category,
            QuadClass = quadClass,
            Goldstein = goldstein,
            Negated = negated,
        };

    public static Relation CoMention(string a, string b, double confidence = 0.1) =>
        Tie(string.CompareOrdinal(a, b) < 0 ? a : b, string.CompareOrdinal(a, b) < 0 ? b : a, "co-mention", confidence);

    public static Relation Conflict(string source, string target, string category, double confidence = 0.8) =>
        Tie(source, target, "interaction", confidence, category, quadClass: 4, goldstein: -4);

    public static Relation Cooperation(string source, string target, string category, double confidence = 0.6) =>
        Tie(source, target, "interaction", confidence, category, quadClass: 1, goldstein: 3);

    public static EntityRelationGraph Graph(IEnumerable<Entity> entities, params Relation[] relations) =>
        new GraphBuilder().Add(Document.Create("text", "doc")
            .WithTokens([], [])
            .WithMentions([])
            .WithEntities(entities.ToArray())
            .WithRelations(relations)).ToGraph();

    public const string Prk = "country:PRK", Chn = "country:CHN", Rus = "country:RUS", Usa = "country:USA";
    public const string Kim = "person:KIM_JONG_UN", Kwp = "party:WPK";

    /// <summary>
    /// Four countries, a person and a party: PRK and CHN sanction each other (conflict) and are co-mentioned;
    /// CHN supports USA (cooperation); Kim leads PRK and is a member of the party (structural ties);
    /// RUS is co-mentioned with PRK only.
    /// </summary>
    public static EntityRelationGraph Small() => Graph(
        [
            Entity(Prk, "North Korea", EntityType.Country, 9),
            Entity(Chn, "China", EntityType.Country, 7),
            Entity(Rus, "Russia", EntityType.Country, 3),
            Entity(Usa, "United States", EntityType.Country, 2),
            Entity(Kim, "Kim Jong-un", EntityType.Person, 2),
            Entity(Kwp, "Workers' Party of Korea", EntityType.PoliticalParty, 1),
        ],
        Conflict(Prk, Chn, "SANCTION"),
        Conflict(Chn, Prk, "SANCTION", 0.5),
        CoMention(Prk, Chn),
        CoMention(Prk, Chn),
        Cooperation(Chn, Usa, "SUPPORT"),
        Tie(Kim, Prk, "leader-of", 0.9),
        Tie(Kim, Kwp, "member-of", 0.4),
        CoMention(Prk, Rus));
}
