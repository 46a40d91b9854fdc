using EntityGraph.Documents;
using EntityGraph.Knowledge;
using EntityGraph.Resolution;
using NUnit.Framework;
using static EntityGraph.Tests.Recognition.Combination.MentionFixture;

namespace EntityGraph.Tests.Resolution;

/// <summary>
/// The default resolver on hand-placed mentions, over a small knowledge base written here so the cases do
/// not depend on the shipped data (which grows).
/// </summary>
public class DocumentEntityResolverTests
{
    private const string Data = """
        country:PRK	type	Country
        country:PRK	name	North Korea
        country:PRK	iso3	PRK
        country:PRK	alias	DPRK
        country:PRK	demonym	North Korean
        country:CHN	type	Country
        country:CHN	name	China
        country:CHN	iso3	CHN
        country:CHN	demonym	Chinese
        country:RUS	type	Country
        country:RUS	name	Russia
        country:RUS	iso3	RUS
        location:Pyongyang	type	Location
        location:Pyongyang	name	Pyongyang
        location:Pyongyang	capital-of	PRK
        location:Moscow	type	Location
        location:Moscow	name	Moscow
        location:Moscow	capital-of	RUS
        location:Beijing	type	Location
        location:Beijing	name	Beijing
        location:Beijing	capital-of	CHN
        person:KIM_JONG_IL	type	Person
        person:KIM_JONG_IL	name	Kim Jong-il
        person:KIM_JONG_IL	country	PRK
        party:CCP	type	PoliticalParty
        party:CCP	name	Chinese Communist Party
        party:CCP	alias	CCP
        party:CCP	alias	CPC
        party:CCP	country	CHN
        """;

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Load([KnowledgeSource.FromText("test.tsv", Data.Replace("\r", ""))]);
    private static readonly DocumentEntityResolver Resolver = new(Knowledge);

    private static IReadOnlyList<Entity> Resolve(Document doc, params Mention[] mentions) =>
        Resolver.Resolve(doc.WithMentions(mentions.OrderBy(m => m.Span.Start).ToArray()));

    private static Entity Only(IReadOnlyList<Entity> entities, string id)
    {
        var e = entities.SingleOrDefault(x => x.Id == id);
        Assert.That(e, Is.Not.Null, $"no {id}; found {string.Join(", ", entities.Select(x => x.Id))}");
        return e!;
    }

    // ---- knowledge keys, demonyms ------------------------------------------------------------------

    [Test]
    public void A_country_its_alias_and_its_demonym_are_one_entity_named_by_the_knowledge_base()
    {
        var doc = Tokenised("North Korean officials and the DPRK. North Korea won.");
        var e = Resolve(doc,
            G(doc, "North Korean", EntityType.Nationality, "country:PRK"),
            G(doc, "DPRK", EntityType.Country, "country:PRK"),
            G(doc, "North Korea", EntityType.Country, "country:PRK", occurrence: 1)).Single();
        Assert.That((e.Id, e.Name, e.Type, e.Iso3), Is.EqualTo(("country:PRK", "North Korea", EntityType.Country, (string?)"PRK")));
        Assert.That(e.Aliases, Is.EqualTo(new[] { "North Korean", "DPRK", "North Korea" }));
        Assert.That(e.Mentions, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_spelling_variant_finds_its_knowledge_entry_and_its_country()
    {
        var doc = Tokenised("Kim Jong Il and Kim Jong-Il and KIM JONG-IL.");
        var e = Resolve(doc,
            P(doc, "Kim Jong Il", EntityType.Person), P(doc, "Kim Jong-Il", EntityType.Person), P(doc, "KIM JONG-IL", EntityType.Person)).Single();
        Assert.That((e.Id, e.Name, e.Country), Is.EqualTo(("person:KIM_JONG_IL", "Kim Jong-il", (string?)"PRK")));
        Assert.That(e.Aliases, Is.EqualTo(new[] { "Kim Jong Il", "Kim Jong-Il", "KIM JONG-IL" }));
    }

    // ---- names the knowledge base lacks --------------------------------------------------------------

    [Test]
    public void Unknown_names_get_an_id_from_type_and_slug_and_spelling_variants_meet()
    {
        var doc = Tokenised("Xi Jinping spoke. Xi Jin Ping replied. Then Xi Jinping left.");
        var e = Resolve(doc,
            P(doc, "Xi Jinping", EntityType.Person), P(doc, "Xi Jin Ping", EntityType.Person), P(doc, "Xi Jinping", EntityType.Person, occurrence: 1)).Single();
        Assert.That(e.Id, Is.EqualTo("person:xi-jinping"));
        Assert.That(e.Name, Is.EqualTo("Xi Jinping"), "written twice, so it beats the longer 'Xi Jin Ping'");
        Assert.That(e.Aliases, Is.EqualTo(new[] { "Xi Jinping", "Xi Jin Ping" }));
        Assert.That(e.Mentions, Has.Count.EqualTo(3));
    }

    [Test]
    public void Slugs_drop_apostrophes_and_join_words_with_hyphens()
    {
        var doc = Tokenised("The Korean Workers’ Party and Ri Yong-nam.");
        var es = Resolve(doc, P(doc, "Korean Workers’ Party", EntityType.PoliticalParty), P(doc, "Ri Yong-nam", EntityType.Person));
        Assert.That(es.Select(e => e.Id), Is.EqualTo(new[] { "party:korean-workers-party", "person:ri-yong-nam" }));
        Assert.That(es[0].Name, Is.EqualTo("Korean Workers' Party"), "normalised apostrophe in the name; the alias keeps the text");
        Assert.That(es[0].Aliases, Is.EqualTo(new[] { "Korean Workers’ Party" }));
        Assert.That(es[0].Kind, Is.EqualTo(OrganizationKind.Party));
    }

    [Test]
    public void A_possessive_inside_the_mention_is_not_part_of_the_name()
    {
        var doc = Tokenised("Jang Song-thaek’s purge shocked Jang Song-thaek allies.");
        var es = Resolve(doc, P(doc, "Jang Song-thaek’s", EntityType.Person), P(doc, "Jang Song-thaek", EntityType.Person, occurrence: 1));
        Assert.That(es.Single().Id, Is.EqualTo("person:jang-song-thaek"));
    }

    // ---- surnames and titles ------------------------------------------------------------------------

    [Test]
    public void A_surname_is_the_one_full_name_it_belongs_to()
    {
        var doc = Tokenised("Chairman Xi spoke. Xi Jinping is proud.");
        var e = Resolve(doc, P(doc, "Xi", EntityType.Person), P(doc, "Xi Jinping", EntityType.Person)).Single();
        Assert.That(e.Id, Is.EqualTo("person:xi-jinping"));
        Assert.That(e.Aliases, Is.EqualTo(new[] { "Xi", "Xi Jinping" }));
    }

    [Test]
    public void A_surname_shared_by_two_people_stays_apart()
    {
        var doc = Tokenised("Kim Il-sung and Kim Jong-il; Kim said so. Karl met Christian Karl.");
        var es = Resolve(doc,
            P(doc, "Kim Il-sung", EntityType.Person), G(doc, "Kim Jong-il", EntityType.Person, "person:KIM_JONG_IL"),
            P(doc, "Kim", EntityType.Person, occurrence: 2), P(doc, "Karl", EntityType.Person), P(doc, "Christian Karl", EntityType.Person));
        Assert.That(es.Select(e => e.Id), Is.EqualTo(new[] { "person:kim-il-sung", "person:KIM_JONG_IL", "person:kim", "person:christian-karl" }),
            "'Kim' has two candidates; 'Karl' is the last name of one");
    }

    // ---- acronyms -----------------------------------------------------------------------------------

    [Test]
    public void An_acronym_defined_in_brackets_is_the_defined_name()
    {
        var doc = Tokenised("the Organisation and Guidance Department (OGD) watched. Later the OGD spoke.");
        var es = Resolve(doc,
            P(doc, "Organisation and Guidance Department", EntityType.Organization), P(doc, "OGD", EntityType.Organization),
            P(doc, "OGD", EntityType.Organization, occurrence: 1));
        var e = es.Single();
        Assert.That(e.Id, Is.EqualTo("org:organisation-and-guidance-department"));
        Assert.That(e.Aliases, Is.EqualTo(new[] { "Organisation and Guidance Department", "OGD" }));
        Assert.That(e.Kind, Is.EqualTo(OrganizationKind.Government), "head word 'Department'");
    }

    [Test]
    public void An_undefined_acronym_matching_the_initials_of_one_name_is_that_name()
    {
        var doc = Tokenised("Kim Jong-il ruled. KJI hated it. South Korea and SK agree.");
        var es = Resolve(doc,
            G(doc, "Kim Jong-il", EntityType.Person, "person:KIM_JONG_IL"), P(doc, "KJI", EntityType.Organization),
            P(doc, "South Korea", EntityType.Location), P(doc, "SK", EntityType.Organization));
        Assert.That(es.Select(e => (e.Id, string.Join("/", e.Aliases))), Is.EqualTo(new[]
        {
            ("person:KIM_JONG_IL", "Kim Jong-il/KJI"), ("location:south-korea", "South Korea/SK"),
        }));
        Assert.That(es[0].Type, Is.EqualTo(EntityType.Person), "the entity keeps the full name's type, not the acronym's ORG");
    }

    [Test]
    public void An_acronym_matching_two_names_stays_apart()
    {
        var doc = Tokenised("Central Party Committee and Communist Party of China; the CPC met.");
        var es = Resolve(doc,
            P(doc, "Central Party Committee", EntityType.Organization), P(doc, "Communist Party of China", EntityType.PoliticalParty),
            P(doc, "CPC", EntityType.Organization));
        Assert.That(es, Has.Count.EqualTo(3));
    }

    [Test]
    public void The_documents_own_expansion_beats_the_knowledge_base_reading_of_an_acronym()
    {
        // The knowledge base reads CPC as the Communist Party of China; this text spells out its own CPC.
        var doc = Tokenised("The Central Party Committee of the Chinese Communist Party met. The recent CPC edict came.");
        var es = Resolve(doc,
            P(doc, "Central Party Committee", EntityType.Organization),
            G(doc, "Chinese Communist Party", EntityType.PoliticalParty, "party:CCP"),
            G(doc, "CPC", EntityType.PoliticalParty, "party:CCP"));
        Assert.That(Only(es, "org:central-party-committee").Aliases, Is.EqualTo(new[] { "Central Party Committee", "CPC" }));
        Assert.That(Only(es, "party:CCP").Aliases, Is.EqualTo(new[] { "Chinese Communist Party" }));
    }

    [Test]
    public void A_country_short_form_is_not_taken_by_a_name_with_the_same_initials()
    {
        // "Regional Union of Students" has the initials RUS, the knowledge base's code for Russia.
        var doc = Tokenised("The Regional Union of Students met. The RUS delegation left.");
        var es = Resolve(doc,
            P(doc, "Regional Union of Students", EntityType.Organization), G(doc, "RUS", EntityType.Country, "country:RUS"));
        Assert.That(Only(es, "org:regional-union-of-students").Aliases, Is.EqualTo(new[] { "Regional Union of Students" }));
        Assert.That(Only(es, "country:RUS").Aliases, Is.EqualTo(new[] { "RUS" }));
        var defined = Tokenised("The Regional Union of Students (RUS) met. RUS said no.");
        var ds = Resolve(defined,
            P(defined, "Regional Union of Students", EntityType.Organization), G(defined, "RUS", EntityType.Country, "country:RUS"),
            G(defined, "RUS", EntityType.Country, "country:RUS", occurrence: 1));
        Assert.That(ds.Single().Id, Is.EqualTo("org:regional-union-of-students"), "a definition in brackets wins even over a country code");
    }

    [Test]
    public void Without_an_expansion_in_the_text_the_knowledge_base_reading_stands()
    {
        var doc = Tokenised("The CPC met, and the Chinese Communist Party agreed.");
        var es = Resolve(doc, G(doc, "CPC", EntityType.PoliticalParty, "party:CCP"), G(doc, "Chinese Communist Party", EntityType.PoliticalParty, "party:CCP"));
        var e = es.Single();
        Assert.That((e.Id, e.Country, e.Kind), Is.EqualTo(("party:CCP", (string?)"CHN", OrganizationKind.Party)));
        Assert.That(e.Aliases, Is.EqualTo(new[] { "CPC", "Chinese Communist Party" }));
    }

    // ---- metonymy -----------------------------------------------------------------------------------

    [TestCase("Pyongyang said it would respond.", "Pyongyang", "country:PRK")]
    [TestCase("Beijing has criticised the plan.", "Beijing", "country:CHN")]
    [TestCase("Later, Moscow agreed.", "Moscow", "country:RUS")]
    [TestCase("Beijing has also warned Seoul.", "Beijing", "country:CHN")]
    [TestCase("Tokyo protested, and Moscow has also warned Seoul.", "Moscow", "country:RUS")]
    public void A_capital_acting_stands_for_its_country(string text, string capital, string country)
    {
        var doc = Tokenised(text);
        var e = Resolve(doc, G(doc, capital, EntityType.Location, "location:" + capital)).Single();
        Assert.That((e.Id, e.Type), Is.EqualTo((country, EntityType.Country)));
        var m = e.Mentions.Single();
        Assert.That(m.Metonymy, Is.True);
        Assert.That(m.Type, Is.EqualTo(EntityType.Location), "the mention still names a place");
        Assert.That(m.Key, Is.EqualTo(country));
        Assert.That(e.Aliases, Is.EqualTo(new[] { capital }));
    }

    [TestCase("Koryo Air flights between Pyongyang and Moscow are to be increased.")]
    [TestCase("He returned to Pyongyang said a source.")]
    [TestCase("Pyongyang Moscow agreed.")]
    public void A_capital_as_a_place_stays_a_place(string text)
    {
        var doc = Tokenised(text);
        var es = Resolve(doc, G(doc, "Pyongyang", EntityType.Location, "location:Pyongyang"));
        Assert.That(es.Single().Id, Is.EqualTo("location:Pyongyang"));
        Assert.That(es.Single().Mentions.Single().Metonymy, Is.False);
    }

    [Test]
    public void The_country_named_outright_and_through_its_capital_is_one_entity_named_by_the_country()
    {
        var doc = Tokenised("Pyongyang said North Korea will win.");
        var e = Resolve(doc, G(doc, "Pyongyang", EntityType.Location, "location:Pyongyang"), G(doc, "North Korea", EntityType.Country, "country:PRK")).Single();
        Assert.That((e.Id, e.Name), Is.EqualTo(("country:PRK", "North Korea")));
        Assert.That(e.Mentions.Select(m => m.Metonymy), Is.EqualTo(new[] { true, false }));
    }

    // ---- country affiliation, kinds ----------------------------------------------------------------

    [Test]
    public void A_nationality_right_before_a_person_gives_the_country()
    {
        var doc = Tokenised("North Korean official Ri Yong-nam met China’s President Wen Ho and Chinese foreign minister Wang Yi.");
        var es = Resolve(doc,
            G(doc, "North Korean", EntityType.Nationality, "country:PRK"), P(doc, "Ri Yong-nam", EntityType.Person),
            G(doc, "China", EntityType.Country, "country:CHN"), P(doc, "Wen Ho", EntityType.Person),
            G(doc, "Chinese", EntityType.Nationality, "country:CHN"), P(doc, "Wang Yi", EntityType.Person));
        Assert.That(Only(es, "person:ri-yong-nam").Country, Is.EqualTo("PRK"));
        Assert.That(Only(es, "person:wen-ho").Country, Is.EqualTo("CHN"));
        Assert.That(Only(es, "person:wang-yi").Country, Is.EqualTo("CHN"));
        Assert.That(Only(es, "country:CHN").Country, Is.Null, "a country is not affiliated to itself");
    }

    [Test]
    public void A_nationality_further_away_gives_nothing()
    {
        var doc = Tokenised("A Chinese court sentenced Kim Ho. Chinese firms hired Park Lee.");
        var es = Resolve(doc,
            G(doc, "Chinese", EntityType.Nationality, "country:CHN"), P(doc, "Kim Ho", EntityType.Person),
            G(doc, "Chinese", EntityType.Nationality, "country:CHN", occurrence: 1), P(doc, "Park Lee", EntityType.Person));
        Assert.That(Only(es, "person:kim-ho").Country, Is.Null);
        Assert.That(Only(es, "person:park-lee").Country, Is.Null);
    }

    [TestCase("Koryo Air", OrganizationKind.Business)]
    [TestCase("Korean Central News Agency", OrganizationKind.Media)]
    [TestCase("Korean People's Army", OrganizationKind.Military)]
    [TestCase("Ministry of Foreign Affairs", OrganizationKind.Government)]
    [TestCase("Self-Reliance", OrganizationKind.None)]
    public void An_organisation_kind_comes_from_its_last_telling_word(string name, OrganizationKind kind)
    {
        var doc = Tokenised($"The {name} said so.");
        Assert.That(Resolve(doc, P(doc, name, EntityType.Organization)).Single().Kind, Is.EqualTo(kind));
    }

    // ---- robustness and determinism -----------------------------------------------------------------

    [Test]
    public void A_mention_that_does_not_fit_the_tokens_resolves_by_its_text()
    {
        var doc = Tokenised("Ri Je-gang died.");
        var odd = new Mention(new TextSpan(0, 10), 40, 2, EntityType.Person, 0.9, "test");
        var e = Resolver.Resolve(doc.WithMentions([odd])).Single();
        Assert.That((e.Id, e.Name), Is.EqualTo(("person:ri-je-gang", "Ri Je-gang")));
    }

    [Test]
    public void Entities_come_in_order_of_first_mention_and_the_same_input_gives_the_same_output()
    {
        var doc = Tokenised("Russia, China and Russia.");
        Mention[] ms = [G(doc, "Russia", EntityType.Country, "country:RUS"), G(doc, "China", EntityType.Country, "country:CHN"),
            G(doc, "Russia", EntityType.Country, "country:RUS", occurrence: 1)];
        var shuffled = doc.WithMentions([ms[2], ms[0], ms[1]]);
        var a = Resolver.Resolve(shuffled);
        Assert.That(a.Select(e => e.Id), Is.EqualTo(new[] { "country:RUS", "country:CHN" }));
        Assert.That(a[0].Mentions.Select(m => m.Span.Start), Is.Ordered);
        var results = Enumerable.Range(0, 16).AsParallel().Select(_ => Resolver.Resolve(shuffled)).ToArray();
        Assert.That(results.Select(r => string.Join(";", r.Select(e => e.Id + ":" + string.Join(",", e.Mentions.Select(m => m.Span.Start))))),
            Is.All.EqualTo("country:RUS:0,18;country:CHN:8"));
    }
}
