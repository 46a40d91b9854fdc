using EntityGraph.Graphs;
using EntityGraph.Graphs.Queries;
using EntityGraph.Tests.Export;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.Queries.QueryWorld;

namespace EntityGraph.Tests.Graphs.Queries;

public class GraphQueryDyadTests
{
    private static readonly EntityRelationGraph World = Build();
    private static GraphQuery Query => World.Query();

    [Test]
    public void Dyad_by_month_counts_each_relation_in_its_documents_month()
    {
        var dyad = Query.Dyad(World.Node(Prk), World.Node(Chn));
        Assert.That(dyad.Periods.Select(p => p.Start), Is.EqualTo(new DateOnly?[] { new(2014, 4, 1), new(2014, 5, 1), null }));

        // April (document a): PRK accused China (q3, −2); China consulted (q1, +1) and co-mentioned (neutral).
        var april = dyad.Periods[0];
        Assert.That(april.AToB, Is.EqualTo(new DyadFlow(0, 1, 0, -2.0, 1)));
        Assert.That(april.BToA, Is.EqualTo(new DyadFlow(1, 0, 1, 1.0, 1)));
        Assert.That(april.Net, Is.EqualTo(0));

        // May (document b): the sanction (q4, −5) and China's accusation (q3, −2).
        var may = dyad.Periods[1];
        Assert.That(may.AToB, Is.EqualTo(new DyadFlow(0, 1, 0, -5.0, 1)));
        Assert.That(may.BToA, Is.EqualTo(new DyadFlow(0, 1, 0, -2.0, 1)));
        Assert.That(may.Net, Is.EqualTo(-2));

        // Undated (document c): one co-mention.
        Assert.That(dyad.Periods[2].BToA, Is.EqualTo(new DyadFlow(0, 0, 1, 0, 0)));
        Assert.That(dyad.Periods[2].AToB.Total, Is.EqualTo(0));

        Assert.That(dyad.Total.AToB, Is.EqualTo(new DyadFlow(0, 2, 0, -7.0, 2)));
        Assert.That(dyad.Total.BToA, Is.EqualTo(new DyadFlow(1, 1, 2, -1.0, 2)));
        Assert.That(dyad.Net, Is.EqualTo(-2), "net conflict: 1 cooperation against 3 conflict");
    }

    [Test]
    public void Dyad_by_year_and_from_the_other_side()
    {
        var year = Query.Dyad(World.Node(Chn), World.Node(Prk), DateGranularity.Year);
        Assert.That(year.Periods.Select(p => p.Start), Is.EqualTo(new DateOnly?[] { new(2014, 1, 1), null }));
        // A is China now: China→PRK in 2014 is consult, co-mention, accuse; PRK→China accuse and sanction.
        Assert.That(year.Periods[0].AToB, Is.EqualTo(new DyadFlow(1, 1, 1, -1.0, 2)));
        Assert.That(year.Periods[0].BToA, Is.EqualTo(new DyadFlow(0, 2, 0, -7.0, 2)));
        Assert.That(year.Net, Is.EqualTo(-2));

        var days = Query.Dyad(World.Node(Prk), World.Node(Chn), DateGranularity.Day);
        Assert.That(days.Periods.Select(p => p.Start), Is.EqualTo(new DateOnly?[] { new(2014, 4, 10), new(2014, 5, 20), null }));
    }

    [Test]
    public void A_negated_relation_is_neutral_in_a_dyad_and_its_Goldstein_score_still_counts()
    {
        // PRK did not threaten the US (q3, −4, negated): neither conflict nor cooperation.
        var dyad = Query.Dyad(World.Node(Prk), World.Node(Usa));
        Assert.That(dyad.Periods.Single(), Is.EqualTo(new DyadPeriod(null, new DyadFlow(0, 0, 1, -4.0, 1), default)));
        Assert.That(Query.Dyad(World.Node(Prk), World.Node(Fra)).Periods, Is.Empty);
    }

    [Test]
    public void Seed_article_DPRK_and_China_are_a_net_conflict_dyad_and_DPRK_neighbours_include_China_and_Russia()
    {
        var graph = NodeLinkJsonReaderTests.SeedGraph();
        var query = graph.Query();
        var prk = query.FindBest("DPRK");
        Assert.That(prk?.Id, Is.EqualTo(Prk));
        Assert.That(query.FindBest("North Korea"), Is.SameAs(prk));
        var china = query.FindBest("China")!;

        var dyad = query.Dyad(prk!, china);
        Assert.That(dyad.Net, Is.LessThan(0), dyad.ToString());
        Assert.That(dyad.Total.Both.Conflict, Is.GreaterThan(dyad.Total.Both.Cooperation));

        var neighbours = query.Neighbours(prk!).Select(n => n.Node.Id).ToArray();
        Assert.That(neighbours, Does.Contain(Chn).And.Contain(Rus));
    }
}
