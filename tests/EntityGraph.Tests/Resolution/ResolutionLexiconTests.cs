using EntityGraph.Knowledge;
using EntityGraph.Resolution;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

/// <summary>The resolution word lists: the shipped file loads, and a bad line is reported with source and line.</summary>
public class ResolutionLexiconTests
{
    private const string AllSections = """
        [titles]
        Chairman
        [role-words]
        official
        [not-names]
        Party
        [party-heads]
        Party
        [actor-verbs]
        said
        [verb-helpers]
        has
        [prepositions]
        to
        [kind-igo]
        Nations
        [kind-government]
        Ministry
        [kind-business]
        Air
        [kind-media]
        News
        [kind-military]
        Army
        """;

    private static ResolutionLexicon Read(string text) => ResolutionLexicon.Read("test.txt", new StringReader(text.Replace("\r", "")));

    [Test]
    public void The_shipped_lexicon_loads_and_knows_the_words_the_rules_rely_on()
    {
        var lex = ResolutionLexicon.Default;
        Assert.That(lex.Titles, Does.Contain("Chairman").And.Contain("First"));
        Assert.That(lex.Titles.Contains("first"), Is.True, "entries compare ignoring case");
        Assert.That(lex.ActorVerbs, Does.Contain("said").And.Contain("criticised").And.Contain("agreed"));
        Assert.That(lex.Prepositions, Does.Contain("between").And.Contain("to"));
        Assert.That(lex.PartyHeads, Does.Contain("Party"));
        Assert.That(lex.NotNames, Does.Contain("Party"));
        Assert.That(lex.RoleWords, Does.Contain("official"));
        Assert.That(lex.KindWords["Department"], Is.EqualTo(OrganizationKind.Government));
        Assert.That(lex.KindWords["Air"], Is.EqualTo(OrganizationKind.Business));
        Assert.That(lex.KindWords["KCNA"], Is.EqualTo(OrganizationKind.Media));
        Assert.That(lex.KindWords["Army"], Is.EqualTo(OrganizationKind.Military));
        Assert.That(lex.KindWords["Nations"], Is.EqualTo(OrganizationKind.Igo));
    }

    [Test]
    public void A_minimal_file_with_every_section_loads()
    {
        var lex = Read(AllSections);
        Assert.That(lex.Titles, Is.EquivalentTo(new[] { "Chairman" }));
    }

    [TestCase("Chairman\n[titles]\nMr", 1, "before any [section]")]
    [TestCase("[titles]\nMr.", 2, "contains '.'")]
    [TestCase("[titles]\nMr\nMR", 3, "repeats an earlier entry")]
    [TestCase("[titles]\n[titles]", 2, "appears twice")]
    [TestCase("# comment\n[nicknames]", 2, "unknown section 'nicknames'")]
    [TestCase("[titles\nMr", 1, "must look like '[name]'")]
    [TestCase("[titles]\n-Mr", 2, "contains '-'")]
    public void A_bad_line_is_reported_with_source_and_line(string text, int line, string what)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Read(text));
        Assert.That(ex!.Message, Does.StartWith($"test.txt line {line}:"));
        Assert.That(ex.Message, Does.Contain(what));
    }

    [Test]
    public void A_missing_or_empty_section_is_reported()
    {
        var missing = Assert.Throws<InvalidDataException>(() => Read(AllSections.Replace("[kind-military]\nArmy", "")));
        Assert.That(missing!.Message, Does.Contain("'[kind-military]' is missing"));
        var empty = Assert.Throws<InvalidDataException>(() => Read(AllSections.Replace("[kind-military]\nArmy", "[kind-military]\n# none yet")));
        Assert.That(empty!.Message, Does.Contain("'[kind-military]' has no entries"));
    }

    [Test]
    public void Inner_hyphens_and_apostrophes_are_allowed()
    {
        var lex = Read(AllSections.Replace("[titles]\nChairman", "[titles]\nVice-Chairman\nPeople's"));
        Assert.That(lex.Titles, Is.EquivalentTo(new[] { "Vice-Chairman", "People's" }));
    }
}
