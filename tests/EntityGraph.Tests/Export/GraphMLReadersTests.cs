using EntityGraph.Export;
using EntityGraph.Graphs;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.GraphFixtures;

namespace EntityGraph.Tests.Export;

/// <summary>Checks the GraphML with tools we did not write: the official XSD (xmllint) and networkx.</summary>
public class GraphMLReadersTests
{
    private string _file = "";

    [SetUp]
    public void WriteFile()
    {
        var graph = new GraphBuilder().Add(Doc("a.txt",
            [
                Country("PRK", "North Korea", 3, "North Korea", "DPRK"),
                Country("CHN", "China", 1, "China"),
                Person("person:Kim Jong Un", "Kim Jong Un\u0002", "PRK", 1, "Kim Jong Un"),
            ],
            CoMention("country:CHN", "country:PRK", "a.txt", 0, "China & North Korea <\"trade\">."),
            Interaction("country:PRK", "country:CHN", "SANCTION", 0.8, "a.txt", 2, "The DPRK cut trade with China."),
            CoMention("country:PRK", "person:Kim Jong Un", "a.txt", 3, "Kim spoke."))).ToGraph();
        _file = Path.Combine(Path.GetTempPath(), $"entitygraph-{Guid.NewGuid():N}.graphml");
        using var stream = File.Create(_file);
        GraphMLWriter.Write(graph, stream);
    }

    [TearDown]
    public void DeleteFile() => File.Delete(_file);

    [Test]
    public void Validates_against_the_GraphML_1_0_schema_with_xmllint()
    {
        var xsd = ExternalTools.GraphMLSchema();
        if (xsd is null) Assert.Ignore("../shared/schemas/graphml/graphml.xsd is not beside the repository.");
        var result = ExternalTools.Run("xmllint", "--noout", "--nonet", "--schema", xsd, _file);
        if (result is null) Assert.Ignore("xmllint is not installed (apt-get install libxml2-utils).");

        Assert.That(result.Value.ExitCode, Is.EqualTo(0), result.Value.Stderr);
        Assert.That(result.Value.Stderr, Does.Contain("validates"));
    }

    [Test]
    public void Networkx_reads_typed_attributes()
    {
        const string script = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print(type(g).__name__, g.number_of_nodes(), g.number_of_edges())
            for n, d in sorted(g.nodes(data=True)):
                print('N', n, d.get('iso3'), d['type'], repr(d['mentions']), d['label'])
            for s, t, d in sorted(g.edges(data=True), key=lambda e: e[2]['id']):
                print('E', d['id'], s, t, d['interaction'], repr(d['weight']), repr(d['negated']), d['count'])
            """;
        var result = ExternalTools.Run("python3", "-c", script, _file);
        if (result is null) Assert.Ignore("python3 is not installed.");
        if (result.Value.ExitCode != 0 && result.Value.Stderr.Contains("No module named 'networkx'"))
            Assert.Ignore("networkx is not installed for python3.");

        Assert.That(result.Value.ExitCode, Is.EqualTo(0), result.Value.Stderr);
        // Three different (source, target) pairs, so networkx needs no multigraph. Typed values come back
        // typed: mentions as int, weight as float, negated as bool.
        Assert.That(result.Value.Stdout.ReplaceLineEndings("\n"), Is.EqualTo("""
            DiGraph 3 3
            N country:CHN CHN Country 1 China
            N country:PRK PRK Country 3 North Korea
            N person:Kim_x0020_Jong_x0020_Un None Person 1 Kim Jong Un
            E e0 country:CHN country:PRK co-mention 0.1 False 1
            E e1 country:PRK country:CHN interaction 0.8 False 1
            E e2 country:PRK person:Kim_x0020_Jong_x0020_Un co-mention 0.1 False 1

            """));
    }
}
