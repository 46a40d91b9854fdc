using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;
using EntityGraph.Export;
using EntityGraph.Documents;
using EntityGraph.Graphs;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.GraphFixtures;

namespace EntityGraph.Tests.Export;

public class GexfWriterTests
{
    private static readonly XNamespace G = GexfWriter.Namespace;

    private static string? GexfSchema([CallerFilePath] string sourceFile = "")
    {
        for (var dir = Path.GetDirectoryName(sourceFile); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (!File.Exists(Path.Combine(dir, "EntityGraph.sln"))) continue;
            var xsd = Path.GetFullPath(Path.Combine(dir, "..", "shared", "schemas", "gexf-1.3", "gexf.xsd"));
            return File.Exists(xsd) ? xsd : null;
        }
        return null;
    }

    private static string WriteFile(EntityRelationGraph graph)
    {
        string file = Path.Combine(Path.GetTempPath(), $"entitygraph-{Guid.NewGuid():N}.gexf");
        using var stream = File.Create(file);
        GexfWriter.Write(graph, stream);
        return file;
    }

    [Test]
    public void Static_directed_graph_with_typed_declarations_and_values()
    {
        var doc = XDocument.Parse(GexfWriter.WriteToString(NodeLinkJsonWriterTests.TwoCountries()));
        var graph = doc.Root!.Element(G + "graph")!;
        Assert.That(doc.Root.Attribute("version")!.Value, Is.EqualTo("1.3"));
        Assert.That(graph.Attribute("mode")!.Value, Is.EqualTo("static"), "no dates in the graph, so not dynamic");
        Assert.That(graph.Attribute("defaultedgetype")!.Value, Is.EqualTo("directed"));
        Assert.That(doc.Root.Element(G + "meta")!.Element(G + "description")!.Value, Does.Contain("from 1 documents"));

        var edgeDecl = graph.Elements(G + "attributes").Single(a => a.Attribute("class")!.Value == "edge");
        Assert.That(edgeDecl.Elements().Select(a => a.Attribute("id")!.Value + ":" + a.Attribute("type")!.Value),
            Is.EqualTo(new[]
            {
                "type:string", "category:string", "negated:boolean", "count:integer", "confidence:double",
                "mean_goldstein:double", "quad_class:integer", "cameo:string", "evidence:string",
            }));

        var nodes = graph.Element(G + "nodes")!.Elements(G + "node").ToArray();
        Assert.That(nodes.Select(n => n.Attribute("id")!.Value), Is.EqualTo(new[] { "country:CHN", "country:PRK" }));
        Assert.That(nodes[1].Attribute("label")!.Value, Is.EqualTo("North Korea"));
        var prk = nodes[1].Descendants(G + "attvalue").ToDictionary(v => v.Attribute("for")!.Value, v => v.Attribute("value")!.Value);
        Assert.That(prk["aliases"], Is.EqualTo("DPRK|North Korea"));
        Assert.That(prk["mentions"], Is.EqualTo("2"));
        Assert.That(prk.ContainsKey("country"), Is.False, "null attributes are left out");

        var edges = graph.Element(G + "edges")!.Elements(G + "edge").ToArray();
        Assert.That(edges.Select(e => (string)e.Attribute("kind")! + " " + (string)e.Attribute("weight")!),
            Is.EqualTo(new[] { "co-mention 0.1", "SANCTION 0.5" }));
        var sanction = edges[1].Descendants(G + "attvalue").ToDictionary(v => v.Attribute("for")!.Value, v => v.Attribute("value")!.Value);
        Assert.That(sanction["evidence"], Is.EqualTo("[{\"document\":\"d1\",\"sentence\":1,\"start\":0,\"length\":23,\"text\":\"China \\\"sanctions\\\" DPRK.\",\"confidence\":0.5}]"));
        Assert.That(sanction.ContainsKey("mean_goldstein") || sanction.ContainsKey("quad_class") || sanction.ContainsKey("cameo"), Is.False,
            "the relation has no Goldstein score, quad class or CAMEO code");
        Assert.That(nodes.Concat(edges).Any(e => e.Attribute("start") is not null || e.Attribute("end") is not null), Is.False, "no dates: no intervals");
        Assert.That(sanction["negated"], Is.EqualTo("false"));
    }

    [Test]
    public void Stream_output_is_utf8_without_bom_and_reproducible()
    {
        var graph = NodeLinkJsonReaderTests.HostileGraph();
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        GexfWriter.Write(graph, a);
        GexfWriter.Write(graph, b);
        Assert.That(a.ToArray(), Is.EqualTo(b.ToArray()));
        Assert.That(Encoding.UTF8.GetString(a.ToArray()), Does.StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
    }

    [TestCase("hostile")]
    [TestCase("seed")]
    public void Validates_against_the_GEXF_1_3_schema_with_xmllint(string which)
    {
        var xsd = GexfSchema();
        if (xsd is null) Assert.Ignore("../shared/schemas/gexf-1.3/gexf.xsd is not beside the repository.");
        var graph = which == "seed" ? NodeLinkJsonReaderTests.SeedGraph() : NodeLinkJsonReaderTests.HostileGraph();
        string file = WriteFile(graph);
        try
        {
            var result = ExternalTools.Run("xmllint", "--noout", "--nonet", "--schema", xsd, file);
            if (result is null) Assert.Ignore("xmllint is not installed (apt-get install libxml2-utils).");
            Assert.That(result.Value.ExitCode, Is.EqualTo(0), result.Value.Stderr);
            Assert.That(result.Value.Stderr, Does.Contain("validates"));
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void Networkx_read_gexf_loads_typed_attributes()
    {
        string file = WriteFile(NodeLinkJsonReaderTests.HostileGraph());
        try
        {
            const string script = """
                import sys, networkx as nx
                g = nx.read_gexf(sys.argv[1])
                print(type(g).__name__, g.number_of_nodes(), g.number_of_edges(), g.graph['mode'])
                for n, d in sorted(g.nodes(data=True)):
                    print('N', ascii(n), ascii(d['label']), d['type'], repr(d['mentions']), ascii(d['aliases']))
                for s, t, d in sorted(g.edges(data=True), key=lambda e: e[2]['id']):
                    print('E', d['id'], ascii(s), ascii(t), d['type'], d.get('category'), repr(d['negated']), repr(d['weight']), repr(d['count']))
                """;
            var result = ExternalTools.Run("python3", "-c", script, file);
            if (result is null) Assert.Ignore("python3 is not installed.");
            if (result.Value.ExitCode != 0 && result.Value.Stderr.Contains("No module named 'networkx'"))
                Assert.Ignore("networkx is not installed for python3.");
            Assert.That(result.Value.ExitCode, Is.EqualTo(0), result.Value.Stderr);
            // Parallel PRK→Kim edges make it a MultiDiGraph; integers, floats and booleans come back typed;
            // the name lost U+0001 and U+0000 (XML cannot hold them) but kept CR LF, U+2028 and the emoji;
            // the alias '\' + U+D800 sorts after '\ud800 is text' ('u' < U+D800) and keeps only its backslash; Kim's alias U+DC00 becomes empty after the tab.
            Assert.That(result.Value.Stdout.ReplaceLineEndings("\n"), Is.EqualTo("""
                MultiDiGraph 3 5 static
                N '_x_' '' Person 0 ''
                N 'country:PRK' 'North "Korea"' Country 3 '|DPRK|N\\K|\\ud800 is text|\\'
                N 'person:_xD800__x0020__x003C_x_x003E__x0026_amp_x003B_' ' Kim\r\n\u2028 \U0001f600' Person 1 '\t|'
                E e0 '_x_' 'country:PRK' co-mention None False 0.1 1
                E e1 'country:PRK' 'country:PRK' interaction SANCTION False 1e-300 1
                E e2 'country:PRK' 'person:_xD800__x0020__x003C_x_x003E__x0026_amp_x003B_' co-mention None False 0.1 1
                E e3 'country:PRK' 'person:_xD800__x0020__x003C_x_x003E__x0026_amp_x003B_' interaction SANCTION False 0.30000000000000004 1
                E e4 'country:PRK' 'person:_xD800__x0020__x003C_x_x003E__x0026_amp_x003B_' interaction SANCTION True 0.8 1

                """));
        }
        finally { File.Delete(file); }
    }

    /// <summary>a.txt of 1 May 2014 and b.txt of 20 April 2014 (PRK→CHN sanctions), c.txt undated (PRK–RUS).</summary>
    internal static EntityRelationGraph DatedGraph() => new GraphBuilder()
        .Add(DatedDoc("a.txt", new DateOnly(2014, 5, 1), [Country("PRK", "North Korea", 2), Country("CHN", "China", 1)],
            Interaction("country:PRK", "country:CHN", "SANCTION", 0.8, "a.txt", 1, "It cut trade.") with { Goldstein = -4, QuadClass = 4, Cameo = "163" }))
        .Add(DatedDoc("b.txt", new DateOnly(2014, 4, 20), [Country("PRK", "North Korea", 1), Country("CHN", "China", 1)],
            Interaction("country:PRK", "country:CHN", "SANCTION", 0.5, "b.txt", 0, "It banned imports.") with { Goldstein = -5, QuadClass = 4, Cameo = "163" }))
        .Add(Doc("c.txt", [Country("PRK", "North Korea", 1), Country("RUS", "Russia", 1)],
            CoMention("country:PRK", "country:RUS", "c.txt", 0, "North Korea and Russia.")))
        .ToGraph();

    [Test]
    public void Dated_graph_is_dynamic_with_first_and_last_seen_as_start_and_end()
    {
        var doc = XDocument.Parse(GexfWriter.WriteToString(DatedGraph()));
        var graph = doc.Root!.Element(G + "graph")!;
        Assert.That((string?)graph.Attribute("mode"), Is.EqualTo("dynamic"));
        Assert.That((string?)graph.Attribute("timeformat"), Is.EqualTo("date"));

        var nodes = graph.Element(G + "nodes")!.Elements(G + "node").ToDictionary(n => (string)n.Attribute("id")!);
        // CHN and PRK appear in a.txt and b.txt: from 20 April to 1 May. Russia only in the undated c.txt: no interval.
        Assert.That(((string?)nodes["country:PRK"].Attribute("start"), (string?)nodes["country:PRK"].Attribute("end")), Is.EqualTo(("2014-04-20", "2014-05-01")));
        Assert.That(((string?)nodes["country:CHN"].Attribute("start"), (string?)nodes["country:CHN"].Attribute("end")), Is.EqualTo(("2014-04-20", "2014-05-01")));
        Assert.That(nodes["country:RUS"].Attribute("start"), Is.Null);
        Assert.That(nodes["country:RUS"].Attribute("end"), Is.Null);

        var edges = graph.Element(G + "edges")!.Elements(G + "edge").ToArray();
        var sanction = edges.Single(e => (string?)e.Attribute("kind") == "SANCTION");
        Assert.That(((string?)sanction.Attribute("start"), (string?)sanction.Attribute("end")), Is.EqualTo(("2014-04-20", "2014-05-01")));
        var values = sanction.Descendants(G + "attvalue").ToDictionary(v => (string)v.Attribute("for")!, v => (string)v.Attribute("value")!);
        Assert.That((values["mean_goldstein"], values["quad_class"], values["cameo"]), Is.EqualTo(("-4.5", "4", "163")), "(-4 + -5) / 2");
        Assert.That(edges.Single(e => (string?)e.Attribute("kind") == "co-mention").Attribute("start"), Is.Null);
    }

    [Test]
    public void Dated_graph_validates_against_the_GEXF_1_3_XSD_and_RELAX_NG_schemas()
    {
        var xsd = GexfSchema();
        if (xsd is null) Assert.Ignore("../shared/schemas/gexf-1.3/gexf.xsd is not beside the repository.");
        string file = WriteFile(DatedGraph());
        // RELAX NG does not allow xsi:schemaLocation (see ../shared/schemas/README.md), so a copy without it.
        string rngFile = file + ".rng.gexf";
        File.WriteAllText(rngFile, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(file), " xsi:schemaLocation=\"[^\"]*\"", ""));
        try
        {
            var result = ExternalTools.Run("xmllint", "--noout", "--nonet", "--schema", xsd, file);
            if (result is null) Assert.Ignore("xmllint is not installed (apt-get install libxml2-utils).");
            Assert.That(result.Value.ExitCode, Is.EqualTo(0), result.Value.Stderr);
            var rng = ExternalTools.Run("xmllint", "--noout", "--nonet", "--relaxng", Path.ChangeExtension(xsd, ".rng"), rngFile)!;
            Assert.That(rng.Value.ExitCode, Is.EqualTo(0), rng.Value.Stderr);
            Assert.That(rng.Value.Stderr, Does.Contain("validates"));
        }
        finally
        {
            File.Delete(file);
            File.Delete(rngFile);
        }
    }

    [Test]
    public void Networkx_reads_the_timeline()
    {
        string file = WriteFile(DatedGraph());
        try
        {
            const string script = """
                import sys, networkx as nx
                g = nx.read_gexf(sys.argv[1])
                print(g.graph['mode'])
                for n, d in sorted(g.nodes(data=True)):
                    print('N', n, d.get('start'), d.get('end'))
                for s, t, d in sorted(g.edges(data=True), key=lambda e: e[2]['id']):
                    print('E', d['id'], s, t, d.get('start'), d.get('end'), d.get('mean_goldstein'), d.get('quad_class'), d.get('cameo'))
                """;
            var result = ExternalTools.Run("python3", "-c", script, file);
            if (result is null) Assert.Ignore("python3 is not installed.");
            if (result.Value.ExitCode != 0 && result.Value.Stderr.Contains("No module named 'networkx'"))
                Assert.Ignore("networkx is not installed for python3.");
            Assert.That(result.Value.ExitCode, Is.EqualTo(0), result.Value.Stderr);
            // Edges sorted by source, target, type: PRK→CHN interaction (e0), PRK→RUS co-mention (e1).
            Assert.That(result.Value.Stdout.ReplaceLineEndings("\n"), Is.EqualTo("""
                dynamic
                N country:CHN 2014-04-20 2014-05-01
                N country:PRK 2014-04-20 2014-05-01
                N country:RUS None None
                E e0 country:PRK country:CHN 2014-04-20 2014-05-01 -4.5 4 163
                E e1 country:PRK country:RUS None None None None None

                """));
        }
        finally { File.Delete(file); }
    }
}
