using EntityGraph.Documents;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.SeedArticle;

/// <summary>
/// The default pipeline (no stage chosen by the caller) must carry the showcase relations: the brief's
/// "DPRK–China trade tension with the sentences that prove it" has to come out of
/// <c>Pipeline.CreateDefault()</c>, not only out of a hand-built pipeline.
/// </summary>
public class DefaultPipelineRelationTests
{
    private static readonly Lazy<Document> Seed = new(() =>
        Pipeline.CreateDefault().Process(
            File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt")), "seed"));

    private static IEnumerable<(string? Source, string? Target, Relation Relation)> Interactions()
    {
        var byId = Seed.Value.Entities.ToDictionary(e => e.Id);
        return Seed.Value.Relations
            .Where(r => r.Type == "interaction")
            .Select(r => (ActorCodes.Of(byId[r.Source]), ActorCodes.Of(byId[r.Target]), r));
    }

    [Test]
    public void Default_pipeline_runs_events_structure_and_co_mentions_in_that_order()
    {
        var kinds = Pipeline.CreateDefault().RelationExtractors.Select(x => x.GetType()).ToArray();
        Assert.That(kinds, Is.EqualTo(new[] { typeof(EventExtractor), typeof(StructuralExtractor), typeof(ConflictStateExtractor), typeof(ImportRestrictionExtractor), typeof(CoMentionExtractor) }));
    }

    [Test]
    public void Dprk_side_cuts_trade_with_China_with_the_decree_sentence_as_evidence()
    {
        var hits = Interactions().Where(x => x.Source == "PRK" && x.Target == "CHN" && x.Relation.Category == "SANCTION").ToList();
        Assert.That(hits, Is.Not.Empty);
        Assert.That(hits.Select(x => x.Relation.Evidence.SentenceText),
            Has.Some.Contains("ordering state sanctioned trading companies to decrease trade with China"));
    }

    [Test]
    public void China_side_accuses_the_dprk_side()
    {
        Assert.That(Interactions().Any(x => x.Source == "CHN" && x.Target == "PRK" && x.Relation.Category == "ACCUSE"), Is.True);
    }

    [Test]
    public void Family_tie_between_the_two_Ri_is_structural()
    {
        var byId = Seed.Value.Entities.ToDictionary(e => e.Id);
        var family = Seed.Value.Relations.Where(r => r.Type == "family")
            .Select(r => (byId[r.Source].Name, byId[r.Target].Name)).ToList();
        Assert.That(family, Does.Contain(("Ri Yong-nam", "Ri Je-gang")));
    }
}
