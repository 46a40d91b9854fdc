using System.Diagnostics;
using EntityGraph.Documents;
using EntityGraph.Knowledge;
using EntityGraph.Recognition;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition;

/// <summary>The gazetteer over the whole built-in knowledge base: people, parties and organisations with their keys.</summary>
public class GazetteerActorTests
{
    private static readonly Pipeline Gazetteer = new PipelineBuilder()
        .AddRecognizer(GazetteerRecognizer.ForKnowledgeBase())
        .ClearRelationExtractors()
        .Build();

    private static string[] Find(string text)
    {
        var doc = Gazetteer.Process(text);
        return doc.Mentions.Select(m => $"{doc.TextOf(m.Span)}|{m.Type}|{m.Key}").ToArray();
    }

    [TestCase("Xi Jinping arrived in Seoul.", "Xi Jinping|Person|person:XI_JINPING", "Seoul|Location|location:Seoul")]
    [TestCase("The late Kim Jong-il was there.", "Kim Jong-il|Person|person:KIM_JONG_IL")]
    [TestCase("The late Kim Jong Il was there.", "Kim Jong Il|Person|person:KIM_JONG_IL")]
    [TestCase("Kim Jong-un and Kim Il-sung.", "Kim Jong-un|Person|person:KIM_JONG_UN", "Kim Il-sung|Person|person:KIM_IL_SUNG")]
    [TestCase("Jang Song-thaek was executed.", "Jang Song-thaek|Person|person:JANG_SONG_THAEK")]
    [TestCase("The Chinese Communist Party met.", "Chinese Communist Party|PoliticalParty|party:COMMUNIST_PARTY_OF_CHINA")]
    [TestCase("A KWP plenum opened.", "KWP|PoliticalParty|party:WORKERS_PARTY_OF_KOREA")]
    [TestCase("The Korean Workers’ Party met.", "Korean Workers’ Party|PoliticalParty|party:WORKERS_PARTY_OF_KOREA")]
    [TestCase("The Korean Workers' Party met.", "Korean Workers' Party|PoliticalParty|party:WORKERS_PARTY_OF_KOREA")]
    [TestCase("He flew Koryo Air to Beijing.", "Koryo Air|Organization|org:AIR_KORYO", "Beijing|Location|location:Beijing")]
    [TestCase("The United Nations condemned it.", "United Nations|Organization|org:UNITED_NATIONS")]
    [TestCase("The UN and NATO objected.", "UN|Organization|org:UNITED_NATIONS", "NATO|Organization|org:NATO")]
    [TestCase("He led the OGD for years.", "OGD|Organization|org:ORGANISATION_AND_GUIDANCE_DEPARTMENT")]
    [TestCase("KCTV showed the parade.", "KCTV|Organization|org:KCTV")]
    [TestCase("Ban Ki-moon spoke at the UN.", "Ban Ki-moon|Person|person:BAN_KI_MOON", "UN|Organization|org:UNITED_NATIONS")]
    [TestCase("Boko Haram attacked a village.", "Boko Haram|Organization|org:BOKO_HARAM")]
    [TestCase("KIM JONG-UN VISITS CHINA", "KIM JONG-UN|Person|person:KIM_JONG_UN", "CHINA|Country|country:CHN")]
    public void Finds_people_parties_and_organisations_with_key_and_type(string text, params string[] expected) =>
        Assert.That(Find(text), Is.EqualTo(expected));

    [TestCase("the united nations met.")]
    [TestCase("kim jong-il was there.")]
    [TestCase("The party met and the army marched; police said the government and council agreed.")]
    [TestCase("Young people joined the bush fire brigade.")]
    public void Lower_case_and_common_words_are_left_alone(string text) =>
        Assert.That(Find(text), Is.Empty);

    [Test]
    public void Countries_still_come_first_and_keep_their_keys()
    {
        Assert.That(Find("North Korea and the DPRK."), Is.EqualTo(new[] { "North Korea|Country|country:PRK", "DPRK|Country|country:PRK" }));
    }

    [Test]
    public void A_one_word_surname_is_a_weaker_guess_than_a_full_name()
    {
        var found = GazetteerRawMentions.Of(GazetteerRecognizer.ForKnowledgeBase(), "Putin met Vladimir Putin.");
        Assert.That(found, Is.EqualTo(new[]
        {
            ("Putin", (string?)"person:VLADIMIR_PUTIN", GazetteerRecognizer.SurnameConfidence),
            ("Vladimir Putin", "person:VLADIMIR_PUTIN", GazetteerRecognizer.NameConfidence),
        }));
    }

    [Test]
    public void The_country_gazetteer_does_not_find_people()
    {
        var countries = new PipelineBuilder().AddRecognizer(GazetteerRecognizer.ForCountries()).ClearRelationExtractors().Build();
        Assert.That(countries.Process("Xi Jinping and the United Nations.").Mentions, Is.Empty);
    }

    [Test]
    public void Names_of_letters_and_spaces_tokenise_at_their_spaces_in_any_case()
    {
        // The recognizer splits such names (and their ALL-CAPS forms) at the spaces instead of running the
        // tokenizer; that is only right if the tokenizer agrees, for every name in the data.
        var tokenizer = new EntityGraph.Tokenization.EnglishTokenizer();
        var scratch = new List<Token>();
        string[] Tokens(string s)
        {
            scratch.Clear();
            tokenizer.Tokenize(s, scratch);
            return scratch.Select(t => t.NormalizedText(s)).ToArray();
        }
        var names = KnowledgeBase.Default.Entries.SelectMany(e => e.Names).Where(n => n.IsMatchable)
            .Select(n => n.Text).Where(GazetteerRecognizer.IsLettersAndSpaces).Distinct().ToList();
        Assert.That(names.Count, Is.GreaterThan(20000));
        var differ = names.Where(n => !Tokens(n).SequenceEqual(n.Split(' ')) || !Tokens(n.ToUpperInvariant()).SequenceEqual(n.ToUpperInvariant().Split(' '))).Take(20).ToList();
        Assert.That(differ, Is.Empty);
        Assert.That(GazetteerRecognizer.IsLettersAndSpaces("Xi Jinping"), Is.True);
        Assert.That(GazetteerRecognizer.IsLettersAndSpaces("Kim Jong-il"), Is.False);
        Assert.That(GazetteerRecognizer.IsLettersAndSpaces("Xi  Jinping"), Is.False);
        Assert.That(GazetteerRecognizer.IsLettersAndSpaces(" Xi"), Is.False);
    }

    [Test]
    public void Every_matchable_actor_name_is_found_in_a_sentence()
    {
        var sw = Stopwatch.StartNew();
        var recognizer = new GazetteerRecognizer(KnowledgeBase.Default);
        TestContext.Out.WriteLine($"trie over the whole base built in {sw.ElapsedMilliseconds} ms ({recognizer.NodeCount} nodes)");
        var failures = new List<string>();
        int checkedNames = 0;
        foreach (var entry in KnowledgeBase.Default.Entries.Where(e => e.Type is EntityType.Person or EntityType.PoliticalParty or EntityType.Organization))
        {
            foreach (var name in entry.Names.Where(n => n.IsMatchable))
            {
                checkedNames++;
                var doc = Gazetteer.Process($"They spoke of {name.Text} today.");
                var found = doc.Mentions.Select(m => (doc.TextOf(m.Span), m.Key, m.Type)).ToArray();
                if (found.Length != 1 || found[0] != (name.Text, entry.Key, entry.Type))
                    failures.Add($"{entry.Key} {name.Kind} '{name.Text}': {string.Join(", ", found)}");
            }
        }
        Assert.That(checkedNames, Is.GreaterThan(25000));
        Assert.That(failures, Is.Empty, $"{failures.Count} of {checkedNames}");
    }
}
