using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using EntityGraph.Documents;
using EntityGraph.Export;
using EntityGraph.Graphs;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.GraphFixtures;

namespace EntityGraph.Tests.Export;

public class GraphMLWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";
    private const string KimId = "person:Kim Jong Un"; // has spaces: not an NMTOKEN as it stands
    private const string Sentence = "The DPRK cut trade\r\nwith China.";

    // PRK (3 mentions, two aliases), CHN, and a person whose id needs escaping and whose name carries a
    // control character and U+FFFE. Edges, in key order: PRK→CHN SANCTION (0.8), PRK→Kim co-mention (0.1).
    private static EntityRelationGraph SmallGraph() => new GraphBuilder().Add(Doc("a.txt",
        [
            Country("PRK", "North Korea", 3, "North Korea", "DPRK"),
            Country("CHN", "China", 1, "China"),
            Person(KimId, "Kim\u0001 Jong Un\uFFFE", "PRK", 2, "Kim Jong Un"),
        ],
        Interaction("country:PRK", "country:CHN", "SANCTION", 0.8, "a.txt", 2, Sentence),
        CoMention("country:PRK", KimId, "a.txt", 3, "Kim\u0001 spoke."))).ToGraph();

    private static XDocument Parse(string xml) => XDocument.Parse(xml, LoadOptions.PreserveWhitespace);

    private static Dictionary<string, string> Data(XElement element, XDocument doc)
    {
        var names = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        return element.Elements(G + "data").ToDictionary(d => names[(string)d.Attribute("key")!], d => d.Value);
    }

    [Test]
    public void Output_is_well_formed_GraphML_with_directed_edges()
    {
        var doc = Parse(GraphMLWriter.WriteToString(SmallGraph()));

        Assert.That(doc.Root!.Name, Is.EqualTo(G + "graphml"));
        var graph = doc.Root.Element(G + "graph")!;
        Assert.That((string?)graph.Attribute("edgedefault"), Is.EqualTo("directed"));
        Assert.That(graph.Elements(G + "node").Count(), Is.EqualTo(3));
        Assert.That(graph.Elements(G + "edge").Count(), Is.EqualTo(2));
        Assert.That(Data(graph, doc)["documents"], Is.EqualTo("1"));
        // Keys come before the graph, as the schema demands.
        Assert.That(doc.Root.Elements().Last().Name, Is.EqualTo(G + "graph"));
    }

    [Test]
    public void Keys_have_descriptive_unique_ids_and_a_GraphML_1_0_type_and_every_data_refers_to_one()
    {
        var doc = Parse(GraphMLWriter.WriteToString(SmallGraph()));
        var keys = doc.Root!.Elements(G + "key").ToList();

        var ids = keys.Select(k => (string)k.Attribute("id")!).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.None.Matches(@"^d\d+$"));
        Assert.That(ids, Is.SupersetOf(new[] { "node_label", "node_name", "node_iso3", "edge_weight", "edge_interaction", "edge_label" }));
        Assert.That(keys.Select(k => (string)k.Attribute("attr.type")!), Is.All.AnyOf("boolean", "int", "long", "float", "double", "string"));
        Assert.That(keys.Select(k => (string)k.Attribute("for")!), Is.All.AnyOf("graph", "node", "edge"));
        Assert.That(doc.Descendants(G + "data").Select(d => (string)d.Attribute("key")!), Is.All.AnyOf(ids.Cast<object>().ToArray()));
    }

    [Test]
    public void Node_values_are_as_built()
    {
        var doc = Parse(GraphMLWriter.WriteToString(SmallGraph()));
        var nodes = doc.Descendants(G + "node").ToDictionary(n => (string)n.Attribute("id")!);

        Assert.That(nodes.Keys, Is.EqualTo(new[] { "country:CHN", "country:PRK", "person:Kim_x0020_Jong_x0020_Un" }));
        var prk = Data(nodes["country:PRK"], doc);
        Assert.That(prk, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["label"] = "North Korea",
            ["name"] = "North Korea",
            ["entity_id"] = "country:PRK",
            ["type"] = "Country",
            ["iso3"] = "PRK",
            ["aliases"] = "DPRK|North Korea",
            ["mentions"] = "3",
            ["documents"] = "1",
            ["name_votes"] = "{\"North Korea\":1}",
            ["type_votes"] = "{\"Country\":1}",
            ["iso3_votes"] = "{\"PRK\":1}",
        }), "no 'country' or 'country_votes' data: nothing was voted, so they are left out; no dates either");

        var kim = Data(nodes["person:Kim_x0020_Jong_x0020_Un"], doc);
        Assert.That(kim["label"], Is.EqualTo("Kim Jong Un"), "U+0001 and U+FFFE stripped");
        Assert.That(kim["entity_id"], Is.EqualTo(KimId));
        Assert.That(kim["type"], Is.EqualTo("Person"));
        Assert.That(kim["country"], Is.EqualTo("PRK"));
        Assert.That(kim.ContainsKey("iso3"), Is.False);
    }

    [Test]
    public void Edge_values_are_as_built()
    {
        var doc = Parse(GraphMLWriter.WriteToString(SmallGraph()));
        var edges = doc.Descendants(G + "edge").ToList();

        Assert.That(edges.Select(e => ((string)e.Attribute("id")!, (string)e.Attribute("source")!, (string)e.Attribute("target")!)),
            Is.EqualTo(new[]
            {
                ("e0", "country:PRK", "country:CHN"),
                ("e1", "country:PRK", "person:Kim_x0020_Jong_x0020_Un"),
            }));

        var sanction = Data(edges[0], doc);
        Assert.That(sanction["label"], Is.EqualTo("SANCTION"));
        Assert.That(sanction["interaction"], Is.EqualTo("interaction"));
        Assert.That(sanction["type"], Is.EqualTo("interaction"));
        Assert.That(sanction["category"], Is.EqualTo("SANCTION"));
        Assert.That(sanction["negated"], Is.EqualTo("false"));
        Assert.That(sanction["count"], Is.EqualTo("1"));
        Assert.That(sanction["weight"], Is.EqualTo("0.8"));
        Assert.That(sanction["confidence"], Is.EqualTo("0.8"));

        using var evidence = JsonDocument.Parse(sanction["evidence"]);
        var item = evidence.RootElement.EnumerateArray().Single();
        Assert.That(item.GetProperty("document").GetString(), Is.EqualTo("a.txt"));
        Assert.That(item.GetProperty("sentence").GetInt32(), Is.EqualTo(2));
        Assert.That(item.GetProperty("start").GetInt32(), Is.EqualTo(0));
        Assert.That(item.GetProperty("length").GetInt32(), Is.EqualTo(Sentence.Length));
        Assert.That(item.GetProperty("text").GetString(), Is.EqualTo(Sentence), "the CR LF survives the XML reader");

        var co = Data(edges[1], doc);
        Assert.That((co["label"], co["interaction"], co["count"], co["weight"]), Is.EqualTo(("co-mention", "co-mention", "1", "0.1")));
        Assert.That(co.ContainsKey("category"), Is.False);
        using var coEvidence = JsonDocument.Parse(co["evidence"]);
        Assert.That(coEvidence.RootElement[0].GetProperty("text").GetString(), Is.EqualTo("Kim spoke."));
    }

    [Test]
    public void A_negated_edge_says_so_in_its_label()
    {
        var graph = new GraphBuilder().Add(Doc("n", [Country("PRK", "North Korea", 1), Country("CHN", "China", 1)],
            Interaction("country:PRK", "country:CHN", "CRITICIZE", 0.5, "n", 0, "It did not criticise China.", negated: true))).ToGraph();
        var doc = Parse(GraphMLWriter.WriteToString(graph));

        var edge = Data(doc.Descendants(G + "edge").Single(), doc);
        Assert.That((edge["label"], edge["negated"]), Is.EqualTo(("not CRITICIZE", "true")));
    }

    [Test]
    public void Output_is_reproducible_and_UTF8_without_BOM()
    {
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        GraphMLWriter.Write(SmallGraph(), a);
        GraphMLWriter.Write(SmallGraph(), b);

        Assert.That(a.ToArray(), Is.EqualTo(b.ToArray()));
        Assert.That(a.ToArray().Take(5), Is.EqualTo("<?xml"u8.ToArray()));
        Assert.That(System.Text.Encoding.UTF8.GetString(a.ToArray()), Does.Contain("encoding=\"utf-8\""));
        Assert.That(a.CanWrite, Is.True, "the caller's stream stays open");
    }

    [Test]
    public void An_empty_graph_is_still_a_graph()
    {
        var doc = Parse(GraphMLWriter.WriteToString(EntityRelationGraph.Empty));
        Assert.That(doc.Root!.Element(G + "graph")!.Elements(G + "node"), Is.Empty);
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool Hostile_ids_and_names_give_parseable_GraphML_that_keeps_every_legal_character(string? id, string? name)
    {
        id ??= "";
        name ??= "";
        var graph = new GraphBuilder().Add(Doc("d",
            [new Entity(id, name, EntityType.Misc, null, null, [name], []), new Entity(id + "2", "other", EntityType.Misc, null, null, [], [])],
            CoMention(id, id + "2", "d", 0, name))).ToGraph();

        var doc = Parse(GraphMLWriter.WriteToString(graph));
        var node = doc.Descendants(G + "node").Single(n => Data(n, doc)["entity_id"] == XmlChars.RemoveIllegal(id));
        XmlConvert.VerifyNMTOKEN((string)node.Attribute("id")!);
        return NmToken.Decode((string)node.Attribute("id")!) == id
            && Data(node, doc)["name"] == XmlChars.RemoveIllegal(name)
            && doc.Descendants(G + "edge").Count() == 1;
    }
}
