using System.Text;
using EntityGraph.Documents;
using EntityGraph.Export;
using EntityGraph.Graphs;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.GraphFixtures;

namespace EntityGraph.Tests.Export;

public class GraphMLReaderTests
{
    private static void AssertRoundTrip(EntityRelationGraph graph)
    {
        string first = GraphMLWriter.WriteToString(graph);
        var back = GraphMLReader.ReadFromString(first);
        Assert.That(GraphMLWriter.WriteToString(back), Is.EqualTo(first));
        Assert.That(back.DocumentCount, Is.EqualTo(graph.DocumentCount));
        Assert.That(back.Nodes.Select(n => n.Id), Is.EqualTo(graph.Nodes.Select(n => n.Id)));
        Assert.That(back.Edges.Select(e => e.ToString()), Is.EqualTo(graph.Edges.Select(e => e.ToString())));
    }

    [Test]
    public void Seed_graph_round_trips_byte_for_byte_and_keeps_every_value()
    {
        var graph = NodeLinkJsonReaderTests.SeedGraph();
        AssertRoundTrip(graph);
        // The seed has no XML-illegal characters and no '|' in aliases, so nothing at all is lost:
        // the JSON export (which carries everything) of the GraphML-read graph is the original's.
        var back = GraphMLReader.ReadFromString(GraphMLWriter.WriteToString(graph));
        Assert.That(NodeLinkJsonWriter.WriteToString(back), Is.EqualTo(NodeLinkJsonWriter.WriteToString(graph)));
    }

    [Test]
    public void Hostile_graph_round_trips_byte_for_byte()
    {
        var graph = NodeLinkJsonReaderTests.HostileGraph();
        AssertRoundTrip(graph);
        var back = GraphMLReader.ReadFromString(GraphMLWriter.WriteToString(graph));
        // The id keeps its lone surrogate (NMTOKEN escapes carry it); the name loses what XML cannot hold:
        // U+0001, U+0000 and the unpaired half of nothing — but CR LF, U+2028 and the emoji pair survive.
        Assert.That(back.TryGetNode("person:\uD800 <x>&amp;", out var kim), Is.True);
        Assert.That(kim!.Name, Is.EqualTo(" Kim\r\n\u2028 \uD83D\uDE00"));
        var edge = back.Edges.Single(e => e.Source.Id == "country:PRK" && e.Target == kim && e.Type == "co-mention");
        Assert.That(edge.Evidence[0].SentenceText, Is.EqualTo("A \"quote\" \\ and\r\nCR LF ."));
        Assert.That(edge.Evidence[0].DocumentId, Is.EqualTo("doc \"1\"\\"));
        Assert.That(back.Edges.Single(e => e.Source.Id == "country:PRK" && e.Target.Id == "country:PRK").Evidence[0].DocumentId, Is.Null);
    }

    [Test]
    public void Stream_round_trip()
    {
        var graph = NodeLinkJsonReaderTests.HostileGraph();
        using var ms = new MemoryStream();
        GraphMLWriter.Write(graph, ms);
        ms.Position = 0;
        var back = GraphMLReader.Read(ms, "g.graphml");
        Assert.That(GraphMLWriter.WriteToString(back), Is.EqualTo(Encoding.UTF8.GetString(ms.ToArray()).Replace("utf-8", "utf-16")));
    }

    private static GraphFormatException Fails(string graphml) =>
        Assert.Throws<GraphFormatException>(() => GraphMLReader.ReadFromString(graphml))!;

    private static string Ours() => GraphMLWriter.WriteToString(NodeLinkJsonReaderTests.HostileGraph());

    private static int LineOf(string text, string needle) =>
        text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Test]
    public void Foreign_graphml_from_networkx_is_rejected_naming_the_key_line()
    {
        const string foreign = """
            <?xml version='1.0' encoding='utf-8'?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="name" attr.type="string" />
              <graph edgedefault="directed"><node id="a" /></graph>
            </graphml>
            """;
        var ex = Fails(foreign);
        Assert.That(ex.LineNumber, Is.EqualTo(3));
        Assert.That(ex.Reason, Does.Contain("key 'd0'"));
    }

    [Test]
    public void Not_graphml_and_malformed_xml_are_rejected_with_lines()
    {
        Assert.That(Fails("<html/>").Reason, Does.StartWith("not GraphML"));
        var ex = Fails("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"directed\">\n</graphml>");
        Assert.That(ex.LineNumber, Is.EqualTo(3));
        Assert.That(ex.InnerException, Is.InstanceOf<System.Xml.XmlException>());
        Assert.That(Fails("<!DOCTYPE x [<!ENTITY e 'x'>]><graphml/>").InnerException, Is.InstanceOf<System.Xml.XmlException>());
    }

    [Test]
    public void Our_file_edited_badly_is_rejected_at_the_edit()
    {
        string ours = Ours();
        string undirected = ours.Replace("edgedefault=\"directed\"", "edgedefault=\"undirected\"");
        var ex = Fails(undirected);
        Assert.That(ex.LineNumber, Is.EqualTo(LineOf(undirected, "<graph ")));

        string dangling = ours.Replace("target=\"country:PRK\"", "target=\"country:XXX\"");
        ex = Fails(dangling);
        Assert.That(ex.Reason, Is.EqualTo("edge target 'country:XXX' is not the id of any node"));
        Assert.That(ex.LineNumber, Is.EqualTo(LineOf(dangling, "country:XXX")));

        string desc = ours.Replace("<graph ", "<desc>about</desc>\n  <graph ");
        Assert.That(Fails(desc).Reason, Does.StartWith("unexpected element <desc>"));
        Assert.That(Fails(desc).LineNumber, Is.EqualTo(LineOf(desc, "<desc>")));

        string badType = ours.Replace(">Country<", ">Nation<");
        Assert.That(Fails(badType).Reason, Does.StartWith("'Nation' is not an entity type"));

        // PRK has 2 + 1 mentions over the two documents.
        string badCount = ours.Replace("<data key=\"node_mentions\">3</data>", "<data key=\"node_mentions\">three</data>");
        Assert.That(badCount, Is.Not.EqualTo(ours));
        Assert.That(Fails(badCount).Reason, Does.StartWith("'mentions' must be a whole number"));

        string badEvidence = ours.Replace("\"sentence\":", "\"sentenceX\":");
        Assert.That(Fails(badEvidence).Reason, Does.StartWith("'evidence' is not a JSON array"));

        string extraAttr = ours.Replace("<node id=", "<node colour=\"red\" id=");
        Assert.That(Fails(extraAttr).Reason, Does.Contain("'colour'"));
    }

    [Test]
    public void Values_that_contradict_the_evidence_or_the_votes_are_rejected_at_the_element()
    {
        string ours = Ours();
        // The self-sanction PRK→PRK from the undated second document has one piece of evidence, confidence 1e-300.
        string weight = ours.Replace("<data key=\"edge_weight\">1E-300</data>", "<data key=\"edge_weight\">2</data>");
        Assert.That(weight, Is.Not.EqualTo(ours));
        var ex = Fails(weight);
        Assert.That(ex.Reason, Is.EqualTo("edge country:PRK → country:PRK: 'weight' is 2 but the evidence confidences add up to 1E-300"));
        Assert.That(ex.LineNumber, Is.EqualTo(LineOf(weight, "<edge id=\"e1\"")));

        // PRK's name votes are {"North \"Korea\"": 1, "North Korea": 1}: a tie, won by the ordinally smaller;
        // after the common "North ", '"' (U+0022) sorts before 'K' (U+004B), so the name is North "Korea".
        string name = ours.Replace("<data key=\"node_name\">North \"Korea\"</data>", "<data key=\"node_name\">North Korea</data>");
        Assert.That(name, Is.Not.EqualTo(ours));
        Assert.That(Fails(name).Reason, Is.EqualTo("node 'country:PRK': 'name' is 'North Korea' but the name votes give 'North \"Korea\"'"));

        string noVotes = System.Text.RegularExpressions.Regex.Replace(ours, "<data key=\"node_name_votes\">[^<]*</data>", "");
        Assert.That(Fails(noVotes).Reason, Does.Contain("has no 'name_votes' data").And.Contain("export them again"));

        string badDate = ours.Replace("<data key=\"graph_document_ids\">", "<data key=\"graph_document_ids\">x");
        Assert.That(Fails(badDate).Reason, Does.StartWith("'document_ids' is not a JSON array of strings"));
    }

    [Test]
    public void Names_that_become_equal_without_illegal_characters_pool_their_votes_and_still_round_trip()
    {
        // Raw votes: "B" twice, "A" once, "A" + U+0001 once, so the node is named "B". XML cannot carry U+0001,
        // so the file has "A" twice and "B" twice: a tie the ordinally smaller "A" wins, and the file says "A".
        Document Named(string id, string n) => Doc(id, [Country("PRK", n, 1)]);
        var graph = new GraphBuilder().Add(Named("1", "B")).Add(Named("2", "B")).Add(Named("3", "A")).Add(Named("4", "A\u0001")).ToGraph();
        Assert.That(graph.Nodes.Single().Name, Is.EqualTo("B"));
        string first = GraphMLWriter.WriteToString(graph);
        var back = GraphMLReader.ReadFromString(first);
        Assert.That(back.Nodes.Single().Name, Is.EqualTo("A"));
        Assert.That(back.Nodes.Single().NameVotes, Is.EqualTo(new Dictionary<string, int> { ["A"] = 2, ["B"] = 2 }));
        Assert.That(GraphMLWriter.WriteToString(back), Is.EqualTo(first));
    }
}
