using EntityGraph.Documents;
using EntityGraph.Knowledge;
using NUnit.Framework;

namespace EntityGraph.Tests.Knowledge;

/// <summary>The embedded knowledge base loads and holds the facts the rest of the library relies on.</summary>
public class DefaultKnowledgeTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Default;

    [Test]
    public void The_embedded_files_load_and_hold_every_iso_country()
    {
        Assert.That(KnowledgeBase.DefaultResourceNames, Is.EqualTo(new[] { "countries.tsv", "countries-curated.tsv", "actors.tsv", "actors-curated.tsv" }));
        Assert.That(KnowledgeBase.CountryResourceNames, Is.EqualTo(new[] { "countries.tsv", "countries-curated.tsv" }));
        // world-countries lists 250 ISO 3166-1 entries (249 assigned codes and Kosovo's user-assigned UNK).
        Assert.That(Kb.Entries.Count(e => e.Type == EntityType.Country), Is.EqualTo(250));
        Assert.That(Kb.Entries.Where(e => e.Type == EntityType.Country).All(e => e.Iso3 is not null && e.Key == "country:" + e.Iso3), Is.True);
        Assert.That(KnowledgeBase.Default, Is.SameAs(Kb), "loaded once and shared");
    }

    [Test]
    public void North_Korea_has_its_names_demonyms_and_capital()
    {
        var prk = Kb.FindCountry("PRK")!;
        Assert.That(prk.Key, Is.EqualTo("country:PRK"));
        Assert.That(prk.Name, Is.EqualTo("North Korea"));
        Assert.That(prk.Aliases, Does.Contain("DPRK").And.Contain("Democratic People's Republic of Korea").And.Contain("D.P.R.K.").And.Contain("N. Korea"));
        Assert.That(prk.Demonyms, Is.SupersetOf(new[] { "North Korean", "North Koreans" }));
        Assert.That(prk.Capitals, Is.EqualTo(new[] { "location:Pyongyang" }));
        var pyongyang = Kb.Find("location:Pyongyang")!;
        Assert.That((pyongyang.Type, pyongyang.CapitalOf), Is.EqualTo((EntityType.Location, "PRK")));
    }

    [Test]
    public void Short_forms_carry_the_flags_that_keep_them_safe()
    {
        var usa = Kb.FindCountry("USA")!;
        Assert.That(usa.Names.Single(n => n.Text == "US").Flags, Is.EqualTo(NameFlags.NotInCaps), "'US' is also 'us'");
        Assert.That(usa.Aliases, Is.SupersetOf(new[] { "U.S.", "America", "United States of America" }));
        Assert.That(Kb.FindCountry("CAN")!.Names.Single(n => n.Kind == NameKind.Code).IsMatchable, Is.False, "CAN is a word");
        Assert.That(Kb.FindCountry("GEO")!.Names.Single(n => n.Text == "Georgia").Flags, Is.EqualTo(NameFlags.Ambiguous));
        Assert.That(Kb.FindCountry("ISL")!.Names.Single(n => n.Text == "Island").IsMatchable, Is.False);
    }

    [Test]
    public void A_name_two_countries_share_is_left_to_neither()
    {
        // "Congo" names both the DRC and the Republic of the Congo in the sources; the generator drops it.
        Assert.That(Kb.FindCountry("COD")!.Names.Any(n => n.Text == "Congo"), Is.False);
        Assert.That(Kb.FindCountry("COG")!.Names.Any(n => n.Text == "Congo"), Is.False);
        Assert.That(Kb.FindCountry("COD")!.Aliases, Does.Contain("Democratic Republic of the Congo"));
    }

    [Test]
    public void The_generated_file_carries_the_ODbL_notice()
    {
        using var stream = typeof(KnowledgeBase).Assembly.GetManifestResourceStream("EntityGraph.Resources.countries.tsv")!;
        using var reader = new StreamReader(stream);
        string header = string.Concat(Enumerable.Range(0, 30).Select(_ => reader.ReadLine() + "\n"));
        Assert.That(header, Does.Contain("world-countries").And.Contain("Open Database License (ODbL) 1.0").And.Contain("Derived Database"));
        Assert.That(header, Does.Contain("i18n-iso-countries").And.Contain("widdix GmbH"));
    }
}
