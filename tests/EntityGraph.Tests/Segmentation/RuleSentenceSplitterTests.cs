using NUnit.Framework;
using EntityGraph.Documents;
using EntityGraph.Segmentation;
using EntityGraph.Tokenization;
using static EntityGraph.Tests.Segmentation.SplitHarness;

namespace EntityGraph.Tests.Segmentation;

/// <summary>
/// One test per splitter rule. Expected sentences are written by hand; white-space runs inside a sentence
/// are shown as one space (see <see cref="SplitHarness.Sentences"/>).
/// </summary>
[TestFixtureSource(typeof(SplitHarness), nameof(SplitHarness.Tokenizers))]
public sealed class RuleSentenceSplitterTests(ITokenizer tokenizer)
{
    private string[] Split(string text) => Sentences(tokenizer, text);

    // ---- Abbreviations and initials -------------------------------------------------------------------

    [TestCase("Mr. Kim met Gen. Kim in Seoul.")]
    [TestCase("He toured the U.S. of A last year.")]
    [TestCase("J. R. R. Tolkien wrote it in Oxford.")]
    [TestCase("Trade with the U.S. Army base fell sharply.")]
    [TestCase("They discussed trade, oil etc. and then left.")]
    public void Abbreviations_and_initials_inside_a_sentence_do_not_end_it(string text) =>
        Assert.That(Split(text), Is.EqualTo(new[] { text }));

    [Test]
    public void A_title_never_ends_a_sentence_even_before_a_sentence_starter() =>
        // "He" is a common sentence starter, but also the surname of a Chinese general.
        Assert.That(Split("Gen. He Weidong was purged."), Is.EqualTo(new[] { "Gen. He Weidong was purged." }));

    [Test]
    public void An_abbreviation_before_a_sentence_starter_ends_the_sentence() =>
        Assert.That(Split("Talks stalled between China and the U.S. The next day, Pyongyang fired a missile."),
            Is.EqualTo(new[] { "Talks stalled between China and the U.S.", "The next day, Pyongyang fired a missile." }));

    [Test]
    public void A_month_abbreviation_before_but_ends_the_sentence() =>
        Assert.That(Split("The office opened in Jan. But nobody came."),
            Is.EqualTo(new[] { "The office opened in Jan.", "But nobody came." }));

    [Test]
    public void A_name_with_initials_does_not_disturb_the_next_sentence_end() =>
        Assert.That(Split("J. R. R. Tolkien wrote it. He died in 1973."),
            Is.EqualTo(new[] { "J. R. R. Tolkien wrote it.", "He died in 1973." }));

    [Test]
    public void A_roman_numeral_after_a_name_ends_the_sentence_before_a_starter() =>
        Assert.That(Split("It began after World War I. The peace did not last."),
            Is.EqualTo(new[] { "It began after World War I.", "The peace did not last." }));

    [Test]
    public void A_lone_capital_before_a_period_follows_the_initial_rules()
    {
        // The tokenizer may keep "I" apart from its period as the pronoun.
        Assert.That(Split("The bowlers were V. Patel and I. Khan on the day."),
            Is.EqualTo(new[] { "The bowlers were V. Patel and I. Khan on the day." }));
        Assert.That(Split("So did I. Nobody else came."), Is.EqualTo(new[] { "So did I.", "Nobody else came." }));
    }

    [Test]
    public void An_abbreviation_at_a_line_end_before_a_capitalised_word_ends_the_sentence() =>
        Assert.That(Split("Alas my S.\nSorry for being rude."), Is.EqualTo(new[] { "Alas my S.", "Sorry for being rude." }));

    [Test]
    public void A_title_at_a_line_end_does_not_end_the_sentence() =>
        Assert.That(Split("They met Mr.\nKim in Seoul."), Is.EqualTo(new[] { "They met Mr. Kim in Seoul." }));

    [Test]
    public void A_middle_initial_at_a_line_end_does_not_end_the_sentence() =>
        Assert.That(Split("The letter was signed by George W.\nBush himself."),
            Is.EqualTo(new[] { "The letter was signed by George W. Bush himself." }));

    // ---- Stops and closing quotes ---------------------------------------------------------------------

    [Test]
    public void Question_and_exclamation_marks_end_sentences() =>
        Assert.That(Split("Is it over? Nobody knows! We wait."),
            Is.EqualTo(new[] { "Is it over?", "Nobody knows!", "We wait." }));

    [Test]
    public void A_run_of_stops_is_one_end() =>
        Assert.That(Split("Why?! Because. Really!!! Yes."),
            Is.EqualTo(new[] { "Why?!", "Because.", "Really!!!", "Yes." }));

    [Test]
    public void A_closing_single_quote_after_an_exclamation_belongs_to_the_first_sentence() =>
        Assert.That(Split("He said, ‘Abandon the Chinese dream!’ The statement was read out."),
            Is.EqualTo(new[] { "He said, ‘Abandon the Chinese dream!’", "The statement was read out." }));

    [Test]
    public void A_closing_double_quote_after_a_period_belongs_to_the_first_sentence() =>
        Assert.That(Split("She said, “We will win.” Then she left."),
            Is.EqualTo(new[] { "She said, “We will win.”", "Then she left." }));

    [Test]
    public void A_straight_quote_touching_the_period_closes_and_a_spaced_one_opens() =>
        Assert.That(Split("He said \"Never.\" Then he left. \"Why?\" she asked."),
            Is.EqualTo(new[] { "He said \"Never.\"", "Then he left.", "\"Why?\" she asked." }));

    [Test]
    public void A_quote_closed_at_the_end_of_the_text_is_kept() =>
        Assert.That(Split("They chose money before ideology.’"), Is.EqualTo(new[] { "They chose money before ideology.’" }));

    [Test]
    public void A_closing_bracket_after_the_stop_stays_in_the_sentence() =>
        Assert.That(Split("(He left early.) Nobody noticed."), Is.EqualTo(new[] { "(He left early.)", "Nobody noticed." }));

    [TestCase("‘Abandon the dream!’, the decree said.")]
    [TestCase("‘Abandon the dream!’ the decree said.")]
    [TestCase("It was his first(?) state visit to China.")]
    public void A_stop_followed_by_a_comma_a_lower_case_word_or_alone_in_brackets_does_not_end_it(string text) =>
        Assert.That(Split(text), Is.EqualTo(new[] { text }));

    [Test]
    public void The_period_of_a_list_number_does_not_end_the_item() =>
        Assert.That(Split("Demands:\n1. Stop the tests\n2. Free the prisoners\nHe was born in 1950. Nobody knew."),
            Is.EqualTo(new[] { "Demands:", "1. Stop the tests", "2. Free the prisoners", "He was born in 1950.", "Nobody knew." }));

    // ---- Ellipses ------------------------------------------------------------------------------------

    [Test]
    public void An_ellipsis_before_a_capitalised_word_ends_the_sentence() =>
        Assert.That(Split("They re-opened it again… Chinese firms left."),
            Is.EqualTo(new[] { "They re-opened it again…", "Chinese firms left." }));

    [Test]
    public void Three_dots_count_as_an_ellipsis() =>
        Assert.That(Split("They waited... Nothing happened."), Is.EqualTo(new[] { "They waited...", "Nothing happened." }));

    [TestCase("It was… complicated, he said.")]
    [TestCase("North Korea will collapse […2020] soon.")]
    [TestCase("The myth….lies cannot live forever.")]
    public void An_ellipsis_before_anything_else_on_the_same_line_does_not_end_it(string text) =>
        Assert.That(Split(text), Is.EqualTo(new[] { text }));

    [Test]
    public void An_ellipsis_before_a_line_break_ends_the_sentence_unless_the_next_line_is_lower_case()
    {
        Assert.That(Split("They waited…\n2020 came."), Is.EqualTo(new[] { "They waited…", "2020 came." }));
        Assert.That(Split("They waited…\nand waited."), Is.EqualTo(new[] { "They waited… and waited." }));
    }

    // ---- Line breaks, bullets, headlines -------------------------------------------------------------

    [TestCase("Kim spoke\n\nthe crowd cheered")]
    [TestCase("Kim spoke\r\n\r\nthe crowd cheered")]
    [TestCase("Kim spoke  \n   \n  the crowd cheered")]
    [TestCase("Kim spoke\u2029the crowd cheered")]
    public void A_blank_line_always_ends_a_sentence(string text) =>
        Assert.That(Split(text), Is.EqualTo(new[] { "Kim spoke", "the crowd cheered" }));

    [Test]
    public void A_bullet_starts_a_sentence()
    {
        Assert.That(Split("  • zachary T\n\n    well, being reliant on China is a weakness."),
            Is.EqualTo(new[] { "• zachary T", "well, being reliant on China is a weakness." }));
        Assert.That(Split("Items: • one • two"), Is.EqualTo(new[] { "Items:", "• one", "• two" }));
    }

    [Test]
    public void A_short_name_line_ends_at_its_line_break() =>
        Assert.That(Split("Christian Karl\nToday KCTV aired an old documentary."),
            Is.EqualTo(new[] { "Christian Karl", "Today KCTV aired an old documentary." }));

    [Test]
    public void A_short_line_ends_at_its_line_break_even_in_lower_case() =>
        // Neither mostly capitalised nor half as long as the next line: only its length marks it.
        Assert.That(Split("posted by zachary\nThe comment was short."),
            Is.EqualTo(new[] { "posted by zachary", "The comment was short." }));

    [Test]
    public void A_title_case_headline_ends_at_its_line_break() =>
        // 45 characters, so it is the capitalisation, not the length, that marks it as a headline.
        Assert.That(Split("North Korea Decrees Abandon The Chinese Dream\nThe Central Party Committee issued a decree."),
            Is.EqualTo(new[] { "North Korea Decrees Abandon The Chinese Dream", "The Central Party Committee issued a decree." }));

    [Test]
    public void A_line_much_shorter_than_the_next_ends_at_its_line_break() =>
        Assert.That(Split("Exclusive: North Korea decrees against the Chinese dream\n" +
                          "The Central Party Committee of the Korean Workers’ Party has issued an internal decree to cadres ranked departmental director and above."),
            Is.EqualTo(new[]
            {
                "Exclusive: North Korea decrees against the Chinese dream",
                "The Central Party Committee of the Korean Workers’ Party has issued an internal decree to cadres ranked departmental director and above.",
            }));

    [Test]
    public void A_headline_without_a_final_period_before_a_blank_line_is_a_sentence() =>
        Assert.That(Split("Exclusive: North Korea decrees, ‘Abandon the Chinese dream!’\n\nThe Central Party Committee spoke."),
            Is.EqualTo(new[] { "Exclusive: North Korea decrees, ‘Abandon the Chinese dream!’", "The Central Party Committee spoke." }));

    [Test]
    public void Hard_wrapped_prose_is_split_only_at_its_sentence_ends() =>
        Assert.That(Split("He dwells on the days where he was a party apparatchik tourist in US of\n" +
                          "A. As usual your foreign ministry led by Kim yong-nam plays a smart game\n" +
                          "in international relations."),
            Is.EqualTo(new[]
            {
                "He dwells on the days where he was a party apparatchik tourist in US of A.",
                "As usual your foreign ministry led by Kim yong-nam plays a smart game in international relations.",
            }));

    [Test]
    public void A_line_ending_in_a_comma_continues_on_the_next_line() =>
        Assert.That(Split("BTW,\nSouth Korean factories make hardly any profit."),
            Is.EqualTo(new[] { "BTW, South Korean factories make hardly any profit." }));

    [Test]
    public void A_period_at_a_line_end_ends_the_sentence_before_a_capitalised_line() =>
        Assert.That(Split("Deals in yuan are monitored more than those in US dollars.\nKoryo Air flights are to be increased."),
            Is.EqualTo(new[] { "Deals in yuan are monitored more than those in US dollars.", "Koryo Air flights are to be increased." }));

    [Test]
    public void A_single_line_break_before_a_lower_case_word_continues_the_sentence() =>
        Assert.That(Split("The lecture materials were long and\ncontinued for hours.\nthe end came later."),
            Is.EqualTo(new[] { "The lecture materials were long and continued for hours. the end came later." }));

    // ---- Degenerate input ----------------------------------------------------------------------------

    [TestCase("")]
    [TestCase("   \n\n\t ")]
    public void No_tokens_give_no_sentences(string text) =>
        Assert.That(Split(text), Is.Empty);

    [TestCase(".")]
    [TestCase("…")]
    [TestCase("•")]
    [TestCase("U.S.")]
    [TestCase("’")]
    public void A_single_token_is_one_sentence(string text) =>
        Assert.That(Split(text), Is.EqualTo(new[] { text }));

    [Test]
    public void Sentences_are_appended_to_the_list_given()
    {
        const string text = "One. Two.";
        var tokens = new List<Token>();
        tokenizer.Tokenize(text, tokens);
        var existing = new Sentence(99, 1, new TextSpan(0, 1));
        var sentences = new List<Sentence> { existing };

        new RuleSentenceSplitter().Split(text, tokens, sentences);

        Assert.That(sentences, Has.Count.EqualTo(3));
        Assert.That(sentences[0], Is.EqualTo(existing));
        Assert.That(sentences[1].FirstToken, Is.Zero);
        Assert.That(sentences[2].EndToken, Is.EqualTo(tokens.Count));
    }

    [Test]
    public void Any_read_only_list_of_tokens_gives_the_same_sentences_as_a_list()
    {
        const string text = "Mr. Kim left. ‘Why?’ they asked… Nobody knew.";
        var tokens = new List<Token>();
        tokenizer.Tokenize(text, tokens);
        var fromList = new List<Sentence>();
        var fromArray = new List<Sentence>();
        var fromReadOnly = new List<Sentence>();

        Splitter.Split(text, tokens, fromList);
        Splitter.Split(text, tokens.ToArray(), fromArray);
        Splitter.Split(text, tokens.AsReadOnly(), fromReadOnly);

        Assert.That(fromList, Has.Count.EqualTo(3));
        Assert.That(fromArray, Is.EqualTo(fromList));
        Assert.That(fromReadOnly, Is.EqualTo(fromList));
    }
}
