using EntityGraph.Documents;
using EntityGraph.Graphs;
using EntityGraph.Graphs.Queries;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.Queries.QueryWorld;

namespace EntityGraph.Tests.Graphs.Queries;

public class GraphQueryStructureTests
{
    private static readonly EntityRelationGraph World = Build();
    private static GraphQuery Query => World.Query();

    [Test]
    public void Weakly_connected_components_largest_first()
    {
        var components = Query.Components();
        Assert.That(components.Select(c => c.Select(n => n.Id).ToArray()), Is.EqualTo(new[]
        {
            new[] { Chn, Jpn, Prk, Rus, Usa, Kim },
            new[] { Deu, Fra },
            new[] { Kor },
        }));
    }

    [Test]
    public void Degree_counts_edges_in_and_out()
    {
        // PRK: out E7 E8 E9 E10, in E1 E2 E3 E11 = 8; CHN: out E1–E4, in E7 E8 = 6; USA: in E4 E6 E10 = 3.
        Assert.That(Query.Degree(3).Select(r => (r.Node.Id, r.Score)), Is.EqualTo(new[] { (Prk, 8.0), (Chn, 6.0), (Usa, 3.0) }));
        Assert.That(Query.Degree().Last().Node.Id, Is.EqualTo(Kor), "South Korea has no edge");
        // Degree 1, in id order: DEU, FRA, JPN, RUS, kim.
        Assert.That(Query.Degree().Skip(3).Take(5).Select(r => (r.Node.Id, r.Score)),
            Is.EqualTo(new[] { (Deu, 1.0), (Fra, 1.0), (Jpn, 1.0), (Rus, 1.0), (Kim, 1.0) }));
        Assert.That(Query.Degree(), Has.Count.EqualTo(9));
    }

    [Test]
    public void Weighted_degree_sums_edge_weights()
    {
        // PRK: 0.8+0.9+0.7+0.2 out + 0.2+0.6+0.5+0.9 in = 4.8; CHN: 0.2+0.6+0.5+0.6 + 0.8+0.9 = 3.6;
        // kim 0.9; USA 0.6+0.1+0.2, which in binary floating point is 0.8999999999999999, just below kim; RUS 0.7.
        var top = Query.WeightedDegree(5);
        Assert.That(top.Select(r => r.Node.Id), Is.EqualTo(new[] { Prk, Chn, Kim, Usa, Rus }));
        Assert.That(top.Select(r => r.Score), Is.EqualTo(new[] { 4.8, 3.6, 0.9, 0.9, 0.7 }).Within(1e-9));
    }

    [Test]
    public void PageRank_through_QuikGraph_on_a_star()
    {
        // B→A and C→A. rank = (1 − 0.85) + 0.85 · Σ rank(u)/outdeg(u): B = C = 0.15, A = 0.15 + 0.85 · 0.3 = 0.405;
        // as shares of 0.705: A 0.574468, B = C 0.212766.
        var graph = new GraphBuilder().Add(Dated("s", null,
            [GraphFixtures.Country("AAA", "A", 1), GraphFixtures.Country("BBB", "B", 1), GraphFixtures.Country("CCC", "C", 1)],
            GraphFixtures.Interaction("country:BBB", "country:AAA", "AID", 0.5, "s", 0, "x"),
            GraphFixtures.Interaction("country:CCC", "country:AAA", "AID", 0.5, "s", 1, "y"))).ToGraph();
        var ranks = graph.Query().PageRank();
        Assert.That(ranks.Select(r => r.Node.Id), Is.EqualTo(new[] { "country:AAA", "country:BBB", "country:CCC" }));
        Assert.That(ranks.Select(r => r.Score), Is.EqualTo(new[] { 0.405 / 0.705, 0.15 / 0.705, 0.15 / 0.705 }).Within(1e-6));
    }

    [Test]
    public void PageRank_ranks_the_most_pointed_at_entity_of_the_world_first()
    {
        var ranks = Query.PageRank(top: 2);
        Assert.That(ranks, Has.Count.EqualTo(2));
        Assert.That(Query.PageRank().Sum(r => r.Score), Is.EqualTo(1.0).Within(1e-9));
        Assert.That(EntityRelationGraph.Empty.Query().PageRank(), Is.Empty);
        Assert.Throws<ArgumentOutOfRangeException>(() => Query.PageRank(damping: 1.5));
    }

    [Test]
    public void Strongest_ties_by_weight_then_count_then_graph_order()
    {
        // 0.9: E8 (PRK→CHN SANCTION) and E11 (kim leader-of) — E8 comes first in edge order; then E7 0.8.
        Assert.That(Query.StrongestTies(3).Select(e => e.Category ?? e.Type), Is.EqualTo(new[] { "SANCTION", "leader-of", "ACCUSE" }));
        Assert.That(Query.StrongestTies(3)[2].Source.Id, Is.EqualTo(Prk));
        Assert.That(Query.StrongestTies(2, new EdgeFilter { Relations = ["co-mention"] }).Select(e => (e.Source.Id, e.Target.Id)),
            Is.EqualTo(new[] { (Chn, Prk), (Jpn, Usa) }));
        Assert.That(Query.StrongestTies(100), Has.Count.EqualTo(11));
        Assert.That(Query.StrongestTies(0), Is.Empty);
    }

    [Test]
    public void Subgraph_by_node_and_edge_filters()
    {
        var countries = Query.Subgraph(n => n.Type == EntityType.Country);
        Assert.That((countries.Nodes.Count, countries.Edges.Count), Is.EqualTo((8, 10)), "kim and E11 go");

        var conflict = Query.Subgraph(new EdgeFilter { Stance = Stance.Conflict });
        Assert.That(conflict.Nodes.Select(n => n.Id), Is.EqualTo(new[] { Chn, Prk }));
        Assert.That(conflict.Edges.Select(e => (e.Source.Id, e.Category)), Is.EqualTo(new[] { (Chn, "ACCUSE"), (Prk, "ACCUSE"), (Prk, "SANCTION") }));

        var kept = Query.Subgraph(null, e => e.Type == "co-mention");
        Assert.That((kept.Nodes.Count, kept.Edges.Count), Is.EqualTo((9, 2)), "isolated nodes stay unless dropped");
        Assert.That(Query.Subgraph(null, e => e.Type == "co-mention", dropIsolated: true).Nodes.Select(n => n.Id),
            Is.EqualTo(new[] { Chn, Jpn, Prk, Usa }));
    }
}
