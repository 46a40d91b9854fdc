using EntityGraph.Documents;
using EntityGraph.Knowledge;
using NUnit.Framework;

namespace EntityGraph.Tests.Knowledge;

/// <summary>The loader reads one fact per line and rejects every bad line with its resource name and line number.</summary>
public class KnowledgeLoaderTests
{
    // Lines written with '|' for TAB so the tables stay readable; Tsv() turns them into the real format.
    private static string Tsv(params string[] lines) => string.Join("\n", lines).Replace('|', '\t');

    private static KnowledgeBase Load(params (string Name, string Text)[] files) =>
        KnowledgeBase.Load(files.Select(f => KnowledgeSource.FromText(f.Name, f.Text)));

    private static readonly string Korea = Tsv(
        "# a comment, then a blank line",
        "",
        "country:PRK|type|Country",
        "country:PRK|name|North Korea",
        "country:PRK|iso3|PRK",
        "country:PRK|alias|DPRK",
        "country:PRK|demonym|North Korean",
        "location:Pyongyang|type|Location",
        "location:Pyongyang|name|Pyongyang",
        "location:Pyongyang|capital-of|PRK");

    [Test]
    public void A_well_formed_file_gives_entries_with_every_field()
    {
        var kb = Load(("korea.tsv", Korea));

        Assert.That(kb.Entries.Select(e => e.Key), Is.EqualTo(new[] { "country:PRK", "location:Pyongyang" }), "order of first appearance");
        var prk = kb.Find("country:PRK")!;
        Assert.That(prk.Name, Is.EqualTo("North Korea"));
        Assert.That(prk.Type, Is.EqualTo(EntityType.Country));
        Assert.That(prk.Iso3, Is.EqualTo("PRK"));
        Assert.That(prk.Country, Is.Null);
        Assert.That(prk.Aliases, Is.EqualTo(new[] { "DPRK" }));
        Assert.That(prk.Demonyms, Is.EqualTo(new[] { "North Korean" }));
        Assert.That(prk.Capitals, Is.EqualTo(new[] { "location:Pyongyang" }));
        Assert.That(prk.Names.Select(n => (n.Text, n.Kind)), Is.EqualTo(new[]
        {
            ("North Korea", NameKind.Name), ("PRK", NameKind.Code), ("DPRK", NameKind.Alias), ("North Korean", NameKind.Demonym),
        }));

        var pyongyang = kb.Find("location:Pyongyang")!;
        Assert.That(pyongyang.Type, Is.EqualTo(EntityType.Location));
        Assert.That(pyongyang.CapitalOf, Is.EqualTo("PRK"));
        Assert.That(pyongyang.Country, Is.EqualTo("PRK"), "a capital lies in the country it is the capital of");
        Assert.That(kb.FindCountry("PRK"), Is.SameAs(prk));
        Assert.That(kb.Find("country:prk"), Is.Null, "keys are case-sensitive");
    }

    [Test]
    public void Windows_line_ends_and_a_byte_order_mark_are_accepted()
    {
        var kb = Load(("crlf.tsv", "\uFEFF" + Korea.Replace("\n", "\r\n")));
        Assert.That(kb.Find("country:PRK")!.Name, Is.EqualTo("North Korea"));
    }

    // Each bad file: the bad line's number (1-based) and a word the message must contain.
    [TestCase("country:PRK|type", 1, "found 2")]
    [TestCase("country:PRK|type|Country|ambiguous|extra", 1, "found 5")]
    [TestCase("country:PRK|type|Country\ncountry:PRK|name| ", 2, "value column is empty")]
    [TestCase("country:PRK|type|Country\ncountry:PRK|name|", 2, "value column is empty")]
    [TestCase("country:PRK|type|Country\ncountry:PRK|name| North Korea", 2, "white space")]
    [TestCase("country:PRK|type|Country\ncountry:PRK|iso3|prk", 2, "three upper-case letters")]
    [TestCase("country:PRK|type|Country\ncountry:PRK|iso3|PRKX", 2, "three upper-case letters")]
    [TestCase("country:PRK|type|Country\ncountry:PRK|iso3|P1K", 2, "three upper-case letters")]
    [TestCase("country:PRK|type|Country\ncountry:PRK|nickname|Hermit Kingdom", 2, "unknown field 'nickname'")]
    [TestCase("country:PRK|type|Nation", 1, "type 'Nation'")]
    [TestCase("country:PRK|type|2", 1, "type '2'")]
    [TestCase("Country:PRK|type|Country", 1, "key 'Country:PRK'")]
    [TestCase("PRK|type|Country", 1, "key 'PRK'")]
    [TestCase("country:PRK|type|Country\ncountry:PRK|alias|DPRK|rare", 2, "unknown flag 'rare'")]
    [TestCase("country:PRK|type|Country|ambiguous", 1, "flags are allowed only")]
    [TestCase("country:PRK|type|Country\ncountry:PRK|name|North Korea\ncountry:PRK|name|DPRK", 3, "already has name 'North Korea'")]
    [TestCase("thing:PRK|type|Country\nthing:PRK|name|North Korea\nthing:PRK|type|Location", 3, "already has type")]
    public void A_bad_line_is_reported_with_resource_and_line(string file, int line, string words)
    {
        var e = Assert.Throws<KnowledgeFormatException>(() => Load(("bad.tsv", Tsv(file.Split('\n')))))!;
        Assert.That(e.ResourceName, Is.EqualTo("bad.tsv"));
        Assert.That(e.LineNumber, Is.EqualTo(line));
        Assert.That(e.Message, Does.StartWith($"bad.tsv({line}): "));
        Assert.That(e.Message, Does.Contain(words));
    }

    [Test]
    public void An_entry_without_a_name_is_reported_at_its_first_line()
    {
        var e = Assert.Throws<KnowledgeFormatException>(() => Load(("bad.tsv", Tsv("# header", "country:PRK|type|Country", "country:PRK|iso3|PRK"))))!;
        Assert.That(e.LineNumber, Is.EqualTo(2));
        Assert.That(e.Problem, Does.Contain("no 'name' line"));
    }

    [Test]
    public void A_name_that_leads_to_two_entities_is_refused_even_across_files_and_case()
    {
        string congo = Tsv(
            "country:COD|type|Country", "country:COD|name|DR Congo", "country:COD|alias|Congo",
            "country:COG|type|Country", "country:COG|name|Republic of the Congo");
        string curated = Tsv("", "country:COG|alias|CONGO");

        var e = Assert.Throws<KnowledgeFormatException>(() => Load(("gen.tsv", congo), ("curated.tsv", curated)))!;
        Assert.That(e.ResourceName, Is.EqualTo("curated.tsv"));
        Assert.That(e.LineNumber, Is.EqualTo(2));
        Assert.That(e.Message, Does.Contain("country:COD").And.Contain("gen.tsv line 3"));
    }

    [Test]
    public void A_name_that_is_both_a_country_and_a_demonym_is_refused()
    {
        string thai = Tsv("country:THA|type|Country", "country:THA|name|Thailand", "country:THA|alias|Thai", "country:THA|demonym|Thai");
        var e = Assert.Throws<KnowledgeFormatException>(() => Load(("thai.tsv", thai)))!;
        Assert.That(e.LineNumber, Is.EqualTo(4));
    }

    [Test]
    public void Restating_a_name_in_a_later_file_adds_its_flags_instead_of_clashing()
    {
        string gen = Tsv("country:GEO|type|Country", "country:GEO|name|Georgia", "country:ISL|type|Country", "country:ISL|name|Iceland", "country:ISL|alias|Island");
        string curated = Tsv("country:GEO|alias|Georgia|ambiguous", "country:ISL|alias|Island|nomatch,notincaps");

        var kb = Load(("gen.tsv", gen), ("curated.tsv", curated));

        var georgia = kb.Find("country:GEO")!.Names.Single();
        Assert.That(georgia, Is.EqualTo(new KnowledgeName("Georgia", NameKind.Name, NameFlags.Ambiguous)), "still the canonical name, now flagged");
        var island = kb.Find("country:ISL")!.Names.Single(n => n.Text == "Island");
        Assert.That(island.Flags, Is.EqualTo(NameFlags.NoMatch | NameFlags.NotInCaps));
        Assert.That(island.IsMatchable, Is.False);
    }

    [Test]
    public void Names_flagged_nomatch_may_repeat_across_entities()
    {
        string file = Tsv(
            "country:COD|type|Country", "country:COD|name|DR Congo", "country:COD|alias|Congo|nomatch",
            "country:COG|type|Country", "country:COG|name|Republic of the Congo", "country:COG|alias|Congo");
        Assert.DoesNotThrow(() => Load(("congo.tsv", file)));
    }

    [Test]
    public void A_code_restated_as_an_alias_becomes_a_full_name()
    {
        string file = Tsv("country:USA|type|Country", "country:USA|name|United States", "country:USA|iso3|USA", "country:USA|alias|USA");
        var usa = Load(("usa.tsv", file)).Find("country:USA")!;
        Assert.That(usa.Names.Single(n => n.Text == "USA").Kind, Is.EqualTo(NameKind.Alias));
        Assert.That(usa.Iso3, Is.EqualTo("USA"));
    }

    [TestCase("location:Atlantis|capital-of|ATL", "capital-of 'ATL'")]
    [TestCase("location:Atlantis|country|ATL", "country 'ATL'")]
    public void References_to_unknown_countries_are_refused(string line, string words)
    {
        string file = Tsv("location:Atlantis|type|Location", "location:Atlantis|name|Atlantis", line);
        var e = Assert.Throws<KnowledgeFormatException>(() => Load(("atlantis.tsv", file)))!;
        Assert.That(e.LineNumber, Is.EqualTo(3));
        Assert.That(e.Problem, Does.Contain(words));
    }

    [Test]
    public void Two_entries_with_one_iso3_code_are_refused()
    {
        string file = Tsv(
            "country:PRK|type|Country", "country:PRK|name|North Korea", "country:PRK|iso3|PRK",
            "country:DPRK|type|Country", "country:DPRK|name|DPRK", "country:DPRK|iso3|PRK");
        var e = Assert.Throws<KnowledgeFormatException>(() => Load(("dup.tsv", file)))!;
        Assert.That(e.LineNumber, Is.EqualTo(6));
        Assert.That(e.Problem, Does.Contain("country:PRK"));
    }
}
