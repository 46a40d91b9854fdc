using EntityGraph.Tokenization;
using NUnit.Framework;

namespace EntityGraph.Tests.Tokenization;

/// <summary>The exception lists load from their resources, and bad entries are reported with list name and line.</summary>
public sealed class TokenizerLexiconTests
{
    private const string GoodCompounds = "Pro-\nGuinea-Bissau\n";

    private static TokenizerLexicon Load(string abbreviations, string compounds) =>
        TokenizerLexicon.Load(new StringReader(abbreviations), "abbr.txt", new StringReader(compounds), "comp.txt");

    [Test]
    public void The_shipped_lists_load_and_hold_the_documented_entries()
    {
        var lexicon = TokenizerLexicon.Default;
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.AbbreviationCount, Is.GreaterThan(50));
            foreach (var a in new[] { "Mr.", "Gen.", "Jan.", "No.", "etc.", "Ph.D." })
                Assert.That(lexicon.IsAbbreviation(a), Is.True, a);
            Assert.That(lexicon.IsAbbreviation("no."), Is.False, "exact case");
            Assert.That(lexicon.IsAbbreviation("Mr"), Is.False, "the period is part of the entry");
            foreach (var p in new[] { "Pro", "anti", "SINO", "Self" })
                Assert.That(lexicon.IsCompoundPrefix(p), Is.True, p);
            Assert.That(lexicon.IsCompoundPrefix("China"), Is.False);
            Assert.That(lexicon.IsCompound("guinea-bissau"), Is.True, "case is ignored");
            Assert.That(lexicon.IsCompound("China-Japan"), Is.False);
        });
    }

    [Test]
    public void Comments_blank_lines_and_surrounding_space_are_ignored()
    {
        var lexicon = Load("# titles\n\n  Mr.   # mister\r\nGen.\n", "  # none\nSino-  # combining form\n");
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.AbbreviationCount, Is.EqualTo(2));
            Assert.That(lexicon.IsAbbreviation("Mr."), Is.True);
            Assert.That(lexicon.PrefixCount, Is.EqualTo(1));
            Assert.That(lexicon.CompoundCount, Is.EqualTo(0));
            Assert.That(lexicon.MaxAbbreviationLength, Is.EqualTo(4));
        });
    }

    [TestCase("Mr.\nMrs\n", 2, "must end with a period")]
    [TestCase("Mr.\n\n# c\n.A.\n", 4, "must start with a letter")]
    [TestCase("U..S.\n", 1, "two periods in a row")]
    [TestCase("No1.\n", 1, "only letters and periods")]
    [TestCase("Mr.\nGen. Col.\n", 2, "one entry per line")]
    [TestCase("Mr.\nGen.\nMr.\n", 3, "listed twice")]
    [TestCase("Abcdefghijklmnopqrstuvwxyzabcdefgh.\n", 1, "longer than")]
    public void A_bad_abbreviation_is_reported_with_list_and_line(string list, int line, string problem)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Load(list, GoodCompounds))!;
        Assert.That(ex.Message, Does.StartWith($"abbr.txt, line {line}:").And.Contain(problem));
    }

    [TestCase("Pro-\nSino\n", 2, "must contain a hyphen")]
    [TestCase("-Pro\n", 1, "must not start with a hyphen")]
    [TestCase("A-B-C\n", 1, "only one hyphen")]
    [TestCase("Pro2-\n", 1, "only letters and one hyphen")]
    [TestCase("Pro-\npro-\n", 2, "listed twice")]
    [TestCase("Guinea-Bissau\nGUINEA-BISSAU\n", 2, "listed twice")]
    public void A_bad_compound_is_reported_with_list_and_line(string list, int line, string problem)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Load("Mr.\n", list))!;
        Assert.That(ex.Message, Does.StartWith($"comp.txt, line {line}:").And.Contain(problem));
    }

    [Test]
    public void A_tokenizer_uses_the_lists_it_is_given()
    {
        var lexicon = Load("Xyz.\n", "Foo-\nAlpha-Beta\n");
        var tokenizer = new EnglishTokenizer(lexicon);
        var tokens = new List<EntityGraph.Documents.Token>();
        const string text = "Xyz. Mr. Foo-Bar Alpha-Beta Pro-Russian";
        tokenizer.Tokenize(text, tokens);
        Assert.That(TokenExpectation.Texts(text, tokens), Is.EqualTo("Xyz.|Mr|.|Foo-Bar|Alpha-Beta|Pro|-|Russian"));
    }
}
