using EntityGraph.Documents;
using EntityGraph.Export;
using EntityGraph.Graphs;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.GraphFixtures;

namespace EntityGraph.Tests.Graphs;

/// <summary>First/last seen, Goldstein, quad class and CAMEO on the graph, and exact merging of graphs.</summary>
public class GraphDatesAndMergeTests
{
    private const string Prk = "country:PRK";
    private const string Chn = "country:CHN";
    private const string Rus = "country:RUS";

    private static Relation Sanction(string docId, int sentence, double confidence, double? goldstein, int? quad, string? cameo) =>
        Interaction(Prk, Chn, "SANCTION", confidence, docId, sentence, $"Sentence {sentence} of {docId}.") with
        {
            Goldstein = goldstein,
            QuadClass = quad,
            Cameo = cameo,
        };

    // a.txt (1 May 2014): two PRK→CHN sanctions. b.txt (20 April 2014): one more. c.txt (no date): PRK and Russia.
    private static Document DocA() => DatedDoc("a.txt", new DateOnly(2014, 5, 1),
        [Country("PRK", "North Korea", 2), Country("CHN", "China", 1)],
        Sanction("a.txt", 1, 0.8, -4.0, 4, "163"),
        Sanction("a.txt", 3, 0.6, -5.0, 4, "160"));

    private static Document DocB() => DatedDoc("b.txt", new DateOnly(2014, 4, 20),
        [Country("PRK", "North Korea", 1), Country("CHN", "China", 1)],
        Sanction("b.txt", 0, 0.5, null, 3, "160"));

    private static Document DocC() => Doc("c.txt",
        [Country("PRK", "North Korea", 1), Country("RUS", "Russia", 1)],
        CoMention(Prk, Rus, "c.txt", 0, "North Korea and Russia."));

    private static string Dump(EntityRelationGraph g) => GraphMLWriter.WriteToString(g) + NodeLinkJsonWriter.WriteToString(g);

    [Test]
    public void Nodes_are_seen_from_the_first_to_the_last_dated_document_that_mentions_them()
    {
        var graph = new GraphBuilder().Add(DocA()).Add(DocB()).Add(DocC()).ToGraph();
        Assert.That(graph.TryGetNode(Prk, out var prk) && graph.TryGetNode(Rus, out var rus), Is.True);
        // c.txt has no date: it counts as a document but moves no date.
        Assert.That((prk!.FirstSeen, prk.LastSeen, prk.DocumentCount), Is.EqualTo((new DateOnly(2014, 4, 20), new DateOnly(2014, 5, 1), 3)));
        Assert.That(graph.TryGetNode(Rus, out rus), Is.True);
        Assert.That((rus!.FirstSeen, rus.LastSeen), Is.EqualTo(((DateOnly?)null, (DateOnly?)null)), "only in the undated c.txt");
        Assert.That((graph.FirstSeen, graph.LastSeen), Is.EqualTo((new DateOnly(2014, 4, 20), new DateOnly(2014, 5, 1))));
        Assert.That(graph.DocumentIds, Is.EqualTo(new[] { "a.txt", "b.txt", "c.txt" }));
    }

    [Test]
    public void Edges_summarise_their_evidence_and_keep_each_piece()
    {
        var graph = new GraphBuilder().Add(DocA()).Add(DocB()).Add(DocC()).ToGraph();
        var sanction = graph.Edges.Single(e => e.Category == "SANCTION");
        Assert.That(sanction.Count, Is.EqualTo(3));
        Assert.That((sanction.FirstSeen, sanction.LastSeen), Is.EqualTo((new DateOnly(2014, 4, 20), new DateOnly(2014, 5, 1))));
        Assert.That(sanction.MeanGoldstein, Is.EqualTo(-4.5), "(-4 + -5) / 2: b.txt's relation has no score and does not count");
        Assert.That(sanction.QuadClass, Is.EqualTo(4), "two of class 4 against one of class 3");
        Assert.That(sanction.Cameo, Is.EqualTo("160"), "two 160 against one 163");
        Assert.That(sanction.Weight, Is.EqualTo(1.9).Within(1e-12));
        Assert.That(sanction.Confidence, Is.EqualTo(0.8));
        // Items in evidence order (document, then sentence), each with its own facts.
        Assert.That(sanction.Items.Select(i => (i.DocumentId, i.Evidence.SentenceIndex, i.Confidence, i.Date, i.Goldstein, i.Cameo)), Is.EqualTo(new[]
        {
            ("a.txt", 1, 0.8, (DateOnly?)new DateOnly(2014, 5, 1), (double?)-4.0, "163"),
            ("a.txt", 3, 0.6, (DateOnly?)new DateOnly(2014, 5, 1), (double?)-5.0, "160"),
            ("b.txt", 0, 0.5, (DateOnly?)new DateOnly(2014, 4, 20), (double?)null, "160"),
        }));
        Assert.That(sanction.Evidence.Select(e => e.SentenceText), Is.EqualTo(sanction.Items.Select(i => i.Evidence.SentenceText)),
            "Evidence is the view of Items");

        var co = graph.Edges.Single(e => e.Type == "co-mention");
        Assert.That((co.FirstSeen, co.MeanGoldstein, co.QuadClass, co.Cameo), Is.EqualTo(((DateOnly?)null, (double?)null, (int?)null, (string?)null)));
    }

    [Test]
    public void Quad_class_ties_go_to_the_smaller_class()
    {
        var doc = Doc("q.txt", [Country("PRK", "North Korea", 1), Country("CHN", "China", 1)],
            Sanction("q.txt", 0, 0.5, 1, 2, "010"), Sanction("q.txt", 1, 0.5, 1, 1, "040"));
        var edge = new GraphBuilder().Add(doc).ToGraph().Edges.Single();
        Assert.That((edge.QuadClass, edge.Cameo), Is.EqualTo(((int?)1, "010")), "one each: 1 < 2 and \"010\" < \"040\"");
    }

    [Test]
    public void Name_votes_are_kept_so_merging_parts_elects_the_whole_corpus_winner()
    {
        // "North Korea" twice and "DPRK" three times: the first part alone would elect "North Korea".
        Document Named(string id, string name) => Doc(id, [Country("PRK", name, 1)]);
        var first = new GraphBuilder().Add(Named("1", "North Korea")).Add(Named("2", "North Korea")).Add(Named("3", "DPRK")).ToGraph();
        var second = new GraphBuilder().Add(Named("4", "DPRK")).Add(Named("5", "DPRK")).ToGraph();
        Assert.That(first.Nodes.Single().Name, Is.EqualTo("North Korea"));

        var merged = first.Merge(second);
        var node = merged.Nodes.Single();
        Assert.That(node.Name, Is.EqualTo("DPRK"));
        Assert.That(node.NameVotes, Is.EqualTo(new Dictionary<string, int> { ["DPRK"] = 3, ["North Korea"] = 2 }));
        Assert.That(node.NameVotes.Keys, Is.EqualTo(new[] { "DPRK", "North Korea" }), "ordinal order");
        Assert.That(node.TypeVotes, Is.EqualTo(new Dictionary<EntityType, int> { [EntityType.Country] = 5 }));
        Assert.That(node.Iso3Votes, Is.EqualTo(new Dictionary<string, int> { ["PRK"] = 5 }));
        Assert.That(node.CountryVotes, Is.Empty);
        Assert.That(merged.DocumentCount, Is.EqualTo(5));
    }

    [Test]
    public void Merging_the_graphs_of_parts_gives_the_graph_of_the_whole()
    {
        var whole = new GraphBuilder().Add(DocA()).Add(DocB()).Add(DocC()).ToGraph();
        var a = new GraphBuilder().Add(DocA()).ToGraph();
        var b = new GraphBuilder().Add(DocB()).ToGraph();
        var c = new GraphBuilder().Add(DocC()).ToGraph();
        Assert.That(Dump(a.Merge(b).Merge(c)), Is.EqualTo(Dump(whole)));
        Assert.That(Dump(c.Merge(a.Merge(b))), Is.EqualTo(Dump(whole)));
        Assert.That(Dump(EntityRelationGraph.MergeAll(b, c, a)), Is.EqualTo(Dump(whole)));
        Assert.That(Dump(new GraphBuilder().Add(DocB()).Add(a).Add(DocC()).ToGraph()), Is.EqualTo(Dump(whole)), "documents and graphs mix");
        Assert.That(Dump(EntityRelationGraph.MergeAll()), Is.EqualTo(Dump(EntityRelationGraph.Empty)));
    }

    [Test]
    public void Merging_imported_graphs_gives_the_graph_of_the_whole()
    {
        var whole = new GraphBuilder().Add(DocA()).Add(DocB()).Add(DocC()).ToGraph();
        var ab = new GraphBuilder().Add(DocA()).Add(DocB()).ToGraph();
        var c = new GraphBuilder().Add(DocC()).ToGraph();
        var fromGraphML = GraphMLReader.ReadFromString(GraphMLWriter.WriteToString(ab));
        var fromJson = NodeLinkJsonReader.ReadFromString(NodeLinkJsonWriter.WriteToString(c));
        Assert.That(Dump(fromGraphML.Merge(fromJson)), Is.EqualTo(Dump(whole)));
        Assert.That(Dump(new GraphBuilder().Add(fromGraphML).Add(DocC()).ToGraph()), Is.EqualTo(Dump(whole)), "an imported graph plus new articles");
    }

    [Test]
    public void A_document_in_both_graphs_is_refused_and_the_builder_is_left_unchanged()
    {
        var ab = new GraphBuilder().Add(DocA()).Add(DocB()).ToGraph();
        var bc = new GraphBuilder().Add(DocB()).Add(DocC()).ToGraph();
        var ex = Assert.Throws<ArgumentException>(() => ab.Merge(bc))!;
        Assert.That(ex.Message, Does.Contain("'b.txt'"));

        var builder = new GraphBuilder().Add(DocC());
        Assert.Throws<ArgumentException>(() => builder.Add(bc));
        Assert.That((builder.DocumentCount, builder.NodeCount, builder.EdgeCount), Is.EqualTo((1, 2, 1)));
        Assert.Throws<ArgumentException>(() => new GraphBuilder().Add(ab).Add(DocA()), "a document already in an added graph");
    }

    [Test]
    public void Documents_without_an_id_are_counted_but_cannot_be_recognised_twice()
    {
        var anonymous = new GraphBuilder().Add(Doc(null, [Country("PRK", "North Korea", 1)])).ToGraph();
        var twice = anonymous.Merge(anonymous);
        Assert.That(twice.DocumentCount, Is.EqualTo(2));
        Assert.That(twice.DocumentIds, Is.Empty);
        Assert.That(twice.Nodes.Single().MentionCount, Is.EqualTo(2));
    }

    [Test]
    public void A_merged_graph_does_not_change_when_its_inputs_are_merged_again()
    {
        var a = new GraphBuilder().Add(DocA()).ToGraph();
        var b = new GraphBuilder().Add(DocB()).ToGraph();
        string before = Dump(a);
        _ = a.Merge(b);
        Assert.That(Dump(a), Is.EqualTo(before));
    }
}
