using EntityGraph.Segmentation;
using NUnit.Framework;

namespace EntityGraph.Tests.Segmentation;

/// <summary>The embedded word lists load, mean what the splitter assumes, and bad entries are reported.</summary>
public sealed class SegmentationLexiconTests
{
    [Test]
    public void The_embedded_lists_load_and_hold_the_entries_the_rules_rely_on()
    {
        var lexicon = SegmentationLexicon.Default;

        Assert.That(lexicon.IsTitle("Gen"), Is.True);
        Assert.That(lexicon.IsTitle("Mr"), Is.True);
        Assert.That(lexicon.IsTitle("GEN"), Is.True, "titles match ignoring case after the first letter");
        Assert.That(lexicon.IsTitle("gen"), Is.False, "a lower-case word is never a title");
        Assert.That(lexicon.IsTitle("Jan"), Is.False, "a month can end a sentence, so it is not a title");
        Assert.That(lexicon.IsTitle("Jr"), Is.False, "a name suffix often ends a sentence");

        Assert.That(lexicon.IsSentenceStarter("The"), Is.True);
        Assert.That(lexicon.IsSentenceStarter("As"), Is.True, "needed for 'US of A. As usual' in the seed");
        Assert.That(lexicon.IsSentenceStarter("the"), Is.False, "a starter must be capitalised");
        Assert.That(lexicon.IsSentenceStarter("Army"), Is.False);
        Assert.That(lexicon.IsSentenceStarter("May"), Is.False, "also a name and a month");
        Assert.That(lexicon.IsSentenceStarter(""), Is.False);
    }

    [Test]
    public void Comments_blank_lines_and_surrounding_space_are_skipped()
    {
        var words = WordListReader.Read("test.txt", new StringReader("# heading\n\n  Gen  \r\nMr\n   # indented comment\n"));
        Assert.That(words, Is.EquivalentTo(new[] { "Gen", "Mr" }));
    }

    [Test]
    public void An_entry_with_a_period_is_reported_with_resource_and_line()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            WordListReader.Read("EntityGraph.Resources.segmentation-titles.txt", new StringReader("# titles\nMr\nGen.\n")));
        Assert.That(error!.Message, Does.StartWith("EntityGraph.Resources.segmentation-titles.txt line 3:"));
        Assert.That(error.Message, Does.Contain("'Gen.'"));
    }

    [Test]
    public void Two_words_on_one_line_are_reported()
    {
        var error = Assert.Throws<InvalidDataException>(() => WordListReader.Read("list.txt", new StringReader("Mr Kim\n")));
        Assert.That(error!.Message, Does.StartWith("list.txt line 1:"));
    }

    [Test]
    public void A_duplicate_ignoring_case_is_reported_at_its_second_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => WordListReader.Read("list.txt", new StringReader("Gen\nMr\ngen\n")));
        Assert.That(error!.Message, Does.StartWith("list.txt line 3:"));
        Assert.That(error.Message, Does.Contain("repeats"));
    }

    [Test]
    public void An_empty_list_is_reported()
    {
        var error = Assert.Throws<InvalidDataException>(() => WordListReader.Read("list.txt", new StringReader("# nothing\n\n")));
        Assert.That(error!.Message, Does.Contain("list.txt"));
    }

    [Test]
    public void A_missing_resource_is_reported_by_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => WordListReader.ReadResource("EntityGraph.Resources.no-such-list.txt"));
        Assert.That(error!.Message, Does.Contain("EntityGraph.Resources.no-such-list.txt"));
    }
}
