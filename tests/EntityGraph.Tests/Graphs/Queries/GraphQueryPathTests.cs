using EntityGraph.Export;
using EntityGraph.Graphs;
using EntityGraph.Graphs.Queries;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.Queries.QueryWorld;

namespace EntityGraph.Tests.Graphs.Queries;

public class GraphQueryPathTests
{
    private static readonly EntityRelationGraph World = Build();
    private static GraphQuery Query => World.Query();

    private static string[] Ids(GraphPath? path) => path!.Nodes.Select(n => n.Id).ToArray();

    [Test]
    public void Unweighted_paths_ignore_direction_by_default()
    {
        // kim→PRK (E11), PRK→USA (E10).
        var path = Query.ShortestPath(World.Node(Kim), World.Node(Usa));
        Assert.That(Ids(path), Is.EqualTo(new[] { Kim, Prk, Usa }));
        Assert.That(path!.Length, Is.EqualTo(2));
        Assert.That(path.Cost, Is.EqualTo(2));
        Assert.That(path.Edges.Select(e => e.Category ?? e.Type), Is.EqualTo(new[] { "leader-of", "THREATEN" }));

        // JPN→USA is the only edge at JPN; from USA, PRK is reached through E10 (USA's in-edges: E4 from CHN, E6, E10).
        Assert.That(Ids(Query.ShortestPath(World.Node(Jpn), World.Node(Prk))), Is.EqualTo(new[] { Jpn, Usa, Prk }));
    }

    [Test]
    public void A_filter_removes_edges_from_the_search()
    {
        // Without the negated threat, kim reaches the US through China: E11, E8/E7 … CHN, E4.
        var path = Query.ShortestPath(World.Node(Kim), World.Node(Usa), new PathOptions { Filter = new EdgeFilter { IncludeNegated = false } });
        Assert.That(Ids(path), Is.EqualTo(new[] { Kim, Prk, Chn, Usa }));
    }

    [Test]
    public void Directed_paths_follow_edges_from_source_to_target_only()
    {
        var directed = new PathOptions { Directed = true };
        Assert.That(Ids(Query.ShortestPath(World.Node(Kim), World.Node(Usa), directed)), Is.EqualTo(new[] { Kim, Prk, Usa }));
        Assert.That(Query.ShortestPath(World.Node(Usa), World.Node(Kim), directed), Is.Null, "the US has no outgoing edge");
        Assert.That(Ids(Query.ShortestPath(World.Node(Usa), World.Node(Kim))), Is.EqualTo(new[] { Usa, Prk, Kim }));
    }

    [Test]
    public void Weighted_paths_prefer_well_attested_ties()
    {
        // Through the 0.2 threat: 1/0.9 + 1/0.2 = 6.11; through China: 1/0.9 (E11) + 1/0.9 (E8) + 1/0.6 (E4) = 3.89.
        var path = Query.ShortestPath(World.Node(Kim), World.Node(Usa), new PathOptions { Weighted = true });
        Assert.That(Ids(path), Is.EqualTo(new[] { Kim, Prk, Chn, Usa }));
        Assert.That(path!.Edges.Select(e => e.Category ?? e.Type), Is.EqualTo(new[] { "leader-of", "SANCTION", "SUPPORT" }));
        Assert.That(path.Cost, Is.EqualTo(1 / 0.9 + 1 / 0.9 + 1 / 0.6).Within(1e-9));

        // Directed: the same route runs with the edges (kim→PRK, PRK→CHN, CHN→USA); nothing leaves the US.
        var directed = new PathOptions { Weighted = true, Directed = true };
        Assert.That(Ids(Query.ShortestPath(World.Node(Kim), World.Node(Usa), directed)), Is.EqualTo(new[] { Kim, Prk, Chn, Usa }));
        Assert.That(Query.ShortestPath(World.Node(Usa), World.Node(Kim), directed), Is.Null);
        // A weightless edge cannot be crossed: none here, so RUS reaches CHN through PRK at 1/0.7 + 1/0.9.
        Assert.That(Query.ShortestPath(World.Node(Rus), World.Node(Chn), new PathOptions { Weighted = true })!.Cost,
            Is.EqualTo(1 / 0.7 + 1 / 0.9).Within(1e-9));
    }

    [Test]
    public void No_path_between_components_and_an_empty_path_to_oneself()
    {
        Assert.That(Query.ShortestPath(World.Node(Fra), World.Node(Prk)), Is.Null);
        Assert.That(Query.ShortestPath(World.Node(Fra), World.Node(Prk), new PathOptions { Weighted = true }), Is.Null);
        var self = Query.ShortestPath(World.Node(Prk), World.Node(Prk));
        Assert.That((Ids(self), self!.Length), Is.EqualTo((new[] { Prk }, 0)));
    }

    [Test]
    public void Ego_network_depth_1_is_the_node_its_neighbours_and_every_edge_among_them()
    {
        var ego = Query.EgoNetwork(World.Node(Prk));
        Assert.That(ego.Nodes.Select(n => n.Id), Is.EqualTo(new[] { Chn, Prk, Rus, Usa, Kim }));
        // E1–E4 (CHN→USA is a tie among neighbours), E7–E11; not E5 (DEU→FRA) or E6 (JPN).
        Assert.That(ego.Edges, Has.Count.EqualTo(9));
        Assert.That(ego.Edges.Any(e => e.Source.Id == Chn && e.Target.Id == Usa), Is.True);
        Assert.That(ego.DocumentCount, Is.EqualTo(4));
    }

    [Test]
    public void Ego_network_depth_and_direction()
    {
        Assert.That(Query.EgoNetwork(World.Node(Prk), 2).Nodes.Select(n => n.Id), Is.EqualTo(new[] { Chn, Jpn, Prk, Rus, Usa, Kim }));
        Assert.That(Query.EgoNetwork(World.Node(Prk), 2).Edges, Has.Count.EqualTo(10));
        var zero = Query.EgoNetwork(World.Node(Prk), 0);
        Assert.That((zero.Nodes.Count, zero.Edges.Count), Is.EqualTo((1, 0)));
        // Outgoing only: CHN, RUS, USA (not kim); induced edges E1–E4 and E7–E10.
        var outgoing = Query.EgoNetwork(World.Node(Prk), 1, EdgeDirection.Out);
        Assert.That(outgoing.Nodes.Select(n => n.Id), Is.EqualTo(new[] { Chn, Prk, Rus, Usa }));
        Assert.That(outgoing.Edges, Has.Count.EqualTo(8));
        Assert.Throws<ArgumentOutOfRangeException>(() => Query.EgoNetwork(World.Node(Prk), -1));
    }

    [Test]
    public void An_ego_network_that_touches_a_hub_looks_up_the_hubs_edges_by_pair()
    {
        // H→L1 … H→L10, L1→H and a self-loop H→H. L1's ego network is {H, L1}; H has 11 out-edges, more than
        // the 2 members, so its edges to them come from the pair index instead of a scan.
        var entities = new[] { GraphFixtures.Country("HUB", "Hub", 1) }
            .Concat(Enumerable.Range(1, 10).Select(i => GraphFixtures.Country($"L{i:D2}", $"Leaf {i}", 1))).ToArray();
        var relations = Enumerable.Range(1, 10)
            .Select(i => GraphFixtures.Interaction("country:HUB", $"country:L{i:D2}", "AID", 0.5, "s", i, "x"))
            .Append(GraphFixtures.Interaction("country:L01", "country:HUB", "AID", 0.5, "s", 11, "y"))
            .Append(GraphFixtures.Interaction("country:HUB", "country:HUB", "AID", 0.5, "s", 12, "z"))
            .ToArray();
        var star = new GraphBuilder().Add(Dated("s", null, entities, relations)).ToGraph();

        var ego = star.Query().EgoNetwork(star.Node("country:L01"));
        Assert.That(ego.Edges.Select(e => (e.Source.Id, e.Target.Id)), Is.EqualTo(new[]
        {
            ("country:HUB", "country:HUB"), ("country:HUB", "country:L01"), ("country:L01", "country:HUB"),
        }));
    }

    [Test]
    public void Ego_networks_hold_exactly_the_edges_among_their_members([Values(0, 1, 2)] int depth)
    {
        // Against the definition, by brute force over every edge, for every node of the world.
        foreach (var node in World.Nodes)
        {
            var ego = Query.EgoNetwork(node, depth);
            var members = ego.Nodes.ToHashSet();
            var expected = World.Edges.Where(e => members.Contains(e.Source) && members.Contains(e.Target));
            Assert.That(ego.Edges, Is.EqualTo(expected), $"{node.Id}, depth {depth}");
        }
    }

    [Test]
    public void Reach_reports_the_distance_of_each_node()
    {
        var reach = Query.Reach(World.Node(Kim), 3);
        Assert.That(reach.Select(r => (r.Node.Id, r.Hops)), Is.EqualTo(new[]
        {
            (Kim, 0), (Prk, 1), (Chn, 2), (Rus, 2), (Usa, 2), (Jpn, 3),
        }));
    }

    [Test]
    public void An_ego_network_exports_and_reads_back_like_any_graph()
    {
        var ego = Query.EgoNetwork(World.Node(Prk));
        string graphml = GraphMLWriter.WriteToString(ego);
        var back = GraphMLReader.ReadFromString(graphml);
        Assert.That(GraphMLWriter.WriteToString(back), Is.EqualTo(graphml));
        Assert.That(back.Edges, Has.Count.EqualTo(9));
    }
}
