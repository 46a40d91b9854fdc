using EntityGraph.Documents;
using EntityGraph.Knowledge;
using EntityGraph.Recognition;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition;

/// <summary>The country gazetteer over the default tokenizer and sentence splitter.</summary>
public class GazetteerRecognizerTests
{
    private static readonly Pipeline Gazetteer = new PipelineBuilder()
        .AddRecognizer(GazetteerRecognizer.ForCountries())
        .ClearRelationExtractors()
        .Build();

    /// <summary>The mentions as "surface|Type|key" strings, in text order.</summary>
    private static string[] Find(string text)
    {
        var doc = Gazetteer.Process(text);
        return doc.Mentions.Select(m => $"{doc.TextOf(m.Span)}|{m.Type}|{m.Key}").ToArray();
    }

    private static Mention Single(string text) => Gazetteer.Process(text).Mentions.Single();

    [TestCase("North Korea fired a missile.", "North Korea|Country|country:PRK")]
    [TestCase("The DPRK said so.", "DPRK|Country|country:PRK")]
    [TestCase("Officials of the D.P.R.K. met.", "D.P.R.K.|Country|country:PRK")]
    [TestCase("He flew to N. Korea today.", "N. Korea|Country|country:PRK")]
    [TestCase("Talks with the US began.", "US|Country|country:USA")]
    [TestCase("U.S. officials declined to comment.", "U.S.|Country|country:USA")]
    [TestCase("Japan and America are allies.", "Japan|Country|country:JPN", "America|Country|country:USA")]
    [TestCase("The United States of America objected.", "United States of America|Country|country:USA")]
    [TestCase("North Korean officials arrived.", "North Korean|Nationality|country:PRK")]
    [TestCase("North Koreans voted.", "North Koreans|Nationality|country:PRK")]
    [TestCase("Chinese companies left.", "Chinese|Nationality|country:CHN")]
    [TestCase("South Korean factories closed.", "South Korean|Nationality|country:KOR")]
    [TestCase("Flights between Pyongyang and Moscow resumed.", "Pyongyang|Location|location:Pyongyang", "Moscow|Location|location:Moscow")]
    [TestCase("He lives in New Mexico.", "New Mexico|Location|location:New Mexico")]
    [TestCase("Trade with South America grew.", "South America|Location|location:South America")]
    [TestCase("Ships sailed the South China Sea.", "South China Sea|Location|location:South China Sea")]
    [TestCase("The Russian Federation and Russia are one.", "Russian Federation|Country|country:RUS", "Russia|Country|country:RUS")]
    [TestCase("Russian diplomats left.", "Russian|Nationality|country:RUS")]
    [TestCase("NORTH KOREA AND CHINA SIGN PACT", "NORTH KOREA|Country|country:PRK", "CHINA|Country|country:CHN")]
    public void Finds_country_names_demonyms_and_places(string text, params string[] expected) =>
        Assert.That(Find(text), Is.EqualTo(expected));

    [TestCase("Let us go.")]
    [TestCase("Us and them.")]
    [TestCase("Tell us about it.")]
    [TestCase("LET US PRAY FOR PEACE")]
    [TestCase("fine china and a roast turkey")]
    [TestCase("We CAN do it and we will.")]
    [TestCase("The PER unit and the SEN position.")]
    [TestCase("PRK FIRES MISSILE OVER SEA")]
    [TestCase("north korea in lower case")]
    [TestCase("The Island is small.")]
    public void Leaves_words_that_only_look_like_names(string text) =>
        Assert.That(Find(text), Is.Empty);

    [Test]
    public void The_longest_name_wins_and_is_one_mention()
    {
        var doc = Gazetteer.Process("The Democratic People’s Republic of Korea (DPRK) spoke.");
        Assert.That(doc.Mentions, Has.Count.EqualTo(2));
        var full = doc.Mentions[0];
        Assert.That(doc.TextOf(full.Span), Is.EqualTo("Democratic People’s Republic of Korea"), "curly apostrophe matches the data's straight one");
        Assert.That(full.Key, Is.EqualTo("country:PRK"));
        Assert.That(full.Type, Is.EqualTo(EntityType.Country));
        Assert.That(full.TokenCount, Is.GreaterThanOrEqualTo(5));
        Assert.That(full.Recognizer, Is.EqualTo("gazetteer"));
        Assert.That(doc.TextOf(doc.Mentions[1].Span), Is.EqualTo("DPRK"));
    }

    [Test]
    public void A_possessive_leaves_the_name_alone()
    {
        Assert.That(Find("China’s economy and North Korea's trade."),
            Is.EqualTo(new[] { "China|Country|country:CHN", "North Korea|Country|country:PRK" }));
    }

    [Test]
    public void A_dyad_gives_two_mentions() =>
        Assert.That(Find("The US-China talks ended."), Is.EqualTo(new[] { "US|Country|country:USA", "China|Country|country:CHN" }));

    [Test]
    public void Codes_match_in_upper_case_in_mixed_case_text_with_lower_confidence()
    {
        var found = GazetteerRawMentions.Of(GazetteerRecognizer.ForCountries(), "Teams from PRK and CHN played.");
        Assert.That(found.Select(m => (m.Text, m.Key)), Is.EqualTo(new[] { ("PRK", "country:PRK"), ("CHN", "country:CHN") }));
        Assert.That(found.Select(m => m.Confidence), Is.All.EqualTo(GazetteerRecognizer.CodeConfidence));
    }

    private static (string Text, string? Key, double Confidence) Raw(string text) =>
        GazetteerRawMentions.Of(GazetteerRecognizer.ForCountries(), text).Single();

    [Test]
    public void Ambiguous_names_match_with_low_confidence_and_plain_names_with_high()
    {
        Assert.That(Raw("Georgia protested.").Confidence, Is.EqualTo(GazetteerRecognizer.AmbiguousConfidence));
        Assert.That(Raw("Jordan protested.").Key, Is.EqualTo("country:JOR"));
        Assert.That(Raw("Jordan protested.").Confidence, Is.EqualTo(GazetteerRecognizer.AmbiguousConfidence));
        Assert.That(Raw("Turkey protested.").Key, Is.EqualTo("country:TUR"));
        Assert.That(Raw("Russia protested.").Confidence, Is.EqualTo(GazetteerRecognizer.NameConfidence));
        Assert.That(Raw("Russians protested.").Confidence, Is.EqualTo(GazetteerRecognizer.DemonymConfidence));
    }

    [Test]
    public void Names_do_not_cross_sentence_boundaries()
    {
        // "North" ends the first sentence; "Korea" alone is no country.
        Assert.That(Find("The wind came from the North. Korea lies south of it."), Is.Empty);
    }

    [Test]
    public void Mentions_point_at_their_tokens()
    {
        var doc = Gazetteer.Process("Trade between North Korea and China fell.");
        foreach (var m in doc.Mentions)
        {
            Assert.That(m.Span.Start, Is.EqualTo(doc.Tokens[m.FirstToken].Start));
            Assert.That(m.Span.End, Is.EqualTo(doc.Tokens[m.EndToken - 1].End));
        }
        Assert.That(doc.Mentions.Select(m => m.TokenCount), Is.EqualTo(new[] { 2, 1 }));
    }

    [Test]
    public void A_custom_knowledge_base_and_filter_are_honoured()
    {
        var kb = KnowledgeBase.Load([KnowledgeSource.FromText("mini.tsv",
            "country:PRK\ttype\tCountry\ncountry:PRK\tname\tNorth Korea\nlocation:Pyongyang\ttype\tLocation\nlocation:Pyongyang\tname\tPyongyang\n")]);
        var onlyCountries = new GazetteerRecognizer(kb, include: e => e.Type == EntityType.Country);
        var pipeline = new PipelineBuilder().AddRecognizer(onlyCountries).ClearRelationExtractors().Build();

        var doc = pipeline.Process("North Korea moved its capital from Pyongyang? No. China did not.");
        Assert.That(doc.Mentions.Select(m => doc.TextOf(m.Span)), Is.EqualTo(new[] { "North Korea" }), "no Pyongyang (filtered), no China (not in the base)");
    }

    [Test]
    public void Empty_and_whitespace_documents_give_no_mentions()
    {
        Assert.That(Find(""), Is.Empty);
        Assert.That(Find(" \n\t "), Is.Empty);
    }
}
