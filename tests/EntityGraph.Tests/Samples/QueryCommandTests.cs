using EntityGraph.Export;
using EntityGraph.Tests.Graphs.Queries;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

/// <summary>The <c>query</c> command, in-process, on the hand-made <see cref="QueryWorld"/> graph.</summary>
public class QueryCommandTests : CliTestFixture
{
    private string WriteWorld(string name = "world.graphml")
    {
        string path = Path.Combine(Dir, name);
        var graph = QueryWorld.Build();
        using var stream = File.Create(path);
        if (name.EndsWith(".json", StringComparison.Ordinal)) NodeLinkJsonWriter.Write(graph, stream);
        else GraphMLWriter.Write(graph, stream);
        return path;
    }

    // The table row whose first cell is the entity's name.
    private static string Row(string output, string name) =>
        output.Split('\n').FirstOrDefault(l => l.StartsWith($"│ {name} ", StringComparison.Ordinal))
        ?? throw new AssertionException($"no row for {name} in:\n{output}");

    private static string[] Cells(string row) => row.Split('│', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).ToArray();

    [TestCase("world.graphml")]
    [TestCase("world.json")]
    public void Query_prints_the_neighbours_and_ties_of_an_entity_found_by_alias(string file)
    {
        var (code, output, error) = Run("query", WriteWorld(file), "--entity", "DPRK");

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.StartWith("North Korea (country:PRK), Country: 10 mentions in 3 documents, seen 2014-04-10 to 2014-05-20"));
        Assert.That(output, Does.Contain("Neighbours of North Korea (depth 1): 4"));
        // China: five ties with North Korea (E1 E2 E3 E7 E8), 0.2 + 0.6 + 0.5 + 0.8 + 0.9 = 3.
        Assert.That(Cells(Row(output, "China")), Is.EqualTo(new[] { "China", "country:CHN", "Country", "1", "5", "3" }));
        Assert.That(Cells(Row(output, "Russia")), Is.EqualTo(new[] { "Russia", "country:RUS", "Country", "1", "1", "0.7" }));

        Assert.That(output, Does.Contain("Ties of North Korea: 8"));
        var ties = output[output.IndexOf("Ties of North Korea", StringComparison.Ordinal)..];
        // The heaviest tie: PRK→CHN SANCTION 0.9 from document b (dated 2014-05-20); leader-of 0.9 comes after it (incoming).
        Assert.That(Cells(Row(ties, "China")), Is.EqualTo(new[] { "China", "Country", "SANCTION", "out", "0.9", "1", "2014-05-20", "2014-05-20" }));
        Assert.That(Cells(Row(ties, "United States")), Is.EqualTo(new[] { "United States", "Country", "not THREATEN", "out", "0.2", "1", "-", "-" }));
        Assert.That(error, Is.Empty);
    }

    [Test]
    public void Type_and_depth_filter_and_widen_the_tables()
    {
        string graph = WriteWorld();
        var (code, output, _) = Run("query", graph, "-e", "north korea", "--type", "sanction,leader-of");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("Ties of North Korea: 2"));
        Assert.That(output, Does.Not.Contain("COOPERATE"));

        (code, output, _) = Run("query", graph, "-e", "PRK", "--depth", "2");
        Assert.That(code, Is.EqualTo(0));
        // Japan is two edges away (PRK – USA – JPN), tied to the ring inside it by one co-mention of 0.1.
        Assert.That(Cells(Row(output, "Japan")), Is.EqualTo(new[] { "Japan", "country:JPN", "Country", "2", "1", "0.1" }));
        Assert.That(output, Does.Contain("(depth 2): 5"));
    }

    [Test]
    public void An_ambiguous_name_takes_the_most_mentioned_entity_and_says_so()
    {
        var (code, output, error) = Run("query", WriteWorld(), "--entity", "Korea");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.StartWith("North Korea (country:PRK)"));
        Assert.That(error, Does.Contain("'Korea' also names South Korea (country:KOR)"));
    }

    [Test]
    public void An_unknown_entity_is_an_error_that_lists_close_names()
    {
        var (code, output, error) = Run("query", WriteWorld(), "--entity", "Chna");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.Contain("no entity named 'Chna'").And.Contain("closest: China (country:CHN)"));

        (code, _, error) = Run("query", WriteWorld(), "--entity", "Atlantis");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no entity has a similar name either"));
    }

    [Test]
    public void A_missing_or_invalid_graph_is_an_error_naming_the_file_and_line()
    {
        string missing = Path.Combine(Dir, "nope.graphml");
        var (code, _, error) = Run("query", missing, "-e", "China");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("nope.graphml").And.Contain("does not exist"));

        string broken = Path.Combine(Dir, "broken.json");
        File.WriteAllText(broken, "{\n  \"directed\": true,\n  \"nodes\": [ oops ]\n}\n");
        (code, _, error) = Run("query", broken, "-e", "China");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("broken.json, line 3"));

        string text = Path.Combine(Dir, "notes.txt");
        File.WriteAllText(text, "hello");
        (code, _, error) = Run("query", text, "-e", "China");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("neither GraphML nor node-link JSON"));
    }

    [Test]
    public void Bad_option_values_are_command_line_errors()
    {
        string graph = WriteWorld();
        Assert.That(Run("query", graph, "-e", "China", "--from", "2014-13-01").Code, Is.EqualTo(1));
        Assert.That(Run("query", graph, "-e", "China", "--depth", "0").Code, Is.EqualTo(1));
        Assert.That(Run("query", graph).Code, Is.EqualTo(1), "--entity is required");
    }
}
