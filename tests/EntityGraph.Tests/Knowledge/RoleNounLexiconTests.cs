using EntityGraph.Knowledge;
using NUnit.Framework;

namespace EntityGraph.Tests.Knowledge;

/// <summary>Role nouns ("agents"): the embedded lexicon's facts, lookups, and the loader's errors.</summary>
public class RoleNounLexiconTests
{
    private static RoleNounLexicon Nouns => KnowledgeBase.RoleNouns;

    [TestCase("foreign minister", "~GOV")]
    [TestCase("foreign ministers", "~GOV")]
    [TestCase("foreign ministry", "~GOV")]
    [TestCase("police", "~COP")]
    [TestCase("policemen", "~COP")]
    [TestCase("farmer", "~AGR")]
    [TestCase("farmers", "~AGR")]
    [TestCase("chamber of commerce", "~BUS")]
    [TestCase("chambers of commerce", "~BUS")]
    [TestCase("peacekeeping troops", "IGO~")]
    [TestCase("cattlemen", "~AGR")]
    public void The_embedded_lexicon_has_the_source_nouns_with_plurals_and_sets_expanded(string phrase, string code)
    {
        Assert.That(Nouns.Find(phrase)?.Code, Is.EqualTo(code));
    }

    [TestCase("secretaries of defense", "~GOVMIL")]
    [TestCase("prime ministers in exile", "~OPP")]
    [TestCase("minister for territorial administration", "~GOV")]
    [TestCase("ministries for territorial administration", "~GOV")]
    public void Plurals_inflect_the_head_noun_and_source_typos_are_undone(string phrase, string code)
    {
        // "SECRETARY_OF_DEFENSE": the head comes before "of"; "AD!MINIST!RATION" in the source is ADMINISTRATION.
        Assert.That(Nouns.Find(phrase)?.Code, Is.EqualTo(code));
        Assert.That(Nouns.Find("secretary of defenses"), Is.Null);
    }

    [TestCase("party secretary", "~PTY")]
    [TestCase("party secretaries", "~PTY")]
    [TestCase("general secretary", "~PTY")]
    [TestCase("first secretary", "~GOV")]
    public void Curated_nouns_for_one_party_states_are_loaded_too(string phrase, string code) =>
        Assert.That(Nouns.Find(phrase)?.Code, Is.EqualTo(code));

    [Test]
    public void A_phrase_in_two_files_names_the_first_file_and_line()
    {
        var e = Assert.Throws<KnowledgeFormatException>(() => RoleNounLexicon.Load([
            KnowledgeSource.FromText("agents.tsv", "farmer\t~AGR"),
            KnowledgeSource.FromText("agents-curated.tsv", "# ours\nfarmer\t~BUS"),
        ]))!;
        Assert.That((e.ResourceName, e.LineNumber), Is.EqualTo(("agents-curated.tsv", 2)));
        Assert.That(e.Problem, Is.EqualTo("phrase 'farmer' is already listed in agents.tsv line 1"));
    }

    [Test]
    public void Explicit_empty_plurals_and_stems_follow_the_source()
    {
        // ARMED_POLICE {} [~COP]: no plural form; FOREIGN_AFFAIRS_MINIST is a stem, read as minister/ministry.
        Assert.That(Nouns.Find("armed polices"), Is.Null);
        Assert.That(Nouns.Find("foreign affairs minister")?.Code, Is.EqualTo("~GOV"));
        Assert.That(Nouns.Find("foreign affairs minist"), Is.Null, "a bare stem is not a phrase of text");
        Assert.That(Nouns.Count, Is.GreaterThan(4000));
    }

    [Test]
    public void Lookup_ignores_case_spacing_and_apostrophe_form()
    {
        Assert.That(Nouns.Find("Foreign  Minister")?.Phrase, Is.EqualTo("foreign minister"));
        Assert.That(Nouns.Find(" FOREIGN MINISTER ")?.Phrase, Is.EqualTo("foreign minister"));
        Assert.That(Nouns.Find("minister foreign"), Is.Null);
        Assert.That(Nouns.Find(""), Is.Null);
    }

    [Test]
    public void Suffix_and_prefix_codes_are_told_apart()
    {
        var minister = Nouns.Find("foreign minister")!;
        Assert.That((minister.IsSuffix, minister.Segments), Is.EqualTo((true, "GOV")));
        var troops = Nouns.Find("peacekeeping troops")!;
        Assert.That((troops.IsSuffix, troops.Segments), Is.EqualTo((false, "IGO")));
    }

    [Test]
    public void The_longest_phrase_at_a_position_wins()
    {
        string[] words = ["the", "North", "Korean", "Foreign", "Minister", "said"];
        Assert.That(Nouns.MatchLongest(words, 3, out int length)?.Phrase, Is.EqualTo("foreign minister"));
        Assert.That(length, Is.EqualTo(2));
        Assert.That(Nouns.MatchLongest(words, 5, out length), Is.Null);
        Assert.That(length, Is.EqualTo(0));
        Assert.That(Nouns.MatchLongest(words, 6, out length), Is.Null, "start at the end");
    }

    private static KnowledgeFormatException Fails(string text) =>
        Assert.Throws<KnowledgeFormatException>(() => RoleNounLexicon.Load(KnowledgeSource.FromText("agents.tsv", text.Replace('|', '\t'))))!;

    [TestCase("# c\nfarmer|~AGR|x", 2, "expected 2 tab-separated columns")]
    [TestCase("farmer", 1, "expected 2 tab-separated columns")]
    [TestCase("Farmer|~AGR", 1, "phrase 'Farmer' must be lower-case")]
    [TestCase("cattle  rancher|~AGR", 1, "must be lower-case words separated by single spaces")]
    [TestCase(" farmer|~AGR", 1, "must be lower-case words")]
    [TestCase("farmer|AGR", 1, "code 'AGR'")]
    [TestCase("farmer|~AG", 1, "code '~AG'")]
    [TestCase("farmer|~agr", 1, "code '~agr'")]
    [TestCase("farmer|~AGR~", 1, "code '~AGR~'")]
    [TestCase("farmer|~AGR\nfarmer|~BUS", 2, "phrase 'farmer' is already listed on line 1")]
    public void A_bad_line_names_resource_and_line(string text, int line, string problem)
    {
        var e = Fails(text);
        Assert.That((e.ResourceName, e.LineNumber), Is.EqualTo(("agents.tsv", line)));
        Assert.That(e.Problem, Does.Contain(problem));
    }
}
