using NUnit.Framework;
using EntityGraph.Tokenization;
using static EntityGraph.Tests.Segmentation.SplitHarness;

namespace EntityGraph.Tests.Segmentation;

/// <summary>
/// The seed article (a Daily NK report followed by indented, partly hard-wrapped reader comments) split
/// into the sentences a careful reader would mark, written out by hand. White-space runs inside a
/// sentence are shown as one space.
/// </summary>
[TestFixtureSource(typeof(SplitHarness), nameof(SplitHarness.Tokenizers))]
public sealed class SeedArticleSplitTests(ITokenizer tokenizer)
{
    private static string SeedText =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt"));

    private static readonly string[] Expected =
    [
        // Headline: no final period, ends at the blank line; the closing quote is its own.
        "Exclusive: North Korea decrees, ‘Abandon the Chinese dream!’",
        "The Central Party Committee of the Korean Workers’ Party has issued an internal decree stating, ‘Abandon the Chinese dream!’",
        "The statement was revealed to cadres ranked departmental director and above in the central institutions, who correspond to the rank of officials monitored directly by the Party’s Organisation and Guidance Department (OGD).",
        "The statement was issued during internal party lectures in late April, according to our sources.",
        "The lecture materials stated that ‘Xi Jinping is a figure who regards the suffering of the Cultural Revolution as resulting from the repressive nature of the Chinese Communist Party’, and went on to say that ‘China is a bad neighbour that slanders even our nuclear self-defence capabilities, by taking sides with the US’.",
        "The lecture materials continued, ‘In the past, the Chinese Communist Party was in revolutionary fellowship, by sharing in the anti-Japanese resistance traditions of the great marshals Kim Il-sung and Kim Jong-il.",
        "But today’s Chinese Communist Party is a Xi Jinping style party of selfishness, pursuing reforms and opening, and therefore choosing to put money before ideology.’",
        "The materials continued, ‘The Chinese Communist Party, which is enjoying being in bed with the imperialists and dreaming dreams with them, is even openly critical of our nuclear self-defence capabilities,’ and went onto stress, ‘If only to persevere in our revolutionary principle of Juche (Self-Reliance), we must amplify the foundations of an independent economy.’",
        "In the wake of these lectures, the KWP Central Party Committee issued an edict ordering state sanctioned trading companies to decrease trade with China and expand trade with Russia.",
        "Similar edicts, issued by Kim Jong-il in 2000 and 2002 to decrease North Korea’s economic dependence on China, resulted in failures of implementation.",
        "Perhaps for this reason, the recent CPC edict comes with a warning of follow-up surveillance measures; and there is growing concern among North Korean officials working in trading companies.",
        "The recent edict requires for the implementation of strict import controls that call for everyday goods to be imported from Russia or European nations, rather than from China.",
        "In addition, there have been orders stating that business deals conducted in Chinese yuan must be more strictly monitored than those in US dollars.",
        "Koryo Air flights between Pyongyang and Moscow are to be increased in frequency; there is said to have been agreement on this already from the Russian side.",
        "The recent measures that encourage a reduced dependence on China suggest that there is increasing tension and antagonism between DPRK and China.",
        "Such tension existed under Kim Jong-il, but only became more widely known in the aftermath of Jang Song-thaek’s purge and execution.",
        "Pro-Russian leanings among the North Korean leadership have become more concrete since the return to Pyongyang of Ri Yong-nam, who was Party Secretary at the DPRK embassy in Moscow, and is the eldest son of deceased OGD First Deputy Director Ri Je-gang.",

        "• zachary T",
        "well, being so reliant on China has always been a major weakness for the regime.",
        "Refocusing on Russia and Europe would be to their advantage BUT, major problems with this refocus.",
        "Russia needs China because it ruined its credibility in Europe ( Ukraine, gas deals) so if NK says or does something too harsh to China, the CCP will pull strings and get Russia to also sanction NK.",
        "Also the fact NK can see the EU as a ideological similar entity and okay to trade with will not make those who voted against further EU integration any more friendly to the EU.",
        "The regime will try this, but I do not think it will work out playing them off of each other like during the cold war ( like IL Sung did).",

        "• Christian Karl",
        // "(?)" marks doubt and ends nothing; the ellipsis before "You’ve" does.
        "Today’s KCTV telecasted an old documentary about Kim Jong-il’s first(?) state visit to China 1980(?)…",
        "You’ve any idea WHY it was aired right now??",

        "• TAG",
        "• DiamondBackPain",

        "• Douglas",
        "Self glorification is an ideology?",
        // An ellipsis glued to a lower-case word does not end the sentence.
        "You can’t even feed your own people and brainwash because the truth would destroy you and your imposed myth….lies can’t live forever Kim Jong F*ck",

        "• Gordon Friedrich",
        "This new edict is falling in line with the New Year’s speech, which announced a hard line, no appeacement policy for 2014.",
        "NK has a long tradition of ambivalent economic decisions, open up a new special economic zone, then shut it down, re-open it again…",
        "Chinese companies hardly make any profit in NK and are increasingly reluctant to further invest into North Chaosrea.",
        "BTW, KJI used to hate China more than the U.S. or South Korea, because China’s successful marketisation has always been a poisoned needle in KJI’s flesh.",
        "South Korean factories within special economic zones operate on a “sunshine policy” approach and make hardly any profit, too.",
        "Russia, on the other hand, is increasingly dependent on China -and- it’s far-eastern infrastructure cannot, all of a sudden, master double or trice as much trade volume.",
        "I expect the “follow-up surveillance measures” to fade silently, as they always do.",
        "Without chinese help and goodwill, North Korea will collapse […2020].",
        "If only South Korea would try harder and more honest to negociate a possible reunification with China and the U.S. !!!",
        "BTW2, as of today, the U.S. are the biggest obstacle for a possible re-unified Korea, because they need a belligerent North to reinforce their strategic triangle with Japan and SK in an attempt to contain China…",
        "Alas!",

        "• Choucroutte",
        "The ones who are ambiguous here are the Chinese, they has been declining proposals from Obama for North Korean again and again.",
        "Alas my S.",
        "Sorry for being rude, I was commie.",
        "That’s how we treat eachother.",

        "• Choucroutte",
        "The leaders of both countries are extremely good friends.",
        "The new axe of evil(Communsim) is Beijing- Moscow- Hanoi- Pyongyang.",
        "They just pretend and even make their citizens and the rest of the World think they are enemies.",

        "• Santa HoHoHo",
        "So DPRK has decided to turn against their closest ally now?",
        "Great way to start off Kim Jong Un…",

        "• Terence Chung",
        "Good job criticizing Chairman Xi, Xi Jin Ping is way too pro-American.",
        "He dwells on the days where he was a party apparatchik tourist in US of A.",
        "As usual your foreign ministry led by Kim yong-nam plays a smart game in international relations.",
        "DPRK, one of the poorest nations in the world, can garner more international attention than some of the BRICS countries.",
        "The question is, how will you maneuver your nation vessel in the midst of a multi-polar world?",
        "We are past the cold-war era, will you continue to lean towards China and Russia who are ideological allies?",
        "Or open your arms to Japan and America, cold-war nemesis of the past.",
        "And what economic benefits can you manipulate from them?",
    ];

    [Test]
    public void The_whole_seed_splits_into_the_hand_marked_sentences()
    {
        string[] actual = Sentences(tokenizer, SeedText);

        // Compare one by one first, so a failure names the first sentence that differs.
        for (int i = 0; i < Math.Min(actual.Length, Expected.Length); i++)
            Assert.That(actual[i], Is.EqualTo(Expected[i]), $"sentence {i}");
        Assert.That(actual, Has.Length.EqualTo(Expected.Length));
    }

    [Test]
    public void The_headline_is_a_sentence_of_its_own() =>
        Assert.That(Sentences(tokenizer, SeedText)[0], Is.EqualTo("Exclusive: North Korea decrees, ‘Abandon the Chinese dream!’"));

    [Test]
    public void The_quoted_lecture_ends_after_its_closing_quote()
    {
        string[] sentences = Sentences(tokenizer, SeedText);
        Assert.That(sentences, Has.Some.EndsWith("choosing to put money before ideology.’"));
        Assert.That(sentences, Has.None.StartsWith("’"));
    }

    [Test]
    public void Comment_author_lines_stand_alone() =>
        Assert.That(Sentences(tokenizer, SeedText), Has.Exactly(1).EqualTo("• Christian Karl"));

    [Test]
    public void The_wrapped_comment_keeps_its_line_breaks_inside_sentences()
    {
        // Raw text this time: the sentence spans must run across the hard wraps, indentation included.
        string[] raw = RawSentences(tokenizer, SeedText);
        Assert.That(raw, Does.Contain("He dwells on the days where he was a party apparatchik tourist in US of\n    A."));
        Assert.That(raw, Does.Contain("DPRK, one of the poorest nations in the\n    world, can garner more international attention than some of the BRICS\n    countries."));
    }
}
