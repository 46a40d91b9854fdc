using System.Diagnostics;
using EntityGraph.Documents;
using EntityGraph.Knowledge;
using NUnit.Framework;

namespace EntityGraph.Tests.Knowledge;

/// <summary>
/// Facts the generated actors.tsv and the curated actors-curated.tsv must hold, checked against the
/// PETRARCH2 source by hand (line numbers are those of Phoenix.Countries.actors.txt).
/// </summary>
public class ActorKnowledgeTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Default;

    private static KnowledgeEntry Entry(string key) => Kb.Find(key) ?? throw new AssertionException($"no entry '{key}'");

    [Test]
    public void Xi_Jinping_leads_China_from_15_November_2012()
    {
        // Two source records share the phrase (XI_JINPING [CHNGOV >20121115], XI_JINPING_ [CHNGOV >080401]);
        // the key drops the trailing '_' so both become one entry, roles in file order.
        var xi = Entry("person:XI_JINPING");
        Assert.That((xi.Type, xi.Name, xi.Country), Is.EqualTo((EntityType.Person, "Xi Jinping", "CHN")));
        Assert.That(xi.Roles[0], Is.EqualTo(new KnowledgeRole("CHNGOV", new DateOnly(2012, 11, 15), null)));
        Assert.That(xi.Roles.Select(r => r.ToString()), Is.EqualTo(new[] { "CHNGOV 2012-11-15/..", "CHNGOV 2008-04-01/.." }));
        Assert.That(xi.RoleOn(new DateOnly(2020, 1, 1))!.Code, Is.EqualTo("CHNGOV"));
        Assert.That(xi.Aliases, Does.Not.Contain("President Xi Jinping"), "titles are stripped: the bare name matches");
    }

    [Test]
    public void Kim_Il_sung_keeps_every_dated_role_in_source_order()
    {
        // Curated: the generated record (PRKELI 1930-1948, PRKGOV 1972-1994, PRKGOV 1948-1972) is replaced by one role.
        var kim = Entry("person:KIM_IL_SUNG");
        Assert.That(kim.Aliases, Is.SupersetOf(new[] { "Kim Il Sung", "Kim Il-Sung" }));
        Assert.That(kim.Name, Is.EqualTo("Kim Il-sung"));
        Assert.That(kim.Roles.Single(), Is.EqualTo(new KnowledgeRole("PRKGOV", new DateOnly(1948, 9, 9), new DateOnly(1994, 7, 8))));
    }

    [Test]
    public void Vladimir_Putin_keeps_overlapping_roles_and_the_undated_fallback_last()
    {
        // VLADIMIR_PUTIN_: [RUSELI 700101-990809] [RUSGOV 991231-080507] [RUSGOV 990809-000507] [RUSGOV >080508] [RUSELI]
        var putin = Entry("person:VLADIMIR_PUTIN");
        Assert.That(putin.Roles.Select(r => r.ToString()), Is.EqualTo(new[]
        {
            "RUSELI 1970-01-01/1999-08-09", "RUSGOV 1999-12-31/2008-05-07", "RUSGOV 1999-08-09/2000-05-07", "RUSGOV 2008-05-08/..", "RUSELI",
        }));
        Assert.That(putin.Country, Is.EqualTo("RUS"));
        Assert.That(putin.RoleOn(new DateOnly(2008, 5, 7))!.Code, Is.EqualTo("RUSELI"), "the day between two terms falls to the fallback");
        Assert.That(putin.Aliases, Does.Contain("Vladimir Vladimirovich Putin").And.Contain("Putin"));
    }

    [Test]
    public void Korean_names_get_the_hyphenated_form_news_uses()
    {
        // BAN_KI_MOON (CountryInfo) and SECRETARY-GENERAL_BAN_KI-MOON (International) are one person.
        var ban = Entry("person:BAN_KI_MOON");
        Assert.That(ban.Name, Is.EqualTo("Ban Ki-moon"));
        Assert.That(ban.Aliases, Is.SupersetOf(new[] { "Ban Ki Moon", "Ban Ki-Moon" }));
        Assert.That(ban.Roles.Select(r => r.Code), Does.Contain("IGOUNO").And.Contain("KORGOVBUS"));
        Assert.That(ban.Country, Is.EqualTo("KOR"), "the UN is no country: the country comes from his Korean role");
    }

    [Test]
    public void The_ruling_parties_of_China_and_North_Korea()
    {
        var cpc = Entry("party:COMMUNIST_PARTY_OF_CHINA");
        Assert.That((cpc.Type, cpc.Country, cpc.Kind), Is.EqualTo((EntityType.PoliticalParty, "CHN", OrganizationKind.Party)));
        Assert.That(cpc.Aliases, Is.SupersetOf(new[] { "Chinese Communist Party", "CCP", "CPC" }));
        var wpk = Entry("party:WORKERS_PARTY_OF_KOREA");
        Assert.That((wpk.Type, wpk.Country, wpk.Kind), Is.EqualTo((EntityType.PoliticalParty, "PRK", OrganizationKind.Party)));
        Assert.That(wpk.Aliases, Is.SupersetOf(new[] { "Korean Workers' Party", "KWP", "WPK" }));
        Assert.That(Kb.Entries.Where(e => e.Aliases.Contains("CCP")).Select(e => e.Key), Is.EqualTo(new[] { cpc.Key }), "CCP is China's, nobody else's");
    }

    [Test]
    public void North_Korean_bodies_media_and_companies()
    {
        Assert.That(Entry("org:ORGANISATION_AND_GUIDANCE_DEPARTMENT").Aliases, Does.Contain("OGD"));
        Assert.That(Entry("org:ORGANISATION_AND_GUIDANCE_DEPARTMENT").Country, Is.EqualTo("PRK"));
        Assert.That((Entry("org:AIR_KORYO").Kind, Entry("org:AIR_KORYO").Country), Is.EqualTo((OrganizationKind.Business, "PRK")));
        Assert.That(Entry("org:AIR_KORYO").Aliases, Does.Contain("Koryo Air"));
        Assert.That((Entry("org:KCTV").Kind, Entry("org:KCTV").Country), Is.EqualTo((OrganizationKind.Media, "PRK")));
    }

    [Test]
    public void Leaders_since_2014_come_from_the_curated_file()
    {
        var kju = Entry("person:KIM_JONG_UN");
        Assert.That(kju.RoleOn(new DateOnly(2024, 1, 1))!.Code, Is.EqualTo("PRKGOV"));
        Assert.That(kju.RoleOn(new DateOnly(2011, 12, 16)), Is.Null, "not before his father's death");
        var trump = Entry("person:DONALD_TRUMP");
        Assert.That(trump.RoleOn(new DateOnly(2018, 6, 12))!.Code, Is.EqualTo("USAGOV"));
        Assert.That(trump.RoleOn(new DateOnly(2023, 6, 1))!.Code, Is.EqualTo("USAELI"), "out of office between terms");
        Assert.That(trump.RoleOn(new DateOnly(2025, 2, 1))!.Code, Is.EqualTo("USAGOV"));
        Assert.That(Entry("person:MOON_JAE_IN").RoleOn(new DateOnly(2018, 4, 27))!.Code, Is.EqualTo("KORGOV"));
        Assert.That(Entry("person:KIM_JONG_IL").RoleOn(new DateOnly(2000, 6, 13))!.Code, Is.EqualTo("PRKGOV"));
    }

    [Test]
    public void International_organisations_have_English_names_and_the_igo_kind()
    {
        foreach (var (key, name, alias) in new[]
        {
            ("org:UNITED_NATIONS", "United Nations", "UN"), ("org:EUROPEAN_UNION", "European Union", "EU"),
            ("org:NATO", "North Atlantic Treaty Organization", "NATO"), ("org:ASEAN", "Association of Southeast Asian Nations", "ASEAN"),
            ("org:WTO", "World Trade Organization", "WTO"), ("org:IMF", "International Monetary Fund", "IMF"),
        })
        {
            var e = Entry(key);
            Assert.That((e.Name, e.Type, e.Kind), Is.EqualTo((name, EntityType.Organization, OrganizationKind.Igo)), key);
            Assert.That(e.Aliases, Does.Contain(alias), key);
        }
        Assert.That(Entry("org:BRICS").Kind, Is.EqualTo(OrganizationKind.Igo));
    }

    [Test]
    public void Armed_groups_from_the_non_state_dictionary()
    {
        // BOKO_HARAM [NGAREB] in Phoenix.MilNonState.actors.txt.
        var boko = Entry("org:BOKO_HARAM");
        Assert.That((boko.Name, boko.Kind, boko.Country), Is.EqualTo(("Boko Haram", OrganizationKind.ArmedGroup, "NGA")));
    }

    [Test]
    public void Every_person_has_a_role_and_every_dated_role_is_well_ordered()
    {
        var people = Kb.Entries.Where(e => e.Type == EntityType.Person).ToList();
        Assert.That(people.Count, Is.GreaterThan(15000));
        Assert.That(people.Where(p => p.Roles.Count == 0).Select(p => p.Key), Is.Empty);
        Assert.That(Kb.Entries.SelectMany(e => e.Roles).Where(r => r.From >= r.Until), Is.Empty);
    }

    [Test]
    public void Generated_names_never_match_a_single_common_word_or_a_lower_case_word()
    {
        string[] common = ["Party", "Army", "Police", "Government", "Council", "Bush", "Brown", "Young", "Rose"];
        var single = Kb.Entries.Where(e => e.Type is EntityType.Person or EntityType.Organization or EntityType.PoliticalParty)
            .SelectMany(e => e.Names.Where(n => n.IsMatchable).Select(n => n.Text)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.That(common.Where(single.Contains), Is.Empty);
        Assert.That(single.Where(n => n.Length > 0 && char.IsLower(n[0])), Is.Empty, "every matchable name starts with a capital or a digit");
    }

    [Test]
    public void One_word_names_are_surnames_of_one_person_never_given_names()
    {
        // "Albert" and "Hussein" start other people's full names, so they point at no one; "Gaddafi" does.
        var matchable = Kb.Entries.Where(e => e.Type == EntityType.Person)
            .SelectMany(e => e.Names.Where(n => n.IsMatchable).Select(n => (n.Text, e.Key))).ToLookup(x => x.Text, x => x.Key);
        Assert.That(matchable["Albert"], Is.Empty);
        Assert.That(matchable["Hussein"], Is.Empty);
        Assert.That(matchable["Gaddafi"], Is.EqualTo(new[] { "person:MUAMMAR_GADDAFI" }));
        // A paper's title is no person: DER_SPIEGEL reads like a name but leads with an article.
        Assert.That(Kb.Entries.Where(e => e.Name == "Der Spiegel").Select(e => e.Type), Is.All.EqualTo(EntityType.Organization));
    }

    [Test]
    public void Countries_load_alone_and_much_faster_than_the_whole_base()
    {
        // Fresh loads (not the shared instances) so the timing is a real load from the embedded resources.
        var sw = Stopwatch.StartNew();
        var countries = KnowledgeBase.Load(KnowledgeBase.CountryResourceNames.Select(EmbeddedSource));
        double countryMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        var all = KnowledgeBase.Load(KnowledgeBase.DefaultResourceNames.Select(EmbeddedSource));
        double allMs = sw.Elapsed.TotalMilliseconds;
        TestContext.Out.WriteLine($"load: countries {countryMs:F1} ms, everything {allMs:F1} ms ({all.Entries.Count} entries)");

        Assert.That(countries.Entries.Count(e => e.Type == EntityType.Person), Is.Zero);
        Assert.That(countries.Entries.Select(e => e.Key), Is.EqualTo(all.Entries.Take(countries.Entries.Count).Select(e => e.Key)), "the same entries first");
        Assert.That(KnowledgeBase.Countries.FindCountry("PRK")!.Name, Is.EqualTo("North Korea"));
        // Generous bound for a shared 2-core machine; the report gives the measured figure.
        Assert.That(allMs, Is.LessThan(3000));
    }

    private static KnowledgeSource EmbeddedSource(string name)
    {
        var stream = typeof(KnowledgeBase).Assembly.GetManifestResourceStream("EntityGraph.Resources." + name)!;
        string text = new StreamReader(stream).ReadToEnd();
        return KnowledgeSource.FromText(name, text);
    }

    [Test]
    public void The_generated_file_names_its_source_and_licence()
    {
        using var stream = typeof(KnowledgeBase).Assembly.GetManifestResourceStream("EntityGraph.Resources.actors.tsv")!;
        using var reader = new StreamReader(stream);
        string header = string.Concat(Enumerable.Range(0, 12).Select(_ => reader.ReadLine() + "\n"));
        Assert.That(header, Does.Contain("PETRARCH2").And.Contain("MIT").And.Contain("Copyright (c) 2014 Open Event Data").And.Contain("National Science"));
    }
}
