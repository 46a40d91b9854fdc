using System.Xml.Linq;
using EntityGraph.Export;
using EntityGraph.Exporter;
using EntityGraph.Rendering;
using EntityGraph.Tests.Rendering;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

/// <summary>The exporter's <c>render</c> command, run in-process with captured output.</summary>
public class RenderCommandTests : CliTestFixture
{
    private static readonly XNamespace Svg = SvgGraphRenderer.Namespace;

    [Test]
    public void A_graph_written_by_export_renders_with_one_circle_per_entity()
    {
        File.WriteAllText(Path.Combine(Dir, "a.txt"), "North Korea criticised China. Russia and North Korea signed a trade agreement in Moscow.");
        var graphml = Path.Combine(Dir, "graph.graphml");
        var svg = Path.Combine(Dir, "graph.svg");
        var (exportCode, _, exportErr) = Run("export", Path.Combine(Dir, "a.txt"), "--out", graphml);
        Assert.That(exportCode, Is.EqualTo(0), exportErr);
        var graph = GraphMLReader.Read(File.OpenRead(graphml), graphml);
        Assert.That(graph.Nodes, Has.Count.GreaterThanOrEqualTo(3), "the export found the countries");

        var (code, _, stderr) = Run("render", graphml, "--out", svg);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(stderr.Trim(), Is.EqualTo($"{graph.Nodes.Count} entities, {graph.Edges.Count} edges -> {svg}"));
        var root = XDocument.Load(svg).Root!;
        Assert.That(root.Descendants(Svg + "circle").Count(), Is.EqualTo(graph.Nodes.Count));
        Assert.That(root.Element(Svg + "title")!.Value, Is.EqualTo("graph.graphml"), "the file name is the default heading");
        Assert.That(File.ReadAllBytes(svg), Is.EqualTo(Encoding().GetBytes(SvgText(graph, "graph.graphml"))), "the CLI writes what the library draws");
    }

    [Test]
    public void Node_link_json_renders_too_and_the_options_reach_the_picture()
    {
        var json = Path.Combine(Dir, "graph.json");
        File.WriteAllText(json, NodeLinkJsonWriter.WriteToString(RenderFixtures.Small()));
        var svg = Path.Combine(Dir, "out.svg");

        var (code, _, stderr) = Run("render", json, "--out", svg, "--max-nodes", "2", "--width", "800", "--height", "600", "--title", "Korea");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(stderr, Does.Contain("drew the top 2 entities"));
        var root = XDocument.Load(svg).Root!;
        Assert.That((string?)root.Attribute("viewBox"), Is.EqualTo("0 0 800 600"));
        Assert.That(root.Element(Svg + "title")!.Value, Is.EqualTo("Korea"));
        Assert.That(root.Descendants(Svg + "circle").Count(), Is.EqualTo(2));
        Assert.That(root.Element(Svg + "desc")!.Value, Does.StartWith("Top 2 of 6 entities"));
    }

    [Test]
    public void A_graph_file_with_another_extension_is_recognised_by_its_first_character()
    {
        var xml = Path.Combine(Dir, "graph.data");
        using (var stream = File.Create(xml)) GraphMLWriter.Write(RenderFixtures.Small(), stream); // UTF-8, as export writes it
        var json = Path.Combine(Dir, "graph.out");
        File.WriteAllText(json, "\uFEFF \n\t" + NodeLinkJsonWriter.WriteToString(RenderFixtures.Small())); // byte order mark and blanks first

        var (xmlCode, _, xmlErr) = Run("render", xml, "--out", Path.Combine(Dir, "a.svg"));
        var (jsonCode, _, jsonErr) = Run("render", json, "--out", Path.Combine(Dir, "b.svg"));

        Assert.That(xmlCode, Is.EqualTo(ExitCodes.Ok), xmlErr);
        Assert.That(jsonCode, Is.EqualTo(ExitCodes.Ok), jsonErr);
        Assert.That(File.ReadAllText(Path.Combine(Dir, "b.svg")), Is.EqualTo(File.ReadAllText(Path.Combine(Dir, "a.svg")).Replace("graph.data", "graph.out")),
            "the same graph, whichever format it came in");
    }

    [Test]
    public void The_min_weight_option_leaves_out_light_edges()
    {
        var json = Path.Combine(Dir, "graph.json");
        File.WriteAllText(json, NodeLinkJsonWriter.WriteToString(RenderFixtures.Small()));
        var svg = Path.Combine(Dir, "out.svg");

        // Small(): only the PRK→CHN sanction (0.8) and Kim's leader-of tie (0.9) weigh 0.7 or more.
        var (code, _, stderr) = Run("render", json, "--out", svg, "--min-weight", "0.7");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        var root = XDocument.Load(svg).Root!;
        Assert.That(root.Descendants(Svg + "circle").Count(), Is.EqualTo(3), "North Korea, China, Kim Jong-un");
        Assert.That(root.Descendants(Svg + "path").Count(p => p.Parent!.Attribute("class")?.Value == "edges"), Is.EqualTo(2));
    }

    [Test]
    public void A_missing_graph_fails_naming_it_and_writes_nothing()
    {
        var missing = Path.Combine(Dir, "none.graphml");
        var svg = Path.Combine(Dir, "g.svg");

        var (code, _, stderr) = Run("render", missing, "--out", svg);

        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Contain(missing).And.Contain("does not exist"));
        Assert.That(File.Exists(svg), Is.False);
    }

    [Test]
    public void A_malformed_graph_fails_naming_the_file_and_line()
    {
        var bad = Path.Combine(Dir, "bad.graphml");
        File.WriteAllText(bad, "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n  <graph edgedefault=\"directed\">\n    <node id=\"x\">\n");
        var svg = Path.Combine(Dir, "g.svg");

        var (code, _, stderr) = Run("render", bad, "--out", svg);

        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.StartWith("error: " + bad + ", line "));
        Assert.That(File.Exists(svg), Is.False);
    }

    [Test]
    public void Malformed_json_fails_naming_the_file_and_line()
    {
        var bad = Path.Combine(Dir, "bad.json");
        File.WriteAllText(bad, "{\n  \"directed\": true,\n  \"nodes\": [ oops ]\n}");

        var (code, _, stderr) = Run("render", bad, "--out", Path.Combine(Dir, "g.svg"));

        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.StartWith("error: " + bad + ", line 3"));
    }

    [Test]
    public void A_file_that_is_no_graph_at_all_is_refused_clearly()
    {
        var text = Path.Combine(Dir, "notes.txt");
        File.WriteAllText(text, "just some words");
        var folder = Path.Combine(Dir, "folder");
        Directory.CreateDirectory(folder);

        var (code, _, stderr) = Run("render", text, "--out", Path.Combine(Dir, "g.svg"));
        var (folderCode, _, folderErr) = Run("render", folder, "--out", Path.Combine(Dir, "g.svg"));

        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Contain(text).And.Contain("neither GraphML nor node-link JSON"));
        Assert.That(folderCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(folderErr, Does.Contain("is a folder"));
    }

    [Test]
    public void An_unwritable_output_fails_naming_it()
    {
        var json = Path.Combine(Dir, "graph.json");
        File.WriteAllText(json, NodeLinkJsonWriter.WriteToString(RenderFixtures.Small()));
        var svg = Path.Combine(Dir, "no-such-folder", "g.svg");

        var (code, _, stderr) = Run("render", json, "--out", svg);

        Assert.That(code, Is.EqualTo(ExitCodes.OutputError));
        Assert.That(stderr, Does.Contain(svg));
        Assert.That(Directory.Exists(Path.Combine(Dir, "no-such-folder")), Is.False);
    }

    [TestCase("--max-nodes", "0")]
    [TestCase("--min-weight", "-1")]
    [TestCase("--width", "50")]
    [TestCase("--height", "abc")]
    [TestCase("--max-labels", "-2")]
    public void Bad_option_values_are_usage_errors(string option, string value)
    {
        var json = Path.Combine(Dir, "graph.json");
        File.WriteAllText(json, NodeLinkJsonWriter.WriteToString(RenderFixtures.Small()));
        var svg = Path.Combine(Dir, "g.svg");

        var (code, _, stderr) = Run("render", json, "--out", svg, option, value);

        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain(option).Or.Contain(value));
        Assert.That(File.Exists(svg), Is.False);
    }

    [Test]
    public void Help_describes_the_render_command()
    {
        var (code, stdout, _) = Run("render", "--help");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("<graph>").And.Contain("--out").And.Contain("--max-nodes").And.Contain("--min-weight"));
    }

    private static System.Text.Encoding Encoding() => new System.Text.UTF8Encoding(false);

    private static string SvgText(EntityGraph.Graphs.EntityRelationGraph graph, string title)
    {
        using var stream = new MemoryStream();
        SvgGraphRenderer.Write(graph, stream, new SvgRenderOptions { Title = title });
        return Encoding().GetString(stream.ToArray());
    }
}
