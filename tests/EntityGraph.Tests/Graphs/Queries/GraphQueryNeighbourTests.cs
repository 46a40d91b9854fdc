using EntityGraph.Graphs;
using EntityGraph.Graphs.Queries;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.Queries.QueryWorld;

namespace EntityGraph.Tests.Graphs.Queries;

public class GraphQueryNeighbourTests
{
    private static readonly EntityRelationGraph World = Build();
    private static GraphQuery Query => World.Query();
    private static GraphNode PrkNode => World.Node(Prk);

    private static (string Id, double Weight)[] Summary(IReadOnlyList<Neighbour> neighbours) =>
        neighbours.Select(n => (n.Node.Id, Math.Round(n.Weight, 9))).ToArray();

    [Test]
    public void Neighbours_in_both_directions_heaviest_first()
    {
        // CHN: E7 0.8 + E8 0.9 out, E1 0.2 + E2 0.6 + E3 0.5 in = 3.0; kim E11 0.9; RUS E9 0.7; USA E10 0.2.
        Assert.That(Summary(Query.Neighbours(PrkNode)),
            Is.EqualTo(new[] { (Chn, 3.0), (Kim, 0.9), (Rus, 0.7), (Usa, 0.2) }));
    }

    [Test]
    public void Direction_selects_outgoing_or_incoming_edges()
    {
        Assert.That(Summary(Query.Neighbours(PrkNode, EdgeDirection.Out)), Is.EqualTo(new[] { (Chn, 1.7), (Rus, 0.7), (Usa, 0.2) }));
        Assert.That(Summary(Query.Neighbours(PrkNode, EdgeDirection.In)), Is.EqualTo(new[] { (Chn, 1.3), (Kim, 0.9) }));
    }

    [Test]
    public void Ties_list_outgoing_then_incoming_edges_in_graph_order()
    {
        var ties = Query.Ties(PrkNode);
        Assert.That(ties.Select(t => (t.Neighbour.Id, t.Edge.Category ?? t.Edge.Type, t.Direction)), Is.EqualTo(new[]
        {
            (Chn, "ACCUSE", EdgeDirection.Out), (Chn, "SANCTION", EdgeDirection.Out), (Rus, "COOPERATE", EdgeDirection.Out),
            (Usa, "THREATEN", EdgeDirection.Out),
            (Chn, "co-mention", EdgeDirection.In), (Chn, "ACCUSE", EdgeDirection.In), (Chn, "CONSULT", EdgeDirection.In),
            (Kim, "leader-of", EdgeDirection.In),
        }));
    }

    [Test]
    public void Conflict_keeps_quad_classes_3_and_4_but_not_a_negated_threat()
    {
        var conflict = Query.Ties(PrkNode, filter: new EdgeFilter { Stance = Stance.Conflict });
        Assert.That(conflict.Select(t => (t.Edge.Source.Id, t.Edge.Category)),
            Is.EqualTo(new[] { (Prk, "ACCUSE"), (Prk, "SANCTION"), (Chn, "ACCUSE") }));
    }

    [Test]
    public void Cooperation_keeps_quad_classes_1_and_2()
    {
        // RUS: E9 COOPERATE q2 0.7; CHN: E3 CONSULT q1 0.5.
        Assert.That(Summary(Query.Neighbours(PrkNode, filter: new EdgeFilter { Stance = Stance.Cooperation })),
            Is.EqualTo(new[] { (Rus, 0.7), (Chn, 0.5) }));
    }

    [Test]
    public void Without_a_quad_class_the_sign_of_the_Goldstein_score_decides()
    {
        var doc = Dated("g", null, [GraphFixtures.Country("PRK", "North Korea", 1), GraphFixtures.Country("CHN", "China", 1)],
            GraphFixtures.Interaction(Prk, Chn, "REJECT", 0.5, "g", 0, "x") with { Goldstein = -4.0 },
            GraphFixtures.Interaction(Chn, Prk, "AID", 0.5, "g", 1, "y") with { Goldstein = 7.0 },
            GraphFixtures.Interaction(Prk, Chn, "CONSULT", 0.5, "g", 2, "z") with { Goldstein = 0.0 });
        var graph = new GraphBuilder().Add(doc).ToGraph();
        var stances = graph.Edges.ToDictionary(e => e.Category!, Stances.Of);
        Assert.That(stances, Is.EqualTo(new Dictionary<string, Stance>
        {
            ["REJECT"] = Stance.Conflict, ["AID"] = Stance.Cooperation, ["CONSULT"] = Stance.Neutral,
        }));
    }

    [Test]
    public void Relation_type_or_category_filters_ignore_case()
    {
        var ties = Query.Ties(PrkNode, filter: new EdgeFilter { Relations = ["sanction", "LEADER-OF"] });
        Assert.That(ties.Select(t => t.Edge.Category ?? t.Edge.Type), Is.EqualTo(new[] { "SANCTION", "leader-of" }));
    }

    [Test]
    public void Quad_class_minimum_weight_and_negation_filters()
    {
        Assert.That(Query.Ties(PrkNode, filter: new EdgeFilter { QuadClasses = [4] }).Select(t => t.Edge.Category), Is.EqualTo(new[] { "SANCTION" }));
        // Weights at least 0.8: E7 0.8, E8 0.9, E11 0.9.
        Assert.That(Summary(Query.Neighbours(PrkNode, filter: new EdgeFilter { MinWeight = 0.8 })), Is.EqualTo(new[] { (Chn, 1.7), (Kim, 0.9) }));
        Assert.That(Query.Neighbours(PrkNode, filter: new EdgeFilter { IncludeNegated = false }).Select(n => n.Node.Id), Does.Not.Contain(Usa));
    }

    [Test]
    public void A_date_range_keeps_edges_with_evidence_inside_it_and_drops_undated_ones()
    {
        // From 1 May 2014: document b only (E2, E8, E9).
        var may = Query.Ties(PrkNode, filter: new EdgeFilter { From = new DateOnly(2014, 5, 1) });
        Assert.That(may.Select(t => t.Edge.Category), Is.EquivalentTo(new[] { "SANCTION", "COOPERATE", "ACCUSE" }));
        Assert.That(may.Single(t => t.Edge.Category == "ACCUSE").Direction, Is.EqualTo(EdgeDirection.In), "CHN→PRK ACCUSE is from b; PRK→CHN ACCUSE is from a");
        // Up to 30 April 2014: document a (E7, E3, E11, and E1 whose a-evidence is dated).
        var april = Query.Ties(PrkNode, filter: new EdgeFilter { To = new DateOnly(2014, 4, 30) });
        Assert.That(april.Select(t => t.Edge.Category ?? t.Edge.Type), Is.EqualTo(new[] { "ACCUSE", "co-mention", "CONSULT", "leader-of" }));
        // Strictly between the dates of a and b: no edge of PRK has evidence there.
        Assert.That(Query.Ties(PrkNode, filter: new EdgeFilter { From = new DateOnly(2014, 4, 11), To = new DateOnly(2014, 5, 19) }), Is.Empty);
    }

    [Test]
    public void A_date_range_looks_at_each_piece_of_evidence_not_only_the_first_and_last()
    {
        // One edge with evidence on 1 Jan and 31 Dec: a range in June lies between them but holds no evidence.
        var graph = new GraphBuilder()
            .Add(Dated("x", new DateOnly(2020, 1, 1), [GraphFixtures.Country("PRK", "North Korea", 1), GraphFixtures.Country("CHN", "China", 1)],
                GraphFixtures.CoMention(Chn, Prk, "x", 0, "x")))
            .Add(Dated("y", new DateOnly(2020, 12, 31), [GraphFixtures.Country("PRK", "North Korea", 1), GraphFixtures.Country("CHN", "China", 1)],
                GraphFixtures.CoMention(Chn, Prk, "y", 0, "y")))
            .ToGraph();
        var edge = graph.Edges.Single();
        Assert.That(new EdgeFilter { From = new DateOnly(2020, 6, 1), To = new DateOnly(2020, 6, 30) }.Matches(edge), Is.False);
        Assert.That(new EdgeFilter { From = new DateOnly(2020, 6, 1), To = new DateOnly(2021, 1, 1) }.Matches(edge), Is.True);
        Assert.That(new EdgeFilter { From = new DateOnly(2020, 12, 31) }.Matches(edge), Is.True, "bounds are inclusive");
    }

    [Test]
    public void Relations_between_two_entities_both_directions_with_their_evidence()
    {
        var between = Query.Between(PrkNode, World.Node(Chn));
        Assert.That(between.Select(e => (e.Source.Id, e.Category ?? e.Type)), Is.EqualTo(new[]
        {
            (Prk, "ACCUSE"), (Prk, "SANCTION"), (Chn, "co-mention"), (Chn, "ACCUSE"), (Chn, "CONSULT"),
        }));
        Assert.That(between[1].Evidence.Single().SentenceText, Is.EqualTo("The DPRK cut trade with China."));
        Assert.That(between[2].Evidence.Select(e => (e.DocumentId, e.SentenceIndex)), Is.EqualTo(new[] { ("a", 0), ("c", 3) }));
        Assert.That(Query.Between(World.Node(Chn), PrkNode).Select(e => e.Source.Id), Is.EqualTo(new[] { Chn, Chn, Chn, Prk, Prk }));
        Assert.That(Query.Between(PrkNode, World.Node(Jpn)), Is.Empty);
    }
}

public class EdgeFilterTests
{
    [Test]
    public void Filters_with_the_same_conditions_are_equal_whatever_the_set_order_or_case()
    {
        var a = new EdgeFilter { Relations = ["SANCTION", "co-mention"], QuadClasses = [3, 4] };
        var b = new EdgeFilter { Relations = ["Co-Mention", "sanction"], QuadClasses = [4, 3] };
        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        Assert.That(a, Is.Not.EqualTo(b with { MinWeight = 1 }));
        Assert.That(new EdgeFilter { Relations = [] }.AcceptsAll, Is.True, "an empty set is no condition");
        Assert.That(a.AcceptsAll, Is.False);
    }
}
