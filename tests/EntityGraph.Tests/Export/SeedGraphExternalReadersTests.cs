using System.Runtime.CompilerServices;
using EntityGraph.Export;
using EntityGraph.Graphs;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

/// <summary>
/// networkx, a reader we did not write, loads the seed article's graph from GraphML, GEXF and node-link JSON
/// with every attribute: the checks are <c>.ci/check_graph.py</c>, the same script CI runs on the exporter's
/// output (names, types, ISO-3 codes of countries, weights, categories, evidence with confidences, first and
/// last seen, vote tables and document ids).
/// </summary>
public class SeedGraphExternalReadersTests
{
    private static EntityRelationGraph? _graph;

    // The seed article, processed as if published on 12 May 2014, so every node and edge is dated.
    private static EntityRelationGraph DatedSeedGraph()
    {
        if (_graph is not null) return _graph;
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt");
        var doc = Pipeline.CreateDefault().Process(File.ReadAllText(path), id: "000_935a3fb69f6add80.txt", date: new DateOnly(2014, 5, 12));
        return _graph = new GraphBuilder().Add(doc).ToGraph();
    }

    private static string? Checker([CallerFilePath] string sourceFile = "")
    {
        for (var dir = Path.GetDirectoryName(sourceFile); dir is not null; dir = Path.GetDirectoryName(dir))
            if (File.Exists(Path.Combine(dir, "EntityGraph.sln")))
                return Path.Combine(dir, ".ci", "check_graph.py");
        return null;
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    [TestCase("json")]
    public void Networkx_reads_the_dated_seed_graph_with_every_attribute(string format)
    {
        string? checker = Checker();
        if (checker is null || !File.Exists(checker)) Assert.Ignore(".ci/check_graph.py is not beside the sources.");
        var graph = DatedSeedGraph();
        Assert.That(graph.Edges.Count(e => e.Type == "interaction"), Is.GreaterThan(0), "the seed should give interactions, or the category check proves little");
        Assert.That(graph.Nodes.All(n => n.FirstSeen == new DateOnly(2014, 5, 12)), Is.True);

        string file = Path.Combine(Path.GetTempPath(), $"entitygraph-{Guid.NewGuid():N}.{format}");
        try
        {
            using (var stream = File.Create(file))
            {
                switch (format)
                {
                    case "graphml": GraphMLWriter.Write(graph, stream); break;
                    case "gexf": GexfWriter.Write(graph, stream); break;
                    default: NodeLinkJsonWriter.Write(graph, stream); break;
                }
            }
            var result = ExternalTools.Run("python3", checker!, format, file, "--countries", "PRK,CHN,RUS,USA", "--dated");
            if (result is null) Assert.Ignore("python3 is not installed.");
            if (result.Value.ExitCode != 0 && result.Value.Stderr.Contains("No module named 'networkx'"))
                Assert.Ignore("networkx is not installed for python3.");
            Assert.That(result.Value.ExitCode, Is.EqualTo(0), result.Value.Stderr);
            Assert.That(result.Value.Stdout, Does.StartWith($"ok: {format}: MultiDiGraph, {graph.Nodes.Count} nodes, {graph.Edges.Count} edges"));
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void The_checker_fails_on_a_graph_without_the_dates_it_was_told_to_expect()
    {
        // Guards the guard: an undated graph must not pass the --dated checks.
        string? checker = Checker();
        if (checker is null || !File.Exists(checker)) Assert.Ignore(".ci/check_graph.py is not beside the sources.");
        string file = Path.Combine(Path.GetTempPath(), $"entitygraph-{Guid.NewGuid():N}.graphml");
        try
        {
            using (var stream = File.Create(file)) GraphMLWriter.Write(NodeLinkJsonWriterTests.TwoCountries(), stream);
            var result = ExternalTools.Run("python3", checker!, "graphml", file, "--dated");
            if (result is null) Assert.Ignore("python3 is not installed.");
            if (result.Value.Stderr.Contains("No module named 'networkx'")) Assert.Ignore("networkx is not installed for python3.");
            Assert.That(result.Value.ExitCode, Is.EqualTo(1));
            Assert.That(result.Value.Stderr, Does.Contain("node 'country:CHN': no first_seen/last_seen"));
        }
        finally { File.Delete(file); }
    }
}
