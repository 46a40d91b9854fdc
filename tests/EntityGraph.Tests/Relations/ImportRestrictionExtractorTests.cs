using EntityGraph.Documents;
using EntityGraph.Knowledge;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>
/// A decree noun phrase as subject carries over the actor of an earlier "X issued a decree" sentence, and the
/// import restriction it states is X → Y SANCTION. Expected code by hand from cameo-codes.tsv /
/// cameo-plover.tsv: 160 "Reduce relations" → SANCTION, quad class 4, Goldstein -4.0.
/// </summary>
public class ImportRestrictionExtractorTests
{
    // The carry-over reads the event extractor's relations, so both run, in the default order.
    private static readonly Pipeline Events = new PipelineBuilder()
        .AddRelationExtractor(new EventExtractor())
        .AddRelationExtractor(new ImportRestrictionExtractor())
        .Build();

    private static (Document Doc, List<(string? Src, string? Tgt, Relation R)> Rels) Run(string text)
    {
        var doc = Events.Process(text, "test");
        var byId = doc.Entities.ToDictionary(e => e.Id);
        return (doc, doc.Relations.Where(r => r.Cameo == ImportRestrictionExtractor.Code && r.Evidence.SentenceIndex == 1)
            .Select(r => (ActorCodes.Of(byId[r.Source]), ActorCodes.Of(byId[r.Target]), r)).ToList());
    }

    [Test]
    public void Decree_in_the_next_sentence_restricting_imports_from_a_country_is_a_sanction_by_the_issuer()
    {
        var (doc, rels) = Run("Germany issued a decree ordering companies to reduce trade with Poland. "
            + "The decree imposes import controls on goods from France.");
        var hit = rels.Where(x => x.Src == "DEU" && x.Tgt == "FRA").Select(x => x.R).SingleOrDefault();
        Assert.That(hit, Is.Not.Null, string.Join("; ", doc.Relations.Select(r => $"{r.Source}->{r.Target} {r.Cameo} s{r.Evidence.SentenceIndex}")));
        Assert.That(hit!.Type, Is.EqualTo(EventExtractor.RelationType));
        Assert.That(hit.Category, Is.EqualTo("SANCTION"));
        Assert.That(hit.QuadClass, Is.EqualTo(4));
        Assert.That(hit.Goldstein, Is.EqualTo(-4.0));
        Assert.That(hit.Negated, Is.False);
        Assert.That(doc.TextOf(hit.Evidence.Span), Is.EqualTo("The decree imposes import controls on goods from France"));
        Assert.That(hit.Evidence.SentenceText, Is.EqualTo("The decree imposes import controls on goods from France."));
    }

    [Test]
    public void Rather_than_from_picks_the_excluded_country_not_the_preferred_one()
    {
        var (_, rels) = Run("Germany issued a decree ordering companies to reduce trade with Poland. "
            + "The new decree requires goods to be imported from Spain, rather than from France.");
        Assert.That(rels.Select(x => (x.Src, x.Tgt)), Is.EqualTo(new[] { ("DEU", "FRA") }));
    }

    [Test]
    public void No_earlier_issuer_gives_nothing()
    {
        var (_, rels) = Run("Officials met in Berlin on Monday to discuss the weather. "
            + "The decree imposes import controls on goods from France.");
        Assert.That(rels, Is.Empty);
    }

    [Test]
    public void Rather_than_from_a_non_actor_gives_nothing()
    {
        var (_, rels) = Run("Germany issued a decree ordering companies to reduce trade with Poland. "
            + "The decree requires goods to be imported from France, rather than from local workshops.");
        Assert.That(rels, Is.Empty);
    }

    [Test]
    public void A_decree_subject_without_a_restriction_gives_nothing()
    {
        var (_, rels) = Run("Germany issued a decree ordering companies to reduce trade with Poland. "
            + "The decree praises goods from France.");
        Assert.That(rels, Is.Empty);
    }

    [Test]
    public void Loader_names_the_line_of_a_bad_entry()
    {
        var ex = Assert.Throws<KnowledgeFormatException>(() => ImportRestrictionExtractor.LoadWords(
            KnowledgeSource.FromText("bad.tsv", "decree\tedict\nmodifier\trecent\nissue\tissued\nact\timport controls\nverb\tbans\n")));
        Assert.That(ex!.Message, Does.Contain("bad.tsv").And.Contain("5"));
        Assert.Throws<KnowledgeFormatException>(() => ImportRestrictionExtractor.LoadWords(
            KnowledgeSource.FromText("bad.tsv", "decree\tnew edict\n")));
        Assert.Throws<KnowledgeFormatException>(() => ImportRestrictionExtractor.LoadWords(
            KnowledgeSource.FromText("bad.tsv", "decree\tedict\ndecree\tedict\n")));
    }

    [Test]
    public void Seed_recent_edict_is_a_dprk_sanction_against_China()
    {
        var doc = Pipeline.CreateDefault().Process(
            File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt")), "seed");
        var byId = doc.Entities.ToDictionary(e => e.Id);
        const string sentence = "The recent edict requires for the implementation of strict import controls that call for everyday goods "
            + "to be imported from Russia or European nations, rather than from China.";
        var hits = doc.Relations.Where(r => r.Type == EventExtractor.RelationType && r.Category == "SANCTION"
            && r.Evidence.SentenceText == sentence).ToList();
        Assert.That(hits.Select(r => (byId[r.Source].Id, byId[r.Target].Id)),
            Has.Some.Matches<(string Src, string Tgt)>(x => x.Src.StartsWith("party:WORKERS_PARTY_OF_KOREA", StringComparison.Ordinal) && x.Tgt == "country:CHN"));
        Assert.That(hits.All(r => ActorCodes.Of(byId[r.Source]) == "PRK"), Is.True);
    }
}
