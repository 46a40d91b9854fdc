using EntityGraph.Documents;
using NUnit.Framework;
using static EntityGraph.Tests.Tokenization.TokenExpectation;

namespace EntityGraph.Tests.Tokenization;

/// <summary>
/// The seed article (a news story plus reader comments) holds most of the hard cases side by side: possessive
/// apostrophes and closing quotes, hyphenated Korean names, dyads, ellipses glued to words and numbers.
/// </summary>
public sealed class SeedArticleTokenTests
{
    private static readonly string Text =
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt"));

    private static readonly List<Token> Tokens = Tokenize(Text);

    // (where to look: the first occurrence of this text, the tokens expected from there on)
    private static IEnumerable<TestCaseData> Excerpts() => new (string Anchor, string Expected)[]
    {
        ("dream!’\n", "dream|!:Punctuation|’:Quote='|The"),
        ("Korean Workers’ Party", "Korean|Workers|’:Clitic='|Party"),
        ("Party’s Organisation", "Party|’s:Clitic='s|Organisation"),
        ("(OGD).", "(:Bracket|OGD|):Bracket|.:Punctuation"),
        ("Communist Party’, and", "Communist|Party|’:Quote='|,:Punctuation|and"),
        ("self-defence capabilities, by", "self-defence:Word|capabilities|,|by"),
        ("with the US’.", "with|the|US|’:Quote='|.:Punctuation"),
        ("anti-Japanese", "anti-Japanese:Word"),
        ("Kim Il-sung and Kim Jong-il.", "Kim|Il-sung:Word|and|Kim|Jong-il:Word|.:Punctuation"),
        ("ideology.’", "ideology|.:Punctuation|’:Quote='"),
        ("capabilities,’ and", "capabilities|,|’:Quote|and"),
        ("(Self-Reliance),", "(|Self-Reliance:Word|)|,"),
        ("in 2000 and 2002", "in|2000:Number|and|2002:Number"),
        ("Jang Song-thaek’s purge", "Jang|Song-thaek:Word|’s:Clitic='s|purge"),
        ("Pro-Russian leanings", "Pro-Russian:Word|leanings"),
        ("Ri Je-gang.", "Ri|Je-gang:Word|.:Punctuation"),
        ("• zachary T", "•:Bullet|zachary|T"),
        ("Jong-il’s first(?) state", "Jong-il|’s:Clitic|first|(:Bracket|?:Punctuation|):Bracket|state"),
        ("1980(?)… You’ve", "1980:Number|(|?|)|…:Punctuation|You|’ve:Clitic='ve|any"),
        ("now??", "now|??:Punctuation"),
        ("You can’t even", "You|ca|n’t:Clitic=n't|even"),
        ("myth….lies can’t", "myth|….:Punctuation|lies|ca|n’t:Clitic"),
        ("Kim Jong F*ck", "Kim|Jong|F*ck:Word"),
        ("New Year’s speech", "New|Year|’s:Clitic|speech"),
        ("re-open it again…", "re-open:Word|it|again|…:Punctuation"),
        ("the U.S. or South", "the|U.S.:Abbreviation|or|South"),
        ("KJI’s flesh.", "KJI|’s:Clitic='s|flesh|.:Punctuation"),
        ("“sunshine policy”", "“:Quote=\"|sunshine|policy|”:Quote=\"|approach"),
        ("China -and- it’s far-eastern", "China|-:Punctuation|and|-:Punctuation|it|’s:Clitic|far-eastern:Word"),
        ("collapse […2020].", "collapse|[:Bracket|…:Punctuation|2020:Number|]:Bracket|.:Punctuation"),
        ("the U.S. !!!", "the|U.S.:Abbreviation|!!!:Punctuation|BTW2|,"),
        ("Alas my S.", "Alas|my|S.:Abbreviation|Sorry"),
        ("evil(Communsim) is Beijing- Moscow- Hanoi- Pyongyang.",
            "evil|(|Communsim|)|is|Beijing|-:Punctuation|Moscow|-|Hanoi|-|Pyongyang|.:Punctuation"),
        ("Kim Jong Un…", "Kim|Jong|Un|…:Punctuation"),
        ("too pro-American.", "too|pro-American:Word|.:Punctuation"),
        ("US of\n    A. As", "US|of|A.:Abbreviation|As"),
        ("Kim yong-nam", "Kim|yong-nam:Word"),
        ("multi-polar world?", "multi-polar|world|?:Punctuation"),
        ("cold-war era,", "cold-war:Word|era|,"),
    }.Select(c => new TestCaseData(c.Anchor, c.Expected).SetArgDisplayNames(Show(c.Anchor)));

    [TestCaseSource(nameof(Excerpts))]
    public void Excerpt(string anchor, string expected)
    {
        int at = Text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"the seed article no longer contains {Show(anchor)}");
        AssertTokensAt(Text, Tokens, at, expected);
    }

    [Test]
    public void Every_single_quote_and_apostrophe_gets_the_right_kind()
    {
        // Counted by hand in the article: 7 ‘…’ quotations (7 opening, 7 closing ’), 15 apostrophes that are
        // clitics (Workers’, Party’s, today’s, Korea’s, Song-thaek’s, Today’s, Jong-il’s, You’ve, can’t ×2,
        // Year’s, China’s, KJI’s, it’s, That’s), 2 “…” quotations and 10 comment bullets.
        Assert.Multiple(() =>
        {
            Assert.That(Tokens.Count(t => t.Kind == TokenKind.Quote && Text[t.Start] == '‘'), Is.EqualTo(7));
            Assert.That(Tokens.Count(t => t.Kind == TokenKind.Quote && Text[t.Start] == '’'), Is.EqualTo(7));
            Assert.That(Tokens.Count(t => t.Kind == TokenKind.Clitic), Is.EqualTo(15));
            Assert.That(Tokens.Count(t => t.Kind == TokenKind.Quote && Text[t.Start] is '“' or '”'), Is.EqualTo(4));
            Assert.That(Tokens.Count(t => t.Kind == TokenKind.Bullet), Is.EqualTo(10));
        });
    }

    [Test]
    public void The_article_is_covered_exactly() => TokenInvariants.AssertHold(Text, Tokens);

    [Test]
    public void One_tokenizer_shared_by_many_threads_gives_every_thread_the_same_tokens()
    {
        var tokenizer = new EntityGraph.Tokenization.EnglishTokenizer();
        var results = new List<Token>[16];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
        {
            var tokens = new List<Token>();
            for (int repeat = 0; repeat < 20; repeat++)
            {
                tokens.Clear();
                tokenizer.Tokenize(Text, tokens);
            }
            results[k] = tokens;
        });
        Assert.That(results, Has.All.EqualTo(Tokens));
    }
}
