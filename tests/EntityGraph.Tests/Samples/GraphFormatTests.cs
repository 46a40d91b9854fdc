using EntityGraph.Exporter;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

public class GraphFormatTests
{
    [TestCase("g.graphml", GraphFormat.GraphML)]
    [TestCase("G.GRAPHML", GraphFormat.GraphML)]
    [TestCase("out/g.gexf", GraphFormat.Gexf)]
    [TestCase("g.json", GraphFormat.Json)]
    [TestCase("g.dot", GraphFormat.Dot)]
    [TestCase("g.gv", GraphFormat.Dot)]
    [TestCase("g.csv", GraphFormat.Csv)]
    [TestCase("g.xml", null)]
    [TestCase("graphml", null)]
    [TestCase("-", null)]
    public void The_extension_decides_the_format(string path, GraphFormat? expected)
    {
        Assert.That(GraphFormats.FromExtension(path), Is.EqualTo(expected));
    }

    [TestCase("g.csv", "g.nodes.csv", "g.edges.csv")]
    [TestCase("out/G.CSV", "out/G.nodes.csv", "out/G.edges.csv")]
    [TestCase("graph", "graph.nodes.csv", "graph.edges.csv")]
    [TestCase("graph.txt", "graph.txt.nodes.csv", "graph.txt.edges.csv")]
    public void Csv_names_its_two_tables_after_the_output(string output, string nodes, string edges)
    {
        Assert.That(GraphFormats.CsvPaths(output), Is.EqualTo((nodes, edges)));
    }

    [TestCase("a.txt", InputKind.Text)]
    [TestCase("a.MD", InputKind.Markdown)]
    [TestCase("a.markdown", InputKind.Markdown)]
    [TestCase("a.htm", InputKind.Html)]
    [TestCase("a.xhtml", InputKind.Html)]
    [TestCase("a.ndjson", InputKind.JsonLines)]
    [TestCase("a.graphml", InputKind.GraphML)]
    [TestCase("a.json", InputKind.GraphJson)]
    [TestCase("a.pdf", null)]
    [TestCase("README", null)]
    public void The_extension_decides_how_an_input_is_read(string path, InputKind? expected)
    {
        Assert.That(InputKinds.FromExtension(path), Is.EqualTo(expected));
    }

    [Test]
    public void Every_format_name_parses_to_a_distinct_format()
    {
        Assert.That(GraphFormats.Names.Select(GraphFormats.Parse), Is.EqualTo(Enum.GetValues<GraphFormat>()));
    }
}
