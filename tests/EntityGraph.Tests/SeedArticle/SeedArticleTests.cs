using EntityGraph.Documents;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

/// <summary>
/// The seed article (third-party sample input, read from the copy next to the test assembly) through the
/// default pipeline: the countries it names must come out as one entity each, with their surface forms.
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

    private static Entity Country(string iso3)
    {
        var e = _doc.Entities.SingleOrDefault(x => x.Id == "country:" + iso3);
        Assert.That(e, Is.Not.Null, $"no entity country:{iso3}; found {string.Join(", ", _doc.Entities.Select(x => x.Id))}");
        Assert.That(e!.Iso3, Is.EqualTo(iso3));
        Assert.That(e.Type, Is.EqualTo(EntityType.Country));
        return e;
    }

    [Test]
    public void North_Korea_is_one_entity_under_all_its_names()
    {
        var prk = Country("PRK");
        Assert.That(prk.Name, Is.EqualTo("North Korea"));
        Assert.That(prk.Aliases, Is.SupersetOf(new[] { "North Korea", "DPRK", "North Korean" }));
        Assert.That(prk.Aliases[0], Is.EqualTo("North Korea"), "the headline names it first");
    }

    [Test]
    public void China_includes_the_demonym()
    {
        var chn = Country("CHN");
        Assert.That(chn.Name, Is.EqualTo("China"));
        Assert.That(chn.Aliases, Is.SupersetOf(new[] { "China", "Chinese" }));
    }

    [Test]
    public void Russia_includes_the_demonym() =>
        Assert.That(Country("RUS").Aliases, Is.SupersetOf(new[] { "Russia", "Russian" }));

    [Test]
    public void The_United_States_gathers_US_U_S_and_America()
    {
        var usa = Country("USA");
        Assert.That(usa.Name, Is.EqualTo("United States"));
        Assert.That(usa.Aliases, Is.SupersetOf(new[] { "US", "U.S.", "America" }));
    }

    [Test]
    public void Japan_and_South_Korea_are_found()
    {
        Assert.That(Country("JPN").Aliases, Does.Contain("Japan"));
        Assert.That(Country("KOR").Aliases, Does.Contain("South Korea"));
    }

    [Test]
    public void Every_entity_mention_points_at_its_text()
    {
        foreach (var e in _doc.Entities)
            foreach (var m in e.Mentions)
            {
                Assert.That(m.Span.End, Is.LessThanOrEqualTo(_doc.Text.Length));
                string surface = string.Join(' ', _doc.TextOf(m.Span).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
                Assert.That(e.Aliases, Does.Contain(surface));
            }
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
