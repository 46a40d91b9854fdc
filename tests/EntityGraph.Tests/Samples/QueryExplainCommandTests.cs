using EntityGraph.Export;
using EntityGraph.Tests.Graphs.Queries;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

/// <summary>The <c>explain</c> command, in-process, on the hand-made <see cref="QueryWorld"/> graph.</summary>
public class QueryExplainCommandTests : CliTestFixture
{
    private string WriteWorld()
    {
        string path = Path.Combine(Dir, "world.graphml");
        using (var stream = File.Create(path)) GraphMLWriter.Write(QueryWorld.Build(), stream);
        return path;
    }

    [Test]
    public void Explain_prints_every_relation_between_two_entities_with_its_sentences()
    {
        var (code, output, error) = Run("explain", WriteWorld(), "DPRK", "China");

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.StartWith("North Korea (country:PRK) and China (country:CHN): 5 edges, 6 relations"));
        // PRK→CHN: ACCUSE (q3) and SANCTION (q4); CHN→PRK: CONSULT (q1), ACCUSE (q3), two co-mentions.
        Assert.That(output, Does.Contain("North Korea → China: 0 cooperation, 2 conflict, 0 neutral, Goldstein sum -7"));
        Assert.That(output, Does.Contain("China → North Korea: 1 cooperation, 1 conflict, 2 neutral, Goldstein sum -1"));
        Assert.That(output, Does.Contain("net cooperation minus conflict: -2"));
        Assert.That(output, Does.Contain("North Korea → China: SANCTION (interaction, quad class 4, mean Goldstein -5)"));
        var sanction = output.Split('\n').Single(l => l.Contains("The DPRK cut trade with China.", StringComparison.Ordinal));
        Assert.That(sanction.Split('│', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()),
            Is.EqualTo(new[] { "b", "0", "2014-05-20", "0.9", "The DPRK cut trade with China." }));
        Assert.That(output, Does.Contain("Pyongyang accused Beijing.").And.Contain("China and North Korea again."));
    }

    [Test]
    public void Direction_out_keeps_only_what_the_first_entity_did()
    {
        var (code, output, _) = Run("explain", WriteWorld(), "country:PRK", "CHN", "--direction", "out");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("The DPRK cut trade with China."));
        Assert.That(output, Does.Not.Contain("Beijing held talks with Pyongyang."));
        Assert.That(output, Does.Contain("2 edges, 2 relations"));
    }

    [Test]
    public void Countries_widens_the_dyad_to_everyone_acting_for_either_country()
    {
        string path = Path.Combine(Dir, "actors.json");
        File.WriteAllText(path, NodeLinkJsonWriter.WriteToString(GraphQueryActorTests.Corpus));

        var (code, output, error) = Run("explain", path, "DPRK", "China", "--countries");

        Assert.That(code, Is.EqualTo(0), error);
        // The KWP's sanction one way; China's consultation with the DPRK and accusation of the OGD the other.
        Assert.That(output, Does.StartWith("North Korea (country:PRK) and China (country:CHN) and everyone acting for PRK and CHN: 3 edges, 3 relations"));
        Assert.That(output, Does.Contain("North Korea → China: 0 cooperation, 1 conflict, 0 neutral, Goldstein sum -5"));
        Assert.That(output, Does.Contain("China → North Korea: 1 cooperation, 1 conflict, 0 neutral, Goldstein sum -1"));
        Assert.That(output, Does.Contain("net cooperation minus conflict: -1"));
        Assert.That(output, Does.Contain("The KWP ordered cadres to cut trade with China.").And.Contain("China slandered the OGD."));
        Assert.That(output, Does.Not.Contain("Russia traded with China.").And.Not.Contain("KWP."));

        (code, _, error) = Run("explain", path, "DPRK", "party:kwp", "--countries");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--countries needs two entities of different known countries"));
    }

    [Test]
    public void Entities_without_a_direct_relation_get_the_shortest_chain()
    {
        string graph = WriteWorld();
        var (code, output, _) = Run("explain", graph, "Kim Jong-un", "US");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("No relation between Kim Jong-un (person:kim-jong-un) and United States (country:USA)."));
        Assert.That(output, Does.Contain("Shortest chain (2 relations): Kim Jong-un — North Korea — United States"));

        (code, output, _) = Run("explain", graph, "France", "China");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("No chain of relations connects them either."));
    }

    [Test]
    public void An_unknown_second_entity_is_an_error_with_suggestions()
    {
        var (code, output, error) = Run("explain", WriteWorld(), "China", "Rusia");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.Contain("no entity named 'Rusia'").And.Contain("Russia (country:RUS)"));
    }
}
