using EntityGraph.Documents;
using NUnit.Framework;

namespace EntityGraph.Tests.SeedArticle;

/// <summary>
/// The seed article (third-party sample input, read from the copy next to the test assembly) through
/// <see cref="Pipeline.CreateDefault"/>: each person, party and country it names must come out as one
/// canonical entity with exactly the surface forms the text gives it. The expected forms and counts were
/// worked out by reading the article, not copied from output; the notes say where a form comes from.
/// </summary>
public class SeedArticleTests
{
    private static Document _doc = null!;

    [OneTimeSetUp]
    public void Process()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt");
        _doc = Pipeline.CreateDefault().Process(File.ReadAllText(path), id: "000_935a3fb69f6add80.txt");
    }

    private static string Listing() => string.Join("\n", _doc.Entities.Select(e => $"{e.Id} ({e.Type}): {string.Join(" / ", e.Aliases)}"));

    /// <summary>The one entity that has <paramref name="form"/> among its surface forms.</summary>
    private static Entity Named(string form)
    {
        var found = _doc.Entities.Where(e => e.Aliases.Contains(form)).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"entities with the form '{form}':\n{Listing()}");
        return found[0];
    }

    private static Entity Country(string iso3)
    {
        var e = _doc.Entities.SingleOrDefault(x => x.Id == "country:" + iso3);
        Assert.That(e, Is.Not.Null, $"no entity country:{iso3}; found\n{Listing()}");
        Assert.That((e!.Iso3, e.Type), Is.EqualTo(((string?)iso3, EntityType.Country)));
        return e;
    }

    // ---- people -------------------------------------------------------------------------------------

    [Test]
    public void Xi_Jinping_gathers_the_spelling_variant_and_the_title_with_surname()
    {
        // "Xi Jinping is a figure…", "a Xi Jinping style party", "criticizing Chairman Xi" (the title is not
        // part of the name), "Xi Jin Ping is way too pro-American".
        var xi = Named("Xi Jinping");
        Assert.That(xi.Type, Is.EqualTo(EntityType.Person));
        Assert.That(xi.Name, Is.EqualTo("Xi Jinping"));
        Assert.That(xi.Aliases, Is.EquivalentTo(new[] { "Xi Jinping", "Xi", "Xi Jin Ping" }));
        Assert.That(xi.Mentions, Has.Count.EqualTo(4));
        Assert.That(_doc.Entities.Count(e => e.Aliases.Contains("Xi")), Is.EqualTo(1), "'Xi' is no entity of its own");
    }

    [Test]
    public void Kim_Jong_il_is_one_person_with_the_forum_acronym()
    {
        // Four "Kim Jong-il" (one as "Kim Jong-il’s", the possessive split off) and two "KJI" in a comment,
        // whose letters are the initials of Kim Jong-il; "Kim Jong Un" and the lone "Kim" are other people.
        var kji = Named("Kim Jong-il");
        Assert.That(kji.Type, Is.EqualTo(EntityType.Person));
        Assert.That(kji.Aliases, Is.EquivalentTo(new[] { "Kim Jong-il", "KJI" }));
        Assert.That(kji.Mentions, Has.Count.EqualTo(6));
        Assert.That(Named("Kim Jong Un"), Is.Not.SameAs(kji));
    }

    [TestCase("Kim Il-sung")]
    [TestCase("Jang Song-thaek")]
    [TestCase("Ri Yong-nam")]
    [TestCase("Ri Je-gang")]
    public void People_named_once_in_full_are_one_person_each(string name)
    {
        var e = Named(name);
        Assert.That(e.Type, Is.EqualTo(EntityType.Person));
        Assert.That(e.Aliases, Is.EquivalentTo(new[] { name }));
    }

    [Test]
    public void The_two_Ri_stay_apart()
    {
        Assert.That(Named("Ri Yong-nam"), Is.Not.SameAs(Named("Ri Je-gang")));
    }

    // ---- parties and party bodies ------------------------------------------------------------------

    [Test]
    public void The_Korean_Workers_Party_is_also_the_KWP()
    {
        // "the Korean Workers’ Party" (curly apostrophe as in the text) and "the KWP Central Party Committee".
        var kwp = Named("KWP");
        Assert.That(kwp.Type, Is.EqualTo(EntityType.PoliticalParty));
        Assert.That(kwp.Aliases, Is.EquivalentTo(new[] { "Korean Workers’ Party", "KWP" }));
        Assert.That(kwp.Country, Is.EqualTo("PRK"));
    }

    [Test]
    public void The_Chinese_Communist_Party_is_also_the_CCP()
    {
        // Four "Chinese Communist Party" in the lecture quotes and "the CCP will pull strings" in a comment.
        var ccp = Named("Chinese Communist Party");
        Assert.That(ccp.Type, Is.EqualTo(EntityType.PoliticalParty));
        Assert.That(ccp.Aliases, Is.EquivalentTo(new[] { "Chinese Communist Party", "CCP" }));
        Assert.That(ccp.Mentions, Has.Count.EqualTo(5));
        Assert.That(ccp.Country, Is.EqualTo("CHN"));
    }

    [Test]
    public void The_CPC_of_the_recent_edict_is_the_Central_Party_Committee_not_the_Chinese_party()
    {
        // The edict comes from "the KWP Central Party Committee" (paragraph 5); "the recent CPC edict" two
        // paragraphs on is that edict, ordering trade away from China: a Chinese Communist Party edict would
        // make no sense. The text's own "Central Party Committee" has the initials CPC, and the resolver
        // prefers a document's own expansion to the dictionary reading (Communist Party of China).
        var cpc = Named("CPC");
        Assert.That(cpc.Aliases, Is.EquivalentTo(new[] { "Central Party Committee", "CPC" }));
        Assert.That(cpc.Type, Is.EqualTo(EntityType.Organization));
        Assert.That(cpc.Mentions, Has.Count.EqualTo(3), "two 'Central Party Committee' and the 'CPC'");
    }

    [Test]
    public void The_Organisation_and_Guidance_Department_is_the_OGD()
    {
        // Defined in brackets, "(OGD)", then "deceased OGD First Deputy Director Ri Je-gang" (titles trimmed).
        var ogd = Named("OGD");
        Assert.That(ogd.Aliases, Is.EquivalentTo(new[] { "Organisation and Guidance Department", "OGD" }));
        Assert.That(ogd.Mentions, Has.Count.EqualTo(3));
    }

    // ---- countries ----------------------------------------------------------------------------------

    [Test]
    public void North_Korea_is_one_entity_under_all_its_names()
    {
        // 3 "North Korea" (one "North Korea’s"), 3 "North Korean", 4 "DPRK", 5 "NK" in the comments.
        var prk = Country("PRK");
        Assert.That(prk.Name, Is.EqualTo("North Korea"));
        Assert.That(prk.Aliases, Is.EquivalentTo(new[] { "North Korea", "North Korean", "DPRK", "NK" }));
        Assert.That(prk.Aliases[0], Is.EqualTo("North Korea"), "the headline names it first");
        Assert.That(prk.Mentions, Has.Count.EqualTo(15));
    }

    [Test]
    public void China_includes_the_demonym()
    {
        // 16 "China"; 9 "Chinese", of which 4 begin "Chinese Communist Party" (a party, not the country).
        var chn = Country("CHN");
        Assert.That(chn.Name, Is.EqualTo("China"));
        Assert.That(chn.Aliases, Is.EquivalentTo(new[] { "China", "Chinese" }));
        Assert.That(chn.Mentions, Has.Count.EqualTo(21));
    }

    [Test]
    public void Russia_includes_the_demonym_but_not_pro_Russian()
    {
        // 7 "Russia", "the Russian side"; "Pro-Russian leanings" is one word, an attitude, not the country.
        var rus = Country("RUS");
        Assert.That(rus.Aliases, Is.EquivalentTo(new[] { "Russia", "Russian" }));
        Assert.That(rus.Mentions, Has.Count.EqualTo(8));
    }

    [Test]
    public void The_United_States_gathers_US_U_S_and_America()
    {
        // "with the US’", "US dollars", "US of A.", three "the U.S.", "Japan and America".
        var usa = Country("USA");
        Assert.That(usa.Name, Is.EqualTo("United States"));
        Assert.That(usa.Aliases, Is.EquivalentTo(new[] { "US", "U.S.", "America" }));
        Assert.That(usa.Mentions, Has.Count.EqualTo(7));
    }

    [Test]
    public void Japan_and_South_Korea_are_found()
    {
        // "anti-Japanese" is one word, an attitude; "with Japan and SK" uses SK for South Korea.
        Assert.That(Country("JPN").Aliases, Is.EquivalentTo(new[] { "Japan" }));
        Assert.That(Country("KOR").Aliases, Is.EquivalentTo(new[] { "South Korea", "South Korean", "SK" }));
    }

    [Test]
    public void Capitals_in_the_article_are_places_not_actors()
    {
        // "flights between Pyongyang and Moscow", "the return to Pyongyang", "Beijing- Moscow- Hanoi- Pyongyang".
        Assert.That(_doc.Entities.SelectMany(e => e.Mentions).Where(m => m.Metonymy), Is.Empty);
        Assert.That(_doc.Entities.Single(e => e.Id == "location:Pyongyang").Mentions, Has.Count.EqualTo(3));
    }

    // ---- invariants ---------------------------------------------------------------------------------

    [Test]
    public void Every_entity_mention_points_at_its_text_and_ids_are_unique()
    {
        Assert.That(_doc.Entities.Select(e => e.Id), Is.Unique);
        foreach (var e in _doc.Entities)
            foreach (var m in e.Mentions)
            {
                Assert.That(m.Span.End, Is.LessThanOrEqualTo(_doc.Text.Length));
                string surface = string.Join(' ', _doc.TextOf(m.Span).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
                Assert.That(e.Aliases, Does.Contain(surface));
            }
    }

    [Test]
    public void The_mention_layer_has_no_overlaps()
    {
        for (int i = 1; i < _doc.Mentions.Count; i++)
            Assert.That(_doc.Mentions[i].FirstToken, Is.GreaterThanOrEqualTo(_doc.Mentions[i - 1].EndToken));
        Assert.That(_doc.Entities.Sum(e => e.Mentions.Count), Is.EqualTo(_doc.Mentions.Count), "every mention in exactly one entity");
    }
}

/// <summary>Same input, same entities: sequentially, and on several threads at once.</summary>
public class SeedArticleDeterminismTests
{
    [Test]
    public void Parallel_processing_gives_the_same_entities_as_sequential()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt");
        string text = File.ReadAllText(path);
        var pipeline = Pipeline.CreateDefault();
        static string Fingerprint(Document d) =>
            string.Join("\n", d.Entities.Select(e => $"{e.Id}|{e.Name}|{string.Join("/", e.Aliases)}|{string.Join(",", e.Mentions.Select(m => m.Span.Start))}"));

        string expected = Fingerprint(pipeline.Process(text));
        var docs = pipeline.ProcessParallel(Enumerable.Range(0, 8).Select(i => Document.Create(text, id: $"copy{i}")), maxDegreeOfParallelism: 4);

        Assert.That(expected, Does.Contain("country:PRK"));
        Assert.That(docs.Select(Fingerprint), Is.All.EqualTo(expected));
    }
}
