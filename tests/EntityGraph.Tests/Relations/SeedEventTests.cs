using EntityGraph.Documents;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>
/// The seed article's showcase relations through the default entity stages plus <see cref="EventExtractor"/>.
/// Actors are compared as countries (<see cref="ActorCodes"/>): the KWP and its committees act for PRK, the
/// Chinese Communist Party for CHN, capitals for their country.
/// </summary>
public class SeedEventTests
{
    private static readonly Lazy<Document> Seed = new(() =>
        new PipelineBuilder().AddRelationExtractor(new EventExtractor()).Build()
            .Process(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt")), "seed"));

    private static List<(string? Src, string? Tgt, Relation R)> Relations(string category)
    {
        var doc = Seed.Value;
        var byId = doc.Entities.ToDictionary(e => e.Id);
        return doc.Relations.Where(r => r.Category == category && !r.Negated)
            .Select(r => (ActorCodes.Of(byId[r.Source]), ActorCodes.Of(byId[r.Target]), r)).ToList();
    }

    [Test]
    public void Dprk_sanctions_China_by_decree()
    {
        var hits = Relations("SANCTION").Where(x => x.Src == "PRK" && x.Tgt == "CHN").ToList();
        Assert.That(hits, Is.Not.Empty);
        Assert.That(hits.Select(x => Seed.Value.TextOf(x.R.Evidence.Span)), Has.Some.EndsWith("to decrease trade with China"));
        Assert.That(hits[0].R.Evidence.SentenceText, Does.StartWith("In the wake of these lectures"));
        Assert.That(hits[0].R.QuadClass, Is.EqualTo(4));
    }

    [Test]
    public void Dprk_cooperates_with_Russia_on_trade_and_flights()
    {
        var hits = Relations("COOPERATE").Where(x => x.Src == "PRK" && x.Tgt == "RUS").ToList();
        var spans = hits.Select(x => Seed.Value.TextOf(x.R.Evidence.Span)).ToList();
        Assert.That(spans, Has.Some.EndsWith("expand trade with Russia"));
        Assert.That(spans, Has.Some.Contains("Pyongyang and Moscow are to be increased"));
        // The flights sentence has no agent: both capitals take part, so it runs both ways.
        Assert.That(Relations("COOPERATE").Any(x => x.Src == "RUS" && x.Tgt == "PRK"), Is.True);
    }

    [Test]
    public void China_accuses_the_dprk_in_the_quoted_lectures()
    {
        var hits = Relations("ACCUSE").Where(x => x.Src == "CHN" && x.Tgt == "PRK").ToList();
        var sentences = hits.Select(x => x.R.Evidence.SentenceText).ToList();
        Assert.That(sentences, Has.Some.Contains("slanders even our nuclear self-defence capabilities"));
        Assert.That(sentences, Has.Some.Contains("openly critical of our nuclear self-defence capabilities"));
        Assert.That(hits.Select(x => Seed.Value.TextOf(x.R.Evidence.Span)), Has.Some.EqualTo("China is a bad neighbour that slanders even our"));
    }

    [Test]
    public void Every_relation_keeps_the_invariants() => EventExtractorTests.AssertInvariants(Seed.Value);

    [Test]
    public void Parallel_runs_give_the_same_relations()
    {
        var pipeline = new PipelineBuilder().AddRelationExtractor(new EventExtractor()).Build();
        string text = Seed.Value.Text;
        var expected = Seed.Value.Relations;
        var results = new Document[8];
        Parallel.For(0, results.Length, i => results[i] = pipeline.Process(text, "seed"));
        foreach (var doc in results) Assert.That(doc.Relations, Is.EqualTo(expected));
    }
}
