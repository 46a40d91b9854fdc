using System.Text;
using EntityGraph.Export;
using EntityGraph.Graphs;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.GraphFixtures;

namespace EntityGraph.Tests.Export;

public class NodeLinkJsonReaderTests
{
    /// <summary>The seed article through the default pipeline: real names, sentences and relation kinds.</summary>
    internal static EntityRelationGraph SeedGraph()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt");
        var doc = Pipeline.CreateDefault().Process(File.ReadAllText(path), id: "000_935a3fb69f6add80.txt");
        return new GraphBuilder().Add(doc).ToGraph();
    }

    /// <summary>Strings that break naive writers: quotes, backslashes, controls, lone surrogates, CR LF,
    /// U+2028, an emoji pair, markup, empty strings, a null document id and parallel and negated edges.</summary>
    internal static EntityRelationGraph HostileGraph() => new GraphBuilder()
        .Add(Doc("doc \"1\"\\",
            [
                Country("PRK", "North \"Korea\"", 2, "DPRK", "N\\K", "", "\\ud800 is text", "\\\uD800"),
                Person("person:\uD800 <x>&amp;", "\u0001\u0000 Kim\r\n\u2028 \uD83D\uDE00", "PRK", 1, "\uDC00", "\t"),
                Person("", "", null, 0),
            ],
            CoMention("country:PRK", "person:\uD800 <x>&amp;", "doc \"1\"\\", 0, "A \"quote\" \\ and\r\nCR LF \uFFFF."),
            Interaction("country:PRK", "person:\uD800 <x>&amp;", "SANCTION", 0.8, "doc \"1\"\\", 1, "x", negated: true),
            Interaction("country:PRK", "person:\uD800 <x>&amp;", "SANCTION", 0.30000000000000004, "doc \"1\"\\", 2, ""),
            CoMention("", "country:PRK", "doc \"1\"\\", 3, "\uD83D")))
        .Add(Doc(null, [Country("PRK", "North Korea", 1)],
            Interaction("country:PRK", "country:PRK", "SANCTION", 1e-300, null, 0, "self")))
        .ToGraph();

    private static void AssertRoundTrip(EntityRelationGraph graph)
    {
        string first = NodeLinkJsonWriter.WriteToString(graph);
        var back = NodeLinkJsonReader.ReadFromString(first);
        Assert.That(NodeLinkJsonWriter.WriteToString(back), Is.EqualTo(first));
        Assert.That(back.Nodes.Count, Is.EqualTo(graph.Nodes.Count));
        Assert.That(back.Edges.Count, Is.EqualTo(graph.Edges.Count));
        Assert.That(back.DocumentCount, Is.EqualTo(graph.DocumentCount));
        // Byte equality could hide a shared bug in writer and reader; compare the objects too.
        for (int i = 0; i < graph.Nodes.Count; i++)
        {
            GraphNode a = graph.Nodes[i], b = back.Nodes[i];
            Assert.That((b.Id, b.Name, b.Type, b.Iso3, b.Country, b.MentionCount, b.DocumentCount),
                Is.EqualTo((a.Id, a.Name, a.Type, a.Iso3, a.Country, a.MentionCount, a.DocumentCount)));
            Assert.That(b.Aliases, Is.EqualTo(a.Aliases));
        }
        for (int i = 0; i < graph.Edges.Count; i++)
        {
            GraphEdge a = graph.Edges[i], b = back.Edges[i];
            Assert.That((b.Source.Id, b.Target.Id, b.Type, b.Category, b.Negated, b.Weight, b.Confidence),
                Is.EqualTo((a.Source.Id, a.Target.Id, a.Type, a.Category, a.Negated, a.Weight, a.Confidence)));
            Assert.That(b.Evidence, Is.EqualTo(a.Evidence)); // records: value equality
            Assert.That(back.TryGetNode(a.Source.Id, out var node) && ReferenceEquals(node, b.Source), Is.True);
        }
    }

    [Test]
    public void Seed_graph_round_trips_byte_for_byte()
    {
        var graph = SeedGraph();
        Assert.That(graph.Edges, Is.Not.Empty, "the seed should give relations, or this test proves little");
        AssertRoundTrip(graph);
    }

    [Test]
    public void Hostile_graph_round_trips_byte_for_byte()
    {
        var graph = HostileGraph();
        Assert.That(graph.Nodes.Select(n => n.Id), Is.EqualTo(new[] { "", "country:PRK", "person:\uD800 <x>&amp;" }));
        // PRK→Kim co-mention, PRK→Kim SANCTION twice (split by negation), ""→PRK, and PRK→PRK from the second document.
        Assert.That(graph.Edges.Count, Is.EqualTo(5));
        AssertRoundTrip(graph);
    }

    [Test]
    public void Stream_round_trip_keeps_lone_surrogates()
    {
        var graph = HostileGraph();
        using var ms = new MemoryStream();
        NodeLinkJsonWriter.Write(graph, ms);
        ms.Position = 0;
        var back = NodeLinkJsonReader.Read(ms, "hostile.json");
        Assert.That(back.TryGetNode("person:\uD800 <x>&amp;", out var kim), Is.True);
        Assert.That(kim!.Aliases, Does.Contain("\uDC00"));
        Assert.That(kim.Name, Is.EqualTo("\u0001\u0000 Kim\r\n\u2028 \uD83D\uDE00"));
    }

    [Test]
    public void Reads_what_networkx_writes_back_from_our_file()
    {
        // networkx puts 'id', 'source', 'target' and 'key' last and writes compact JSON: order must not matter.
        var graph = HostileGraph();
        string file = Path.Combine(Path.GetTempPath(), $"entitygraph-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, NodeLinkJsonWriter.WriteToString(graph), new UTF8Encoding(false));
            const string script = """
                import sys, json, networkx as nx
                g = nx.node_link_graph(json.load(open(sys.argv[1], encoding='utf-8')))
                json.dump(nx.node_link_data(g), open(sys.argv[1], 'w', encoding='utf-8'))
                """;
            var result = ExternalTools.Run("python3", "-c", script, file);
            if (result is null) Assert.Ignore("python3 is not installed.");
            if (result.Value.ExitCode != 0 && result.Value.Stderr.Contains("No module named 'networkx'"))
                Assert.Ignore("networkx is not installed for python3.");
            Assert.That(result.Value.ExitCode, Is.EqualTo(0), result.Value.Stderr);
            Assert.That(File.ReadAllText(file), Does.StartWith("{\"directed\": true, \"multigraph\": true"));

            using var stream = File.OpenRead(file);
            var back = NodeLinkJsonReader.Read(stream, file);
            Assert.That(NodeLinkJsonWriter.WriteToString(back), Is.EqualTo(NodeLinkJsonWriter.WriteToString(graph)));
        }
        finally { File.Delete(file); }
    }

    private static GraphFormatException Fails(string json) =>
        Assert.Throws<GraphFormatException>(() => NodeLinkJsonReader.ReadFromString(json))!;

    private const string Head = "{\"directed\": true, \"multigraph\": true, \"graph\": {\"documents\": 1, \"document_ids\": []},\n";
    private const string Node = "{\"id\": \"a\", \"name\": \"A\", \"type\": \"Country\", \"aliases\": [], \"mentions\": 1, \"documents\": 1, " +
        "\"name_votes\": {\"A\": 1}, \"type_votes\": {\"Country\": 1}}";
    private const string Item = "{\"document\": \"d\", \"sentence\": 0, \"start\": 0, \"length\": 1, \"text\": \"x\", \"confidence\": 0.5, \"date\": \"2014-05-01\", \"goldstein\": -4}";

    private static string OneEdge(string edgeProperties) =>
        Head + "\"nodes\": [" + Node + "],\n\"edges\": [\n{\"source\": \"a\", \"target\": \"a\", \"type\": \"t\", \"negated\": false, " + edgeProperties + "}]}";

    [Test]
    public void A_minimal_hand_written_edge_reads_with_its_derived_values()
    {
        var graph = NodeLinkJsonReader.ReadFromString(OneEdge(
            "\"weight\": 0.5, \"confidence\": 0.5, \"mean_goldstein\": -4, \"first_seen\": \"2014-05-01\", \"last_seen\": \"2014-05-01\", \"evidence\": [" + Item + "]"));
        var edge = graph.Edges.Single();
        Assert.That((edge.Weight, edge.MeanGoldstein, edge.FirstSeen), Is.EqualTo((0.5, (double?)-4.0, (DateOnly?)new DateOnly(2014, 5, 1))));
        Assert.That(edge.Items.Single().Date, Is.EqualTo(new DateOnly(2014, 5, 1)));
    }

    [Test]
    public void Values_that_contradict_the_evidence_or_the_votes_are_rejected()
    {
        // The evidence's single confidence is 0.5, so a weight of 2 was edited by hand.
        var ex = Fails(OneEdge("\"weight\": 2, \"confidence\": 0.5, \"mean_goldstein\": -4, \"first_seen\": \"2014-05-01\", \"last_seen\": \"2014-05-01\", \"evidence\": [" + Item + "]"));
        Assert.That(ex.Reason, Is.EqualTo("edge a → a: 'weight' is 2 but the evidence confidences add up to 0.5"));
        Assert.That(ex.LineNumber, Is.EqualTo(4), "the edge's line: head, nodes, 'edges': [, then the edge");
        // The evidence is dated, so leaving the edge's dates out is a contradiction too.
        ex = Fails(OneEdge("\"weight\": 0.5, \"confidence\": 0.5, \"mean_goldstein\": -4, \"evidence\": [" + Item + "]"));
        Assert.That(ex.Reason, Does.Contain("'first_seen' is absent but the evidence dates give '2014-05-01'"));
        // The name must be the winner of the name votes.
        ex = Fails(Head + "\"nodes\": [" + Node.Replace("\"name\": \"A\"", "\"name\": \"B\"") + "], \"edges\": []}");
        Assert.That(ex.Reason, Is.EqualTo("node 'a': 'name' is 'B' but the name votes give 'A'"));
        Assert.That(Fails(Head + "\"nodes\": [" + Node.Replace("{\"A\": 1}", "{\"A\": 0}") + "], \"edges\": []}").Reason, Does.Contain("0 votes"));
    }

    [Test]
    public void A_file_without_the_merge_statistics_says_to_export_again()
    {
        string old = "{\"directed\": true, \"multigraph\": true, \"graph\": {\"documents\": 1}, \"nodes\": [], \"edges\": []}";
        Assert.That(Fails(old).Reason, Does.Contain("'document_ids'").And.Contain("export them again"));
        string oldNode = "{\"id\": \"a\", \"name\": \"A\", \"type\": \"Country\", \"aliases\": [], \"mentions\": 1, \"documents\": 1}";
        Assert.That(Fails(Head + "\"nodes\": [" + oldNode + "], \"edges\": []}").Reason, Does.StartWith("node 'a' has no 'name_votes'"));
        Assert.That(Fails(OneEdge("\"weight\": 0.5, \"confidence\": 0.5, \"evidence\": [" + Item.Replace(", \"confidence\": 0.5", "") + "]")).Reason,
            Does.Contain("has no 'confidence'"));
    }

    [Test]
    public void Document_ids_are_unique_and_no_more_than_the_documents()
    {
        Assert.That(Fails(Head.Replace("[]", "[\"x\", \"x\"]").Replace("1,", "2,") + "\"nodes\": [], \"edges\": []}").Reason, Does.Contain("'x' twice"));
        Assert.That(Fails(Head.Replace("[]", "[\"x\", \"y\"]") + "\"nodes\": [], \"edges\": []}").Reason, Does.Contain("2 document ids but counts only 1"));
    }

    [Test]
    public void Truncated_json_names_line_and_position()
    {
        var ex = Fails("{\n  \"directed\": true,\n  \"nodes\": [\n    {\"id\": \"a\"");
        Assert.That(ex.LineNumber, Is.EqualTo(4));
        Assert.That(ex.Message, Does.StartWith("(string), line 4, position "));
    }

    [Test]
    public void Malformed_json_is_wrapped_with_its_position()
    {
        var ex = Fails("{\n  \"directed\": tru }");
        Assert.That(ex.LineNumber, Is.EqualTo(2));
        Assert.That(ex.InnerException, Is.InstanceOf<Newtonsoft.Json.JsonReaderException>());
        Assert.That(ex.Message, Does.Contain("malformed JSON"));
        Assert.That(ex.Message, Does.Not.Contain("Path '"));
    }

    [Test]
    public void Unknown_attribute_is_an_error_not_silently_lost()
    {
        var ex = Fails(Head + "\"nodes\": [\n{\"id\": \"a\", \"colour\": \"red\"}], \"edges\": []}");
        Assert.That(ex.Reason, Does.Contain("'colour'"));
        Assert.That(ex.LineNumber, Is.EqualTo(3));
    }

    [Test]
    public void Edge_to_a_missing_node_names_the_edge_line()
    {
        var ex = Fails(Head + "\"nodes\": [" + Node + "],\n\"edges\": [\n{\"source\": \"a\", \"target\": \"b\", \"type\": \"co-mention\", \"negated\": false, \"weight\": 0.1, \"confidence\": 0.1, \"evidence\": []}]}");
        Assert.That(ex.Reason, Is.EqualTo("edge target 'b' is not the id of any node"));
        Assert.That(ex.LineNumber, Is.EqualTo(4));
    }

    [Test]
    public void Duplicate_node_and_duplicate_edge_are_rejected()
    {
        var ex = Fails(Head + "\"nodes\": [" + Node + ",\n" + Node + "], \"edges\": []}");
        Assert.That(ex.Reason, Does.StartWith("a second node with id 'a'"));
        Assert.That(ex.LineNumber, Is.EqualTo(3));

        const string edge = "{\"source\": \"a\", \"target\": \"a\", \"type\": \"t\", \"negated\": false, \"weight\": 1, \"confidence\": 1, \"evidence\": []}";
        ex = Fails(Head + "\"nodes\": [" + Node + "], \"edges\": [" + edge + ",\n" + edge + "]}");
        Assert.That(ex.Reason, Does.StartWith("a second edge a → a"));
        Assert.That(ex.LineNumber, Is.EqualTo(3));
    }

    [Test]
    public void Wrong_types_and_counts_are_rejected()
    {
        Assert.That(Fails(Head + "\"nodes\": [" + Node.Replace("Country", "Nation") + "], \"edges\": []}").Reason,
            Does.StartWith("'Nation' is not an entity type"));
        Assert.That(Fails(Head + "\"nodes\": [" + Node.Replace("\"mentions\": 1", "\"mentions\": -1") + "], \"edges\": []}").Reason,
            Does.StartWith("'mentions' must be a whole number"));
        Assert.That(Fails(Head + "\"nodes\": [" + Node + "], \"edges\": [{\"source\": \"a\", \"target\": \"a\", \"type\": \"t\", \"negated\": false, \"count\": 2, \"weight\": 1, \"confidence\": 1, \"evidence\": []}]}").Reason,
            Does.Contain("'count' 2 but 0 evidence items"));
        Assert.That(Fails("{\"directed\": false}").Reason, Does.Contain("directed"));
        Assert.That(Fails(Head + "\"nodes\": []}").Reason, Is.EqualTo("the graph has no 'edges' array"));
        Assert.That(Fails(Head + "\"nodes\": [], \"edges\": []} {}").Reason, Does.Contain("after"));
    }

    [Test]
    public void Invalid_utf8_bytes_are_an_error_not_replacement_characters()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "\"nodes\": [{\"id\": \"X\"}], \"edges\": []}");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        using var ms = new MemoryStream(bytes);
        var ex = Assert.Throws<GraphFormatException>(() => NodeLinkJsonReader.Read(ms, "bad.json"))!;
        Assert.That(ex.Message, Does.StartWith("bad.json"));
        Assert.That(ex.Reason, Does.Contain("UTF-8"));
    }

    [Test]
    public void Non_finite_numbers_round_trip_through_json_and_graphml()
    {
        // A caller-made relation may carry NaN or infinities: they must not crash a writer or change on the way back.
        var graph = new GraphBuilder().Add(Doc("n", [Country("PRK", "North Korea", 1), Country("CHN", "China", 1)],
            Interaction("country:PRK", "country:CHN", "SANCTION", double.NaN, "n", 0, "x") with { Goldstein = double.PositiveInfinity },
            Interaction("country:PRK", "country:CHN", "SANCTION", 0.5, "n", 1, "y") with { Goldstein = double.NegativeInfinity })).ToGraph();
        var edge = graph.Edges.Single();
        Assert.That(double.IsNaN(edge.Weight) && double.IsNaN(edge.MeanGoldstein!.Value), Is.True, "NaN + 0.5; +∞ + -∞");

        string json = NodeLinkJsonWriter.WriteToString(graph);
        Assert.That(NodeLinkJsonWriter.WriteToString(NodeLinkJsonReader.ReadFromString(json)), Is.EqualTo(json));
        string graphml = GraphMLWriter.WriteToString(graph);
        var back = GraphMLReader.ReadFromString(graphml);
        Assert.That(GraphMLWriter.WriteToString(back), Is.EqualTo(graphml));
        Assert.That(back.Edges.Single().Items.Select(i => i.Goldstein), Is.EqualTo(new double?[] { double.PositiveInfinity, double.NegativeInfinity }));
    }

    [Test]
    public void A_name_with_a_lone_surrogate_survives_as_a_vote_table_key()
    {
        // Vote tables are JSON objects keyed by name, so the property-name path needs the same \uXXXX escape.
        var graph = new GraphBuilder().Add(Doc("s", [Country("PRK", "Kim \uD800", 1)])).ToGraph();
        string json = NodeLinkJsonWriter.WriteToString(graph);
        Assert.That(json, Does.Contain("\"Kim \\ud800\": 1"));
        var back = NodeLinkJsonReader.ReadFromString(json);
        Assert.That(back.Nodes.Single().NameVotes.Keys.Single(), Is.EqualTo("Kim \uD800"));
        Assert.That(back.Nodes.Single().Name, Is.EqualTo("Kim \uD800"));
        Assert.That(NodeLinkJsonWriter.WriteToString(back), Is.EqualTo(json));
    }
}
