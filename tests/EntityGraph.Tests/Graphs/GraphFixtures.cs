using EntityGraph.Documents;

namespace EntityGraph.Tests.Graphs;

/// <summary>Hand-made processed documents, so graph and export tests do not depend on the NLP stages.</summary>
internal static class GraphFixtures
{
    public static Entity Country(string iso3, string name, int mentions, params string[] aliases) =>
        new($"country:{iso3}", name, EntityType.Country, iso3, null, aliases, Mentions(mentions));

    public static Entity Person(string id, string name, string? country, int mentions, params string[] aliases) =>
        new(id, name, EntityType.Person, null, country, aliases, Mentions(mentions));

    public static Relation CoMention(string source, string target, string? docId, int sentence, string text) =>
        new(source, target, "co-mention", 0.1, new Evidence(docId, sentence, new TextSpan(0, text.Length), text));

    public static Relation Interaction(string source, string target, string category, double confidence,
        string? docId, int sentence, string text, bool negated = false) =>
        new(source, target, "interaction", confidence, new Evidence(docId, sentence, new TextSpan(0, text.Length), text))
        {
            Category = category,
            Negated = negated,
        };

    public static Document Doc(string? id, Entity[] entities, params Relation[] relations) =>
        DatedDoc(id, null, entities, relations);

    public static Document DatedDoc(string? id, DateOnly? date, Entity[] entities, params Relation[] relations) =>
        Document.Create("(text not needed by the graph)", id, date)
            .WithTokens([], [])
            .WithMentions([])
            .WithEntities(entities)
            .WithRelations(relations);

    // The graph only counts mentions; their spans are irrelevant here.
    public static Mention[] Mentions(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new Mention(new TextSpan(i * 10, 5), i, 1, EntityType.Country, 1.0, "test"))
            .ToArray();
}
