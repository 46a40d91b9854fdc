using EntityGraph.Documents;
using NUnit.Framework;
using static EntityGraph.Tests.Tokenization.TokenExpectation;

namespace EntityGraph.Tests.Tokenization;

/// <summary>
/// The tokenizer's specification as examples: input, then the expected tokens in the compact notation of
/// <see cref="TokenExpectation"/>. Every expectation is written from the rule it illustrates (the comments
/// say which), not copied from the tokenizer's output.
/// </summary>
public sealed class EnglishTokenizerSpecTests
{
    private static IEnumerable<TestCaseData> Cases(params (string Input, string Expected)[] cases) =>
        cases.Select(c => new TestCaseData(c.Input, c.Expected).SetArgDisplayNames(Show(c.Input)));

    // ---- Apostrophes and clitics -------------------------------------------------------------------

    private static IEnumerable<TestCaseData> CliticCases() => Cases(
        // Curly and straight 's split off; the normalised form uses the straight apostrophe, and is null when
        // the text already does.
        ("China’s economy", "China:Word=|’s:Clitic='s|economy:Word="),
        ("China's economy", "China|'s:Clitic=|economy"),
        ("IT’S", "IT|’S:Clitic='S"), // n't takes the n: the Penn Treebank split, which also gives "ca" and "wo".
        ("don't", "do:Word|n't:Clitic="),
        ("don’t", "do|n’t:Clitic=n't"),
        ("can't", "ca|n't:Clitic"),
        ("won't", "wo|n't:Clitic"),
        ("CAN’T", "CA|N’T:Clitic=N'T"),
        ("n't", "n't:Clitic"), // The other clitics.
        ("I'll we're you've he'd I'm", "I|'ll:Clitic|we|'re:Clitic|you|'ve:Clitic|he|'d:Clitic|I|'m:Clitic"),
        ("You’ve any idea", "You|’ve:Clitic='ve|any|idea"),
        ("they’LL", "they|’LL:Clitic='LL"), // A trailing apostrophe after a plural in s, with no single quotation open, is a possessive.
        ("Koreans' demands", "Koreans|':Clitic=|demands"),
        ("the Korean Workers’ Party", "the|Korean|Workers|’:Clitic='|Party"), // Other inner apostrophes belong to the word.
        ("O'Brien", "O'Brien:Word"),
        ("Qur’an", "Qur’an:Word="),
        ("rock'n'roll", "rock'n'roll"),
        ("D'Alema's", "D'Alema|'s:Clitic"), // Hyphenated names and acronyms take clitics like any word.
        ("Kim Jong-il’s first", "Kim|Jong-il|’s:Clitic|first"),
        ("KJI’s flesh", "KJI|’s:Clitic|flesh"),
        ("the U.S.’s role", "the|U.S.:Abbreviation|’s:Clitic='s|role"), // A clitic typed apart, as in pre-tokenised text, is still a clitic (and does not open a quotation).
        ("Germany 's team", "Germany|'s:Clitic|team"), // Decades.
        ("the ’90s", "the|’90s:Number='90s"),
        ("in '98", "in|'98:Number="));

    [TestCaseSource(nameof(CliticCases))]
    public void Clitics(string input, string expected) => AssertTokens(input, expected);

    // ---- Quotation marks ---------------------------------------------------------------------------

    private static IEnumerable<TestCaseData> QuoteCases() => Cases(
        // Curly quotes are Quote tokens normalised to straight ones; a ’ after punctuation closes.
        ("‘Abandon the Chinese dream!’", "‘:Quote='|Abandon|the|Chinese|dream|!:Punctuation|’:Quote='"),
        ("“sunshine policy”", "“:Quote=\"|sunshine|policy|”:Quote=\""),
        ("\"plain\"", "\":Quote=|plain|\":Quote="),
        ("«Non»", "«:Quote=\"|Non|»:Quote=\""),
        ("'Hello,' he said", "':Quote=|Hello|,|':Quote=|he|said"), // While a single quotation is open, a trailing ’ after a word closes it, even after an s.
        ("‘China is a bad neighbour, by taking sides with the US’.",
            "‘:Quote|China|is|a|bad|neighbour|,:Punctuation|by|taking|sides|with|the|US|’:Quote='|.:Punctuation"),
        ("‘A figure of the Chinese Communist Party’, and",
            "‘|A|figure|of|the|Chinese|Communist|Party|’:Quote|,|and"),
        ("‘Blame the Koreans’ he said", "‘|Blame|the|Koreans|’:Quote|he|said"), // Once closed, possessives read as possessives again.
        ("‘Go!’ The Workers’ Party", "‘|Go|!|’:Quote|The|Workers|’:Clitic|Party"), // After a word not in s there is no possessive reading: it is a quote.
        ("singin’ in the rain", "singin|’:Quote='|in|the|rain"), // A blank line forgets an unclosed quotation; a single line break does not.
        ("‘Unclosed quote\n\nThe Workers’ Party", "‘|Unclosed|quote|The|Workers|’:Clitic|Party"),
        ("‘Unclosed quote\nThe Workers’ Party", "‘|Unclosed|quote|The|Workers|’:Quote|Party"), // A ‘ glued after a word (a misplaced apostrophe) is a quote but opens nothing.
        ("don‘t. The Workers’ Party", "don|‘:Quote='|t|.|The|Workers|’:Clitic|Party"));

    [TestCaseSource(nameof(QuoteCases))]
    public void Quotes(string input, string expected) => AssertTokens(input, expected);

    // ---- Hyphens and dashes ------------------------------------------------------------------------

    private static IEnumerable<TestCaseData> HyphenCases() => Cases(
        // Two capitalised parts: a dyad, split into name, dash, name.
        ("DPRK–China", "DPRK:Word|–:Punctuation=-|China:Word"),
        ("Pyongyang-Moscow talks", "Pyongyang|-:Punctuation=|Moscow|talks"),
        ("US-China trade", "US|-|China|trade"),
        ("Beijing-Moscow-Hanoi", "Beijing|-|Moscow|-|Hanoi"), // Capitalised then lower case: a hyphenated given name (or an adjective), one word.
        ("Kim Il-sung", "Kim|Il-sung:Word"),
        ("Jang Song-thaek", "Jang|Song-thaek:Word"),
        ("Ri Je-gang", "Ri|Je-gang:Word"),
        ("Beijing-based", "Beijing-based"), // Lower-case left part: a compound, one word.
        ("self-defence far-eastern pro-American anti-Japanese", "self-defence|far-eastern|pro-American|anti-Japanese"),
        ("Kim yong-nam", "Kim|yong-nam"), // Listed prefixes and compounds keep capitalised compounds whole; case is ignored.
        ("Pro-Russian Anti-American Sino-Japanese", "Pro-Russian:Word|Anti-American:Word|Sino-Japanese:Word"),
        ("Juche (Self-Reliance)", "Juche|(:Bracket|Self-Reliance|):Bracket"),
        ("Guinea-Bissau GUINEA-BISSAU", "Guinea-Bissau|GUINEA-BISSAU"),
        ("Secretary-General Hans-Dietrich Itar-Tass", "Secretary-General|Hans-Dietrich|Itar-Tass"),
        // Unlisted double surnames are indistinguishable from dyads by form: they split.
        ("Boutros Boutros-Ghali", "Boutros|Boutros|-|Ghali"), // A hyphen with space on one side is punctuation.
        ("China -and- it", "China|-:Punctuation|and|-:Punctuation|it"),
        ("Beijing- Moscow- Hanoi", "Beijing|-|Moscow|-|Hanoi"), // Digits on either side join.
        ("F-16 COVID-19", "F-16:Word|COVID-19:Word"),
        ("24-hour 5-year-old", "24-hour:Word|5-year-old:Word"), // En and em dashes never join; runs of dashes are one token, each dash normalised to '-'.
        ("war — again", "war|—:Punctuation=-|again"),
        ("1990–1995", "1990:Number|–:Punctuation=-|1995:Number"),
        ("war--again", "war|--:Punctuation=|again"),
        ("a——b", "a|——:Punctuation=--|b"),
        ("a −b", "a|−:Punctuation=-|b"));

    [TestCaseSource(nameof(HyphenCases))]
    public void Hyphens_and_dashes(string input, string expected) => AssertTokens(input, expected);

    // ---- Abbreviations and periods -----------------------------------------------------------------

    private static IEnumerable<TestCaseData> AbbreviationCases() => Cases(
        // Letter-period patterns of any length.
        ("U.S. troops", "U.S.:Abbreviation|troops"),
        ("the U.S. of A", "the|U.S.:Abbreviation|of|A:Word"),
        ("U.N. D.P.R.K. e.g. a.m.", "U.N.:Abbreviation|D.P.R.K.:Abbreviation|e.g.:Abbreviation|a.m.:Abbreviation"),
        // An abbreviation can start a lower-case compound, not a dyad.
        ("U.S.-led U.S-led Ill.-based", "U.S.-led:Word|U.S-led:Word|Ill.-based:Word"),
        ("U.S.-China", "U.S.:Abbreviation|-:Punctuation|China"), // Listed abbreviations (exact case).
        ("Mr. Kim", "Mr.:Abbreviation|Kim"),
        ("Gen. Ri", "Gen.:Abbreviation|Ri"),
        ("Jan. 5", "Jan.:Abbreviation|5:Number"),
        ("No. 1", "No.:Abbreviation|1:Number"),
        ("Ph.D. student", "Ph.D.:Abbreviation|student"),
        ("oil etc.)", "oil|etc.:Abbreviation|):Bracket"),
        ("Mr.Kim", "Mr.:Abbreviation|Kim"), // Single capital initials, each its own token.
        ("J. R. R. Tolkien", "J.:Abbreviation|R.:Abbreviation|R.:Abbreviation|Tolkien"),
        ("Alas my S.", "Alas|my|S.:Abbreviation"),
        ("US of\n A.", "US|of|A.:Abbreviation"), // Ordinary words: the period is its own token.
        ("He left China.", "He|left|China|.:Punctuation"),
        ("said no.", "said|no|.:Punctuation"),
        ("and so did I.", "and|so|did|I|.:Punctuation"),
        ("end.Next", "end|.|Next"));

    [TestCaseSource(nameof(AbbreviationCases))]
    public void Abbreviations(string input, string expected) => AssertTokens(input, expected);

    // ---- Numbers -----------------------------------------------------------------------------------

    private static IEnumerable<TestCaseData> NumberCases() => Cases(
        ("1,000.50", "1,000.50:Number"),
        ("in 2014.", "in|2014:Number|.:Punctuation"),
        ("10%", "10%:Number"),
        ("10.5% 10 %", "10.5%:Number|10:Number|%:Symbol"),
        ("$5bn", "$:Symbol|5bn:Number"),
        ("€30 £2m", "€:Symbol|30:Number|£:Symbol|2m:Number"),
        // Up to three capitals glued to '$' name the dollar: one symbol.
        ("US$5bn HK$ 10 ABCD$ us$", "US$:Symbol|5bn:Number|HK$:Symbol|10|ABCD:Word|$:Symbol|us|$:Symbol"),
        ("2000s 3.5m 20th", "2000s:Number|3.5m:Number|20th:Number"), // A sign or leading period in opening position belongs to the number.
        ("-5 fell -3.5% (+2) .5 −4", "-5:Number|fell|-3.5%:Number|(|+2:Number|)|.5:Number|−4:Number"), // Hyphenated dates and scores are one number.
        ("2014-04-30", "2014-04-30:Number"),
        ("won 2-1", "won|2-1:Number"),
        ("10:30 24/7 1.2.3", "10:30:Number|24/7:Number|1.2.3:Number"), // A separator not followed by a digit is punctuation.
        ("1,000, 2,", "1,000:Number|,|2:Number|,"),
        ("1980(?)…", "1980:Number|(|?|)|…"));

    [TestCaseSource(nameof(NumberCases))]
    public void Numbers(string input, string expected) => AssertTokens(input, expected);

    // ---- URLs, e-mails, handles, hashtags ----------------------------------------------------------

    private static IEnumerable<TestCaseData> WebCases() => Cases(
        // Trailing sentence punctuation is given back; a ')' only when unmatched inside the URL.
        ("see https://example.com/a_(b)).", "see|https://example.com/a_(b):Url|):Bracket|.:Punctuation"),
        ("(http://x.org)", "(:Bracket|http://x.org:Url|):Bracket"),
        ("www.bbc.co.uk/news, then", "www.bbc.co.uk/news:Url|,|then"),
        ("http://", "http|:|/:Symbol|/:Symbol"),
        ("mail john.smith@x.co.uk.", "mail|john.smith@x.co.uk:Email|.:Punctuation"),
        ("a-b+c@d.org", "a-b+c@d.org:Email"),
        ("user@localhost", "user|@localhost:Handle"),
        ("@kcna_watch #NorthKorea", "@kcna_watch:Handle|#NorthKorea:Hashtag"),
        ("#1 @ home", "#:Symbol|1:Number|@:Symbol|home"));

    [TestCaseSource(nameof(WebCases))]
    public void Web_addresses_and_tags(string input, string expected) => AssertTokens(input, expected);

    // ---- Punctuation, brackets, bullets ------------------------------------------------------------

    private static IEnumerable<TestCaseData> PunctuationCases() => Cases(
        ("…2020", "…:Punctuation|2020:Number"),
        ("[…2020].", "[:Bracket|…:Punctuation|2020|]:Bracket|.:Punctuation"),
        ("wait...", "wait|...:Punctuation"),
        ("myth….lies", "myth|….:Punctuation|lies"),
        ("first(?)", "first|(:Bracket|?:Punctuation|):Bracket"),
        ("now?? Alas! !!! ?!", "now|??:Punctuation|Alas|!:Punctuation|!!!:Punctuation|?!:Punctuation"),
        ("a, b; c: d", "a|,:Punctuation|b|;:Punctuation|c|::Punctuation|d"),
        ("  • zachary", "•:Bullet|zachary"),
        ("{x} 【y】", "{:Bracket|x|}:Bracket|【:Bracket|y|】:Bracket"),
        ("AT&T a & b", "AT&T:Word|a|&:Symbol|b"),
        ("Kim Jong F*ck", "Kim|Jong|F*ck:Word"),
        ("snake_case _x", "snake_case|_:Symbol|x"),
        ("108.4** *", "108.4:Number|**:Symbol|*:Symbol"));

    [TestCaseSource(nameof(PunctuationCases))]
    public void Punctuation_brackets_and_bullets(string input, string expected) => AssertTokens(input, expected);

    // ---- Emoji, control characters, surrogates -----------------------------------------------------

    private static IEnumerable<TestCaseData> SpecialCases() => Cases(
        ("👍", "👍:Emoji"),
        ("👍🏽", "👍🏽:Emoji"), // skin tone
        ("\U0001F469\U0001F3FD\u200D\U0001F4BB", "\U0001F469\U0001F3FD\u200D\U0001F4BB:Emoji"), // ZWJ sequence
        ("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466!", "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466:Emoji|!"),
        ("🇰🇷🇨🇳", "🇰🇷:Emoji|🇨🇳:Emoji"), // two flags
        ("\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F:Emoji"), // tag sequence
        ("❤\uFE0F ❤", "❤\uFE0F:Emoji|❤:Emoji"), // variation selector
        ("1\uFE0F\u20E3 #\uFE0F\u20E3", "1\uFE0F\u20E3:Emoji|#\uFE0F\u20E3:Emoji"), // keycaps
        ("© ©\uFE0F", "©:Symbol|©\uFE0F:Emoji"),
        ("hi😀there", "hi|😀:Emoji|there"),
        ("a\u0001b", "a|\u0001:Control|b"),
        ("\u200B", "\u200B:Control"), // zero-width space is not white space
        ("\uFEFFText", "\uFEFF:Control|Text"), // byte-order mark
        ("a\u00ADb", "a\u00ADb:Word"), // soft hyphen inside a word
        ("a\u00AD b", "a|\u00AD:Control|b"), // ... but not trailing
        ("a\uD800b", "a|\uD800:Other|b"), // lone high surrogate
        ("\uDC00x", "\uDC00:Other|x"), // lone low surrogate
        ("\uE000", "\uE000:Other"), // private use
        ("\u0301a", "\u0301:Other|a"), // a combining mark with nothing to combine with
        ("Élysée naïve", "Élysée:Word|naïve:Word"),
        ("𝐀𝐁", "𝐀𝐁:Word"), // letters outside the BMP
        ("\t\n\r\u00A0\u3000x\u2028", "x"));

    [TestCaseSource(nameof(SpecialCases))]
    public void Emoji_controls_and_other_characters(string input, string expected) => AssertTokens(input, expected);

    // ---- Offsets and SpaceAfter --------------------------------------------------------------------

    [Test]
    public void SpaceAfter_is_true_exactly_when_white_space_follows()
    {
        const string text = "A b,c\td\u00A0e\n";
        var tokens = Tokenize(text);
        Assert.That(Texts(text, tokens), Is.EqualTo("A|b|,|c|d|e"));
        Assert.That(tokens.Select(t => t.SpaceAfter), Is.EqualTo(new[] { true, false, false, true, true, true }));
    }

    [Test]
    public void Offsets_are_relative_to_the_span_given()
    {
        const string text = "xx China’s yy";
        var tokens = new List<Token>();
        new EntityGraph.Tokenization.EnglishTokenizer().Tokenize(text.AsSpan(3, 7), tokens);
        Assert.That(tokens.Select(t => t.Span), Is.EqualTo(new[] { new TextSpan(0, 5), new TextSpan(5, 2) }));
        Assert.That(tokens[1].SpaceAfter, Is.False, "the span ends right after the clitic");
    }

    [Test]
    public void Tokens_are_appended_not_replaced()
    {
        var tokens = new List<Token> { new(new TextSpan(0, 1), TokenKind.Word, false) };
        new EntityGraph.Tokenization.EnglishTokenizer().Tokenize("a b", tokens);
        Assert.That(tokens, Has.Count.EqualTo(3));
    }

    [Test]
    public void Plain_words_carry_no_normalised_form() =>
        Assert.That(Tokenize("North Korea's 2014 decree, U.S. (OGD)").Select(t => t.Normalized), Is.All.Null);

    [Test]
    public void Common_normalised_forms_are_shared_not_allocated_per_token()
    {
        var tokens = Tokenize("China’s Russia’s n’t n’t — —");
        Assert.Multiple(() =>
        {
            Assert.That(tokens[1].Normalized, Is.SameAs(tokens[3].Normalized));
            Assert.That(tokens[4].Normalized, Is.SameAs(tokens[5].Normalized));
            Assert.That(tokens[6].Normalized, Is.SameAs(tokens[7].Normalized));
        });
    }
}
