using EntityGraph.Documents;
using EntityGraph.Export;
using EntityGraph.Graphs;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.GraphFixtures;

namespace EntityGraph.Tests.Graphs;

public class GraphBuilderTests
{
    private const string Prk = "country:PRK";
    private const string Chn = "country:CHN";
    private const string Rus = "country:RUS";

    // Two articles. a.txt: North Korea (3 mentions), China (1), two co-mention sentences and one sanction.
    // b.txt: North Korea again (2 mentions, another alias), Russia, one PRK–CHN co-mention, one PRK–RUS.
    private static Document DocA() => Doc("a.txt",
        [Country("PRK", "North Korea", 3, "North Korea", "DPRK"), Country("CHN", "China", 1, "China")],
        CoMention(Prk, Chn, "a.txt", 0, "North Korea and China."),
        CoMention(Prk, Chn, "a.txt", 2, "The DPRK cut trade with China."),
        Interaction(Prk, Chn, "SANCTION", 0.8, "a.txt", 2, "The DPRK cut trade with China."));

    private static Document DocB() => Doc("b.txt",
        [Country("PRK", "North Korea", 2, "N. Korea"), Country("CHN", "China", 1, "China"), Country("RUS", "Russia", 1, "Russia")],
        CoMention(Prk, Chn, "b.txt", 1, "N. Korea, China and Russia."),
        CoMention(Prk, Rus, "b.txt", 1, "N. Korea, China and Russia."));

    [Test]
    public void Entities_with_the_same_id_merge_into_one_node_across_documents()
    {
        var graph = new GraphBuilder().Add(DocA()).Add(DocB()).ToGraph();

        Assert.That(graph.Nodes.Select(n => n.Id), Is.EqualTo(new[] { Chn, Prk, Rus }), "one node per id, sorted ordinally");
        Assert.That(graph.TryGetNode(Prk, out var prk), Is.True);
        Assert.That(prk!.Name, Is.EqualTo("North Korea"));
        Assert.That(prk.Iso3, Is.EqualTo("PRK"));
        Assert.That(prk.MentionCount, Is.EqualTo(5), "3 + 2 mentions");
        Assert.That(prk.DocumentCount, Is.EqualTo(2));
        // Ordinal: 'D' < 'N', and "N." < "No" because '.' (U+002E) < 'o'.
        Assert.That(prk.Aliases, Is.EqualTo(new[] { "DPRK", "N. Korea", "North Korea" }));
        Assert.That(graph.TryGetNode(Rus, out var rus) && rus.DocumentCount == 1, Is.True);
        Assert.That(graph.DocumentCount, Is.EqualTo(2));
    }

    [Test]
    public void Relations_aggregate_per_source_target_type_and_category()
    {
        var graph = new GraphBuilder().Add(DocA()).Add(DocB()).ToGraph();

        // PRK→CHN co-mention: 2 from a.txt + 1 from b.txt; PRK→CHN SANCTION separately; PRK→RUS co-mention.
        Assert.That(graph.Edges, Has.Count.EqualTo(3));
        var co = graph.Edges.Single(e => e.Source.Id == Prk && e.Target.Id == Chn && e.Type == "co-mention");
        Assert.That(co.Count, Is.EqualTo(3));
        Assert.That(co.Weight, Is.EqualTo(0.3).Within(1e-12), "3 × 0.1");
        Assert.That(co.Confidence, Is.EqualTo(0.1));
        Assert.That(co.Category, Is.Null);
        Assert.That(co.Evidence.Select(e => (e.DocumentId, e.SentenceIndex)),
            Is.EqualTo(new[] { ("a.txt", 0), ("a.txt", 2), ("b.txt", 1) }), "evidence sorted by document, then sentence");

        var sanction = graph.Edges.Single(e => e.Category == "SANCTION");
        Assert.That((sanction.Count, sanction.Weight, sanction.Confidence), Is.EqualTo((1, 0.8, 0.8)));
        Assert.That(sanction.Evidence[0].SentenceText, Is.EqualTo("The DPRK cut trade with China."));

        // The QuikGraph view agrees: PRK has three outgoing edges (two to China, one to Russia), China two incoming.
        Assert.That(graph.TryGetNode(Prk, out var prk) && graph.TryGetNode(Chn, out var chn), Is.True);
        Assert.That(graph.Graph.OutDegree(prk!), Is.EqualTo(3));
        Assert.That(graph.TryGetNode(Chn, out chn), Is.True);
        Assert.That(graph.Graph.InDegree(chn!), Is.EqualTo(2));
        Assert.That(graph.Graph.VertexCount, Is.EqualTo(3));
    }

    [Test]
    public void Negated_relations_get_their_own_edge()
    {
        var doc = Doc("n.txt", [Country("PRK", "North Korea", 1), Country("CHN", "China", 1)],
            Interaction(Prk, Chn, "CRITICIZE", 0.7, "n.txt", 0, "It criticised China."),
            Interaction(Prk, Chn, "CRITICIZE", 0.6, "n.txt", 1, "It did not criticise China.", negated: true));

        var graph = new GraphBuilder().Add(doc).ToGraph();

        Assert.That(graph.Edges.Select(e => (e.Negated, e.Count)), Is.EqualTo(new[] { (false, 1), (true, 1) }));
    }

    [Test]
    public void The_graph_does_not_depend_on_the_order_documents_are_added()
    {
        var forward = new GraphBuilder().Add(DocA()).Add(DocB()).ToGraph();
        var backward = new GraphBuilder().Add(DocB()).Add(DocA()).ToGraph();

        Assert.That(GraphMLWriter.WriteToString(backward), Is.EqualTo(GraphMLWriter.WriteToString(forward)));
    }

    [Test]
    public void The_name_most_documents_use_wins_and_ties_go_to_the_ordinally_smallest()
    {
        var b1 = new GraphBuilder()
            .Add(Doc("1", [Country("PRK", "North Korea", 1)]))
            .Add(Doc("2", [Country("PRK", "DPRK", 9)]))
            .Add(Doc("3", [Country("PRK", "North Korea", 1)]));
        Assert.That(b1.ToGraph().Nodes[0].Name, Is.EqualTo("North Korea"), "two documents against one, however many mentions");

        var b2 = new GraphBuilder()
            .Add(Doc("1", [Country("PRK", "North Korea", 1)]))
            .Add(Doc("2", [Country("PRK", "DPRK", 1)]));
        Assert.That(b2.ToGraph().Nodes[0].Name, Is.EqualTo("DPRK"), "tie: 'D' < 'N'");
    }

    [Test]
    public void Person_country_is_kept()
    {
        var graph = new GraphBuilder()
            .Add(Doc("1", [Person("person:xi-jinping", "Xi Jinping", "CHN", 2, "Xi Jinping", "Xi")]))
            .ToGraph();

        var xi = graph.Nodes.Single();
        Assert.That((xi.Type, xi.Country, xi.Iso3, xi.MentionCount), Is.EqualTo((EntityType.Person, "CHN", (string?)null, 2)));
    }

    [Test]
    public void Adding_the_same_document_id_twice_is_refused_and_changes_nothing()
    {
        var builder = new GraphBuilder().Add(DocA());

        var ex = Assert.Throws<ArgumentException>(() => builder.Add(DocA()));
        Assert.That(ex!.Message, Does.Contain("'a.txt'"));
        Assert.That(builder.DocumentCount, Is.EqualTo(1));
        Assert.That(builder.ToGraph().Nodes.Single(n => n.Id == Prk).MentionCount, Is.EqualTo(3));
    }

    [Test]
    public void Documents_without_ids_are_all_counted()
    {
        var graph = new GraphBuilder()
            .Add(Doc(null, [Country("PRK", "North Korea", 1)]))
            .Add(Doc(null, [Country("PRK", "North Korea", 1)]))
            .ToGraph();

        Assert.That((graph.DocumentCount, graph.Nodes[0].DocumentCount), Is.EqualTo((2, 2)));
    }

    [Test]
    public void A_relation_to_an_unknown_entity_is_refused_with_the_id_and_changes_nothing()
    {
        var bad = Doc("bad.txt", [Country("PRK", "North Korea", 1)], CoMention(Prk, "country:XXX", "bad.txt", 0, "x"));
        var builder = new GraphBuilder();

        var ex = Assert.Throws<ArgumentException>(() => builder.Add(bad));
        Assert.That(ex!.Message, Does.Contain("bad.txt").And.Contain("country:XXX"));
        Assert.That((builder.DocumentCount, builder.NodeCount, builder.EdgeCount), Is.EqualTo((0, 0, 0)));
        Assert.DoesNotThrow(() => builder.Add(bad.WithRelations([])), "the id was not recorded either");
    }

    [Test]
    public void A_snapshot_does_not_change_when_more_documents_are_added()
    {
        var builder = new GraphBuilder().Add(DocA());
        var first = builder.ToGraph();
        builder.Add(DocB());

        Assert.That(first.Nodes, Has.Count.EqualTo(2));
        Assert.That(first.Nodes.Single(n => n.Id == Prk).MentionCount, Is.EqualTo(3));
        Assert.That(builder.ToGraph().Nodes, Has.Count.EqualTo(3));
    }

    [Test]
    public void An_empty_builder_gives_an_empty_graph()
    {
        var graph = new GraphBuilder().ToGraph();
        Assert.That((graph.Nodes.Count, graph.Edges.Count, graph.DocumentCount, graph.Graph.VertexCount), Is.EqualTo((0, 0, 0, 0)));
    }
}
