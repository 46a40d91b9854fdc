using EntityGraph.Documents;
using EntityGraph.Graphs;
using EntityGraph.Graphs.Queries;
using EntityGraph.Tests.Export;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.GraphFixtures;
using static EntityGraph.Tests.Graphs.Queries.QueryWorld;

namespace EntityGraph.Tests.Graphs.Queries;

/// <summary>
/// Country-level dyads: one document where the DPRK's party and a ministry act, not the DPRK's own node.
/// <code>
/// KWP (PRK) → CHN  SANCTION q4 g−5     CHN → OGD (PRK)  ACCUSE q3 g−2     CHN → PRK  CONSULT q1 g+1
/// KWP → PRK        member-of (domestic: not in the dyad)                 RUS → CHN  COOPERATE q2 g+3 (another dyad)
/// </code>
/// </summary>
public class GraphQueryActorTests
{
    private const string Kwp = "party:kwp";
    private const string Ogd = "org:ogd";

    internal static readonly EntityRelationGraph Corpus = new GraphBuilder()
        .Add(Dated("x", new DateOnly(2014, 5, 12),
            [Country("PRK", "North Korea", 2, "DPRK"), Country("CHN", "China", 3, "China"), Country("RUS", "Russia", 1, "Russia"),
             Body(Kwp, "Korean Workers' Party", EntityType.PoliticalParty), Body(Ogd, "Organisation and Guidance Department", EntityType.Organization)],
            Event(Kwp, Chn, "SANCTION", 4, -5.0, 0.8, "x", 1, "The KWP ordered cadres to cut trade with China."),
            Event(Chn, Ogd, "ACCUSE", 3, -2.0, 0.6, "x", 2, "China slandered the OGD."),
            Event(Chn, Prk, "CONSULT", 1, 1.0, 0.5, "x", 3, "China held talks with the DPRK."),
            new Relation(Kwp, Prk, "member-of", 0.9, new Evidence("x", 4, new TextSpan(0, 4), "KWP.")),
            Event(Rus, Chn, "COOPERATE", 2, 3.0, 0.7, "x", 5, "Russia traded with China.")))
        .ToGraph();

    private static Entity Body(string id, string name, EntityType type) =>
        new(id, name, type, null, "PRK", [name], Mentions(1));

    [Test]
    public void Between_actors_collects_the_edges_of_everyone_acting_for_either_country()
    {
        var query = Corpus.Query();
        var edges = query.BetweenActors(Corpus.Node(Prk), Corpus.Node(Chn));
        // PRK's side first (its entities in graph order: country:PRK, org:ogd, party:kwp), then China's out-edges by target id.
        Assert.That(edges.Select(e => $"{e.Source.Id}>{e.Target.Id}:{e.Category}"), Is.EqualTo(new[]
        {
            "party:kwp>country:CHN:SANCTION", "country:CHN>country:PRK:CONSULT", "country:CHN>org:ogd:ACCUSE",
        }));
        // The entity-level view sees only the consultation.
        Assert.That(query.Between(Corpus.Node(Prk), Corpus.Node(Chn)).Select(e => e.Category), Is.EqualTo(new[] { "CONSULT" }));
    }

    [Test]
    public void The_country_dyad_turns_net_conflict_where_the_entity_dyad_looked_cooperative()
    {
        var query = Corpus.Query();
        Assert.That(query.Dyad(Corpus.Node(Prk), Corpus.Node(Chn)).Net, Is.EqualTo(1), "CONSULT alone");

        var dyad = query.ActorDyad(Corpus.Node(Prk), Corpus.Node(Chn));
        var may = dyad.Periods.Single();
        Assert.That(may.Start, Is.EqualTo(new DateOnly(2014, 5, 1)));
        Assert.That(may.AToB, Is.EqualTo(new DyadFlow(0, 1, 0, -5.0, 1)), "the KWP's sanction");
        Assert.That(may.BToA, Is.EqualTo(new DyadFlow(1, 1, 0, -1.0, 2)), "consultation +1 and accusation −2");
        Assert.That(dyad.Net, Is.EqualTo(-1));
    }

    [Test]
    public void A_country_dyad_needs_two_different_known_countries()
    {
        var query = Corpus.Query();
        Assert.That(() => query.BetweenActors(Corpus.Node(Prk), Corpus.Node(Kwp)), Throws.ArgumentException.With.Message.Contains("PRK"));
        var stateless = new GraphBuilder().Add(Doc("y", [Country("CHN", "China", 1), Person("person:x", "X", null, 1)])).ToGraph();
        Assert.That(() => stateless.Query().ActorDyad(stateless.Node("person:x"), stateless.Node(Chn)),
            Throws.ArgumentException.With.Message.Contains("no known country"));
    }

    [Test]
    public void Seed_article_the_DPRK_China_country_dyad_holds_the_edict_and_the_accusation()
    {
        var graph = NodeLinkJsonReaderTests.SeedGraph();
        var query = graph.Query();
        var edges = query.BetweenActors(query.FindBest("DPRK")!, query.FindBest("China")!);
        var labels = edges.Select(e => $"{GraphQuery.ActorCountry(e.Source)}>{GraphQuery.ActorCountry(e.Target)}:{e.Category ?? e.Type}").ToHashSet();
        Assert.That(labels, Does.Contain("PRK>CHN:SANCTION").And.Contain("CHN>PRK:ACCUSE"));
        Assert.That(edges.Any(e => e.Source.Id == "party:WORKERS_PARTY_OF_KOREA" && e.Category == "SANCTION"), Is.True, "the edict is the party's");
        Assert.That(query.ActorDyad(query.FindBest("DPRK")!, query.FindBest("China")!).Net, Is.LessThan(0));
    }
}
