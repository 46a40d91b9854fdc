using EntityGraph.Documents;
using EntityGraph.Knowledge;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>
/// Conflict stated as a noun ("tension between X and Y", "X–Y tensions"). Expected code by hand from
/// cameo-codes.tsv / cameo-plover.tsv: 160 "Reduce relations" → SANCTION, quad class 4, Goldstein -4.0.
/// </summary>
public class ConflictStateExtractorTests
{
    private static readonly Pipeline States = new PipelineBuilder().AddRelationExtractor(new ConflictStateExtractor()).Build();

    private static (Document Doc, List<(string Src, string Tgt, Relation R)> Rels) Run(string text)
    {
        var doc = States.Process(text, "test");
        var byId = doc.Entities.ToDictionary(e => e.Id);
        return (doc, doc.Relations.Select(r => (ActorCodes.Of(byId[r.Source])!, ActorCodes.Of(byId[r.Target])!, r)).ToList());
    }

    [Test]
    public void Tension_between_two_countries_runs_both_ways()
    {
        var (doc, rels) = Run("Analysts see growing tension between France and Germany over the budget.");
        Assert.That(rels.Select(x => (x.Src, x.Tgt)), Is.EquivalentTo(new[] { ("FRA", "DEU"), ("DEU", "FRA") }));
        foreach (var (_, _, r) in rels)
        {
            Assert.That(r.Type, Is.EqualTo(EventExtractor.RelationType));
            Assert.That(r.Cameo, Is.EqualTo("160"));
            Assert.That(r.Category, Is.EqualTo("SANCTION"));
            Assert.That(r.QuadClass, Is.EqualTo(4));
            Assert.That(r.Goldstein, Is.EqualTo(-4.0));
            Assert.That(r.Negated, Is.False);
            Assert.That(doc.TextOf(r.Evidence.Span), Is.EqualTo("tension between France and Germany"));
        }
    }

    /// <summary>
    /// Every noun of the shipped list, as written, capitalised and in capitals, is found; words that share a
    /// noun's length and first letter, or its first letter only, are not (the filter before the table lets
    /// them through or not, the table decides).
    /// </summary>
    [Test]
    public void Every_listed_noun_is_found_in_any_case_and_near_misses_are_not()
    {
        var nouns = ShippedData.Lines("relations-conflict-states.txt").Select(line => line.Trim()).ToList();
        Assert.That(nouns, Has.Count.GreaterThan(10));
        foreach (var noun in nouns)
            // In capitals a hyphenated noun is not one token ("STAND | - | OFF", and "OFF" is read as a name), so
            // only the plain words are tried that way.
            foreach (var form in noun.Contains('-') ? [noun, char.ToUpperInvariant(noun[0]) + noun[1..]]
                     : new[] { noun, char.ToUpperInvariant(noun[0]) + noun[1..], noun.ToUpperInvariant() })
            {
                var (_, rels) = Run($"There is {form} between France and Germany.");
                Assert.That(rels, Has.Count.EqualTo(2), form);
            }
        foreach (var miss in new[] { "tensile", "tensions2", "rifle", "feudal", "disputed", "standby", "t", "tensio" })
            Assert.That(Run($"There is {miss} between France and Germany.").Rels, Is.Empty, miss);
    }

    [Test]
    public void Coordinated_nouns_and_determiners_are_read()
    {
        var (doc, rels) = Run("There is tension and antagonism between the Philippines and China.");
        Assert.That(rels.Select(x => (x.Src, x.Tgt)), Is.EquivalentTo(new[] { ("PHL", "CHN"), ("CHN", "PHL") }));
        Assert.That(doc.TextOf(rels[0].R.Evidence.Span), Is.EqualTo("tension and antagonism between the Philippines and China"));
    }

    [Test]
    public void Dashed_pair_before_the_noun()
    {
        var (_, rels) = Run("The India–Pakistan rift deepened last year.");
        Assert.That(rels.Select(x => (x.Src, x.Tgt)), Is.EquivalentTo(new[] { ("IND", "PAK"), ("PAK", "IND") }));
    }

    [Test]
    public void No_tension_is_negated()
    {
        var (_, rels) = Run("Officials said there was no friction between Japan and Canada.");
        Assert.That(rels, Has.Count.EqualTo(2));
        Assert.That(rels.All(x => x.R.Negated), Is.True);
    }

    [Test]
    public void Eased_tension_is_still_attested()
    {
        // Decision: the sentence says the tension existed; easing is not negation.
        var (_, rels) = Run("Tensions between Peru and Chile eased after the talks.");
        Assert.That(rels.Select(x => (x.Src, x.Tgt)), Is.EquivalentTo(new[] { ("PER", "CHL"), ("CHL", "PER") }));
    }

    [Test]
    public void Non_conflict_nouns_and_non_actors_give_nothing()
    {
        Assert.That(Run("Trade between France and Germany grew.").Rels, Is.Empty);
        Assert.That(Run("There is tension between the two parties.").Rels, Is.Empty);
        Assert.That(Run("France and Germany signed a treaty despite tension.").Rels, Is.Empty);
        Assert.That(Run("The tension between France, and later Germany, grew.").Rels, Is.Empty);
    }

    [Test]
    public void Loader_names_file_and_line_of_a_bad_word()
    {
        var ex = Assert.Throws<KnowledgeFormatException>(() =>
            ConflictStateExtractor.LoadNouns(KnowledgeSource.FromText("nouns.txt", "# c\ntension\nBad Word\n")));
        Assert.That(ex!.Message, Does.Contain("nouns.txt").And.Contain("3"));
        var dup = Assert.Throws<KnowledgeFormatException>(() =>
            ConflictStateExtractor.LoadNouns(KnowledgeSource.FromText("n.txt", "rift\n\nrift\n")));
        Assert.That(dup!.Message, Does.Contain("twice").And.Contain("3"));
        Assert.That(ConflictStateExtractor.LoadNouns(KnowledgeSource.FromText("ok.txt", "rift\n# x\nstand-off\n")), Has.Count.EqualTo(2));
    }
    [Test]
    public void Seed_article_states_DPRK_China_tension_through_the_default_pipeline()
    {
        var doc = Pipeline.CreateDefault().Process(
            File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt")), "seed");
        var byId = doc.Entities.ToDictionary(e => e.Id);
        var hits = doc.Relations
            .Where(r => r.Cameo == ConflictStateExtractor.Code && !r.Negated
                && r.Evidence.SentenceText.Contains("increasing tension and antagonism between DPRK and China", StringComparison.Ordinal))
            .Select(r => (ActorCodes.Of(byId[r.Source]), ActorCodes.Of(byId[r.Target])))
            .ToList();
        Assert.That(hits, Does.Contain(("PRK", "CHN")));
        Assert.That(hits, Does.Contain(("CHN", "PRK")));
    }
}
