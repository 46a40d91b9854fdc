using EntityGraph.Documents;
using EntityGraph.Graphs;
using static EntityGraph.Tests.Graphs.GraphFixtures;

namespace EntityGraph.Tests.Graphs.Queries;

/// <summary>
/// A small hand-made corpus whose query answers are worked out by hand in the tests. Four documents:
/// <code>
/// a (2014-04-10)  PRK→CHN ACCUSE q3 g−2 0.8 · CHN→PRK CONSULT q1 g+1 0.5 · CHN–PRK co-mention 0.1 · kim→PRK leader-of 0.9
/// b (2014-05-20)  PRK→CHN SANCTION q4 g−5 0.9 · PRK→RUS COOPERATE q2 g+3 0.7 · CHN→PRK ACCUSE q3 g−2 0.6
/// c (no date)     CHN→USA SUPPORT q1 g+3 0.6 · not PRK→USA THREATEN q3 g−4 0.2 · JPN–USA co-mention 0.1 · CHN–PRK co-mention 0.1
/// d (2015-01-03)  DEU→FRA CONSULT q1 g+1 0.5; South Korea (alias "Korea") alone
/// </code>
/// The edges, in the graph's order (source id, target id, type, category, negation):
/// <code>
/// E1 CHN→PRK co-mention 0.2 (a, c)   E2 CHN→PRK ACCUSE 0.6      E3 CHN→PRK CONSULT 0.5   E4 CHN→USA SUPPORT 0.6
/// E5 DEU→FRA CONSULT 0.5             E6 JPN→USA co-mention 0.1  E7 PRK→CHN ACCUSE 0.8    E8 PRK→CHN SANCTION 0.9
/// E9 PRK→RUS COOPERATE 0.7           E10 PRK→USA not THREATEN 0.2                        E11 kim→PRK leader-of 0.9
/// </code>
/// Mentions: PRK 4+3+3 = 10 (aliases North Korea, DPRK, North Korean, Korea), CHN 3+3+2 = 8, USA 2 (US, U.S.),
/// KOR 3 (South Korea, Korea), kim 2, the rest 1.
/// </summary>
internal static class QueryWorld
{
    public const string Prk = "country:PRK";
    public const string Chn = "country:CHN";
    public const string Rus = "country:RUS";
    public const string Usa = "country:USA";
    public const string Jpn = "country:JPN";
    public const string Kor = "country:KOR";
    public const string Fra = "country:FRA";
    public const string Deu = "country:DEU";
    public const string Kim = "person:kim-jong-un";

    public static EntityRelationGraph Build() => new GraphBuilder()
        .Add(Dated("a", new DateOnly(2014, 4, 10),
            [Country("PRK", "North Korea", 4, "North Korea", "DPRK", "Korea"), Country("CHN", "China", 3, "China"),
             Person(Kim, "Kim Jong-un", "PRK", 2, "Kim Jong-un")],
            Event(Prk, Chn, "ACCUSE", 3, -2.0, 0.8, "a", 1, "Pyongyang accused Beijing."),
            Event(Chn, Prk, "CONSULT", 1, 1.0, 0.5, "a", 2, "Beijing held talks with Pyongyang."),
            CoMention(Chn, Prk, "a", 0, "China and North Korea."),
            new Relation(Kim, Prk, "leader-of", 0.9, new Evidence("a", 3, new TextSpan(0, 10), "Kim Jong-un leads North Korea."))))
        .Add(Dated("b", new DateOnly(2014, 5, 20),
            [Country("PRK", "North Korea", 3, "DPRK", "North Korean"), Country("CHN", "China", 3, "China"), Country("RUS", "Russia", 1, "Russia")],
            Event(Prk, Chn, "SANCTION", 4, -5.0, 0.9, "b", 0, "The DPRK cut trade with China."),
            Event(Prk, Rus, "COOPERATE", 2, 3.0, 0.7, "b", 1, "The DPRK expanded trade with Russia."),
            Event(Chn, Prk, "ACCUSE", 3, -2.0, 0.6, "b", 2, "China blamed the DPRK.")))
        .Add(Dated("c", null,
            [Country("PRK", "North Korea", 3, "North Korea"), Country("CHN", "China", 2, "China"),
             Country("USA", "United States", 2, "US", "U.S."), Country("JPN", "Japan", 1, "Japan")],
            Event(Chn, Usa, "SUPPORT", 1, 3.0, 0.6, "c", 0, "China sided with the US."),
            Event(Prk, Usa, "THREATEN", 3, -4.0, 0.2, "c", 1, "North Korea did not threaten the U.S.", negated: true),
            CoMention(Jpn, Usa, "c", 2, "Japan and the US."),
            CoMention(Chn, Prk, "c", 3, "China and North Korea again.")))
        .Add(Dated("d", new DateOnly(2015, 1, 3),
            [Country("DEU", "Germany", 1, "Germany"), Country("FRA", "France", 1, "France"), Country("KOR", "South Korea", 3, "South Korea", "Korea")],
            Event(Deu, Fra, "CONSULT", 1, 1.0, 0.5, "d", 0, "Germany consulted France.")))
        .ToGraph();

    public static Relation Event(string source, string target, string category, int quad, double goldstein, double confidence,
        string docId, int sentence, string text, bool negated = false) =>
        Interaction(source, target, category, confidence, docId, sentence, text, negated) with
        {
            QuadClass = quad,
            Goldstein = goldstein,
        };

    public static Document Dated(string id, DateOnly? date, Entity[] entities, params Relation[] relations) =>
        Document.Create("(text not needed by the graph)", id, date)
            .WithTokens([], [])
            .WithMentions([])
            .WithEntities(entities)
            .WithRelations(relations);

    public static GraphNode Node(this EntityRelationGraph graph, string id) =>
        graph.TryGetNode(id, out var node) ? node : throw new ArgumentException($"no node {id}");
}
