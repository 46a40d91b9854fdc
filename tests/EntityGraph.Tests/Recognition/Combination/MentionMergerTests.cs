using EntityGraph.Documents;
using EntityGraph.Recognition;
using NUnit.Framework;
using static EntityGraph.Tests.Recognition.Combination.MentionFixture;

namespace EntityGraph.Tests.Recognition.Combination;

/// <summary>One test per rule of the combination policy written on <see cref="MentionMerger"/>.</summary>
public class MentionMergerTests
{
    // ---- knowledge mention against statistical mention -------------------------------------------------

    [Test]
    public void Same_span_and_compatible_types_keep_the_key_and_fine_type_with_agreement_confidence()
    {
        var doc = Tokenised("Talks with China resumed.");
        var m = Merge(doc, G(doc, "China", EntityType.Country, "country:CHN", 0.8), P(doc, "China", EntityType.Location, 0.5)).Single();
        Assert.That(m.Key, Is.EqualTo("country:CHN"));
        Assert.That(m.Type, Is.EqualTo(EntityType.Country));
        Assert.That(m.Confidence, Is.EqualTo(0.9).Within(1e-9), "1 - (1 - 0.8)(1 - 0.5)");
    }

    [Test]
    public void Agreement_confidence_is_capped()
    {
        var doc = Tokenised("Talks with China resumed.");
        var m = Merge(doc, G(doc, "China", EntityType.Country, "country:CHN", 0.95), P(doc, "China", EntityType.Location, 0.99)).Single();
        Assert.That(m.Confidence, Is.EqualTo(MentionMerger.AgreementCap));
    }

    [Test]
    public void A_demonym_agrees_with_MISC_and_a_country_with_ORG()
    {
        var doc = Tokenised("Chinese firms and China traded.");
        var merged = Merge(doc,
            G(doc, "Chinese", EntityType.Nationality, "country:CHN", 0.9), P(doc, "Chinese", EntityType.Misc, 0.5),
            G(doc, "China", EntityType.Country, "country:CHN", 0.8), P(doc, "China", EntityType.Organization, 0.5));
        Assert.That(merged.Select(m => (m.Type, m.Confidence)), Is.EqualTo(new[]
        {
            (EntityType.Nationality, 0.95), (EntityType.Country, 0.9),
        }).Using<(EntityType, double)>((a, b) => a.Item1 == b.Item1 && Math.Abs(a.Item2 - b.Item2) < 1e-9));
    }

    [Test]
    public void Same_span_conflicting_types_a_sure_name_wins_with_lowered_confidence()
    {
        var doc = Tokenised("Koryo Air flights resumed.");
        var m = Merge(doc, G(doc, "Koryo Air", EntityType.Organization, "org:AIR_KORYO", 0.95), P(doc, "Koryo Air", EntityType.Person, 0.8)).Single();
        Assert.That(m.Key, Is.EqualTo("org:AIR_KORYO"));
        Assert.That(m.Type, Is.EqualTo(EntityType.Organization));
        Assert.That(m.Confidence, Is.EqualTo(0.95 * (1 - 0.8 / 2)).Within(1e-9));
    }

    [Test]
    public void Same_span_conflicting_types_an_ambiguous_name_gives_way()
    {
        var doc = Tokenised("Jordan scored twice.");
        var m = Merge(doc, G(doc, "Jordan", EntityType.Country, "country:JOR", 0.5), P(doc, "Jordan", EntityType.Person, 0.7)).Single();
        Assert.That(m.Key, Is.Null);
        Assert.That(m.Type, Is.EqualTo(EntityType.Person));
        Assert.That(m.Confidence, Is.EqualTo(0.7));
        Assert.That(m.Recognizer, Is.EqualTo(Statistical));
    }

    [Test]
    public void An_ambiguous_name_confirmed_by_the_statistical_recognizer_gains_confidence()
    {
        var doc = Tokenised("NK said no.");
        var m = Merge(doc, G(doc, "NK", EntityType.Country, "country:PRK", 0.5), P(doc, "NK", EntityType.Organization, 0.6)).Single();
        Assert.That(m.Key, Is.EqualTo("country:PRK"));
        Assert.That(m.Confidence, Is.EqualTo(0.8).Within(1e-9), "1 - 0.5 * 0.4");
    }

    [Test]
    public void A_longer_statistical_name_swallows_a_demonym_inside_it()
    {
        var doc = Tokenised("The Korean Workers' Party met.");
        var m = Merge(doc, G(doc, "Korean", EntityType.Nationality, "country:KOR", 0.9), P(doc, "Korean Workers' Party", EntityType.Organization)).Single();
        Assert.That(TextOf(doc, m), Is.EqualTo("Korean Workers' Party"));
        Assert.That(m.Key, Is.Null, "the demonym's country is not the party");
        Assert.That(m.Type, Is.EqualTo(EntityType.PoliticalParty));
    }

    [Test]
    public void A_longer_statistical_name_swallows_a_country_at_its_end()
    {
        var doc = Tokenised("The Bank of China lent more.");
        var m = Merge(doc, G(doc, "China", EntityType.Country, "country:CHN"), P(doc, "Bank of China", EntityType.Organization, 0.7)).Single();
        Assert.That(TextOf(doc, m), Is.EqualTo("Bank of China"));
        Assert.That((m.Type, m.Key, m.Confidence), Is.EqualTo((EntityType.Organization, (string?)null, 0.7)));
    }

    [Test]
    public void A_known_party_leading_a_longer_name_is_kept_beside_the_body_that_follows()
    {
        var doc = Tokenised("the KWP Central Party Committee issued an edict");
        var merged = Merge(doc, G(doc, "KWP", EntityType.PoliticalParty, "party:KWP"), P(doc, "KWP Central Party Committee", EntityType.Organization, 0.9));
        Assert.That(merged.Select(m => TextOf(doc, m)), Is.EqualTo(new[] { "KWP", "Central Party Committee" }));
        Assert.That(merged[0].Key, Is.EqualTo("party:KWP"));
        Assert.That((merged[1].Key, merged[1].Type), Is.EqualTo(((string?)null, EntityType.Organization)),
            "head word 'Committee', not 'Party': an organ, not a party");
    }

    [Test]
    public void A_known_country_leading_a_longer_name_does_not_split_it()
    {
        var doc = Tokenised("China Daily reported it.");
        var m = Merge(doc, G(doc, "China", EntityType.Country, "country:CHN"), P(doc, "China Daily", EntityType.Organization)).Single();
        Assert.That(TextOf(doc, m), Is.EqualTo("China Daily"));
    }

    [Test]
    public void A_longer_knowledge_name_wins_over_a_statistical_part_of_it()
    {
        var doc = Tokenised("North Korea fired.");
        var m = Merge(doc, G(doc, "North Korea", EntityType.Country, "country:PRK", 0.9), P(doc, "Korea", EntityType.Location, 0.5)).Single();
        Assert.That(TextOf(doc, m), Is.EqualTo("North Korea"));
        Assert.That(m.Confidence, Is.EqualTo(0.95).Within(1e-9), "compatible, so agreement: 1 - 0.1 * 0.5");
    }

    [Test]
    public void Crossing_spans_the_knowledge_name_wins_unless_ambiguous()
    {
        var doc = Tokenised("South Korea Times wrote.");
        var sure = Merge(doc, G(doc, "South Korea", EntityType.Country, "country:KOR"), P(doc, "Korea Times", EntityType.Organization)).Single();
        Assert.That(TextOf(doc, sure), Is.EqualTo("South Korea"));
        var weak = Merge(doc, G(doc, "South Korea", EntityType.Country, "country:KOR", 0.5), P(doc, "Korea Times", EntityType.Organization)).Single();
        Assert.That(TextOf(doc, weak), Is.EqualTo("Korea Times"));
    }

    // ---- alone ---------------------------------------------------------------------------------------

    [Test]
    public void An_ambiguous_name_alone_needs_context_and_loses_confidence()
    {
        var doc = Tokenised("NK said no.");
        var m = Merge(doc, G(doc, "NK", EntityType.Country, "country:PRK", 0.5)).Single();
        Assert.That(m.Confidence, Is.EqualTo(0.5 * MentionMerger.UnconfirmedFactor).Within(1e-9));
        var sure = Merge(doc, G(doc, "NK", EntityType.Country, "country:PRK", 0.95)).Single();
        Assert.That(sure.Confidence, Is.EqualTo(0.95), "a sure name alone keeps its confidence");
    }

    [TestCase("The Workers' Party met.", "Workers' Party", EntityType.PoliticalParty)]
    [TestCase("The Communist Party of China met.", "Communist Party of China", EntityType.PoliticalParty)]
    [TestCase("The Central Party Committee met.", "Central Party Committee", EntityType.Organization)]
    [TestCase("The Party of Regions met.", "Party of Regions", EntityType.PoliticalParty)]
    [TestCase("The Ministry of Foreign Affairs met.", "Ministry of Foreign Affairs", EntityType.Organization)]
    public void ORG_alone_is_a_party_when_its_head_is_a_party_word(string text, string name, EntityType expected)
    {
        var doc = Tokenised(text);
        var m = Merge(doc, P(doc, name, EntityType.Organization)).Single();
        Assert.That((m.Type, m.Key), Is.EqualTo((expected, (string?)null)));
    }

    [Test]
    public void PER_alone_is_a_person()
    {
        var doc = Tokenised("Ri Je-gang died.");
        Assert.That(Merge(doc, P(doc, "Ri Je-gang", EntityType.Person)).Single().Type, Is.EqualTo(EntityType.Person));
    }

    // Korea (North/South Korea), Congo (two Congos), Sudan (Sudan, South Sudan) are words of several countries'
    // names; Jordan and Kim are not (one country; none), so a person stays a person. "Sudan" is also a country's
    // whole name, so as a place it then goes on to be that country (the LOC rule below).
    [TestCase("They want a re-unified Korea soon.", "Korea", EntityType.Location)]
    [TestCase("Aid reached Congo yesterday.", "Congo", EntityType.Location)]
    [TestCase("Sudan said so.", "Sudan", EntityType.Country)]
    [TestCase("Jordan said so.", "Jordan", EntityType.Person)]
    [TestCase("Kim said so.", "Kim", EntityType.Person)]
    public void PER_of_one_word_shared_by_several_country_names_is_a_place(string text, string name, EntityType expected)
    {
        var doc = Tokenised(text);
        Assert.That(Merge(doc, P(doc, name, EntityType.Person)).Single().Type, Is.EqualTo(expected));
    }

    [Test]
    public void LOC_alone_is_a_country_with_its_key_when_the_knowledge_base_says_so()
    {
        // Lower case: the gazetteer does not match it, the statistical recognizer might.
        var doc = Tokenised("Trade with north korea grew, and Hamhung grew.");
        var merged = Merge(doc, P(doc, "north korea", EntityType.Location), P(doc, "Hamhung", EntityType.Location));
        Assert.That((merged[0].Type, merged[0].Key), Is.EqualTo((EntityType.Country, (string?)"country:PRK")));
        Assert.That((merged[1].Type, merged[1].Key), Is.EqualTo((EntityType.Location, (string?)null)));
    }

    [Test]
    public void MISC_alone_is_a_nationality_of_its_country_when_a_known_demonym()
    {
        var doc = Tokenised("Some chinese firms recall the Cultural Revolution.");
        var merged = Merge(doc, P(doc, "chinese", EntityType.Misc), P(doc, "Cultural Revolution", EntityType.Misc));
        Assert.That((merged[0].Type, merged[0].Key), Is.EqualTo((EntityType.Nationality, (string?)"country:CHN")));
        Assert.That((merged[1].Type, merged[1].Key), Is.EqualTo((EntityType.Misc, (string?)null)));
    }

    // ---- tidying statistical mentions ---------------------------------------------------------------

    [TestCase("Alas my S. Sorry for being rude.", "S.")]
    [TestCase("He toured the US of A. As usual.", "A.")]
    public void A_lone_initial_is_no_name(string text, string initial)
    {
        var doc = Tokenised(text);
        Assert.That(Merge(doc, P(doc, initial, EntityType.Organization)), Is.Empty);
    }

    [Test]
    public void An_initial_within_a_name_or_joined_to_one_stays()
    {
        var doc = Tokenised("George W. Bush met Kim.");
        Assert.That(Merge(doc, P(doc, "George W. Bush", EntityType.Person)).Single().Span.Length, Is.EqualTo("George W. Bush".Length));
        var split = Merge(doc, P(doc, "George W.", EntityType.Person), P(doc, "Bush", EntityType.Person));
        Assert.That(split.Select(m => doc.TextOf(m.Span)), Is.EqualTo(new[] { "George W. Bush" }), "side by side, joined first");
        Assert.That(Merge(doc, P(doc, "W.", EntityType.Person), P(doc, "Bush", EntityType.Person)).Select(m => doc.TextOf(m.Span)),
            Is.EqualTo(new[] { "W. Bush" }));
    }

    [Test]
    public void A_possessive_inside_a_name_keeps_the_part_after_it()
    {
        var doc = Tokenised("monitored by the Party’s Organisation and Guidance Department (OGD).");
        var m = Merge(doc, P(doc, "Party’s Organisation and Guidance Department", EntityType.Organization)).Single();
        Assert.That(TextOf(doc, m), Is.EqualTo("Organisation and Guidance Department"));
        Assert.That(m.FirstToken, Is.EqualTo(doc.Tokens.ToList().FindIndex(t => doc.TextOf(t) == "Organisation")));
        Assert.That(m.TokenCount, Is.EqualTo(4));
    }

    [Test]
    public void A_possessive_after_a_name_word_stays_in_the_name()
    {
        var doc = Tokenised("The Korean People's Army drilled.");
        Assert.That(TextOf(doc, Merge(doc, P(doc, "Korean People's Army", EntityType.Organization)).Single()),
            Is.EqualTo("Korean People's Army"));
    }

    [Test]
    public void A_possessive_at_the_end_is_dropped_but_a_plural_apostrophe_stays()
    {
        var doc = Tokenised("After Jang Song-thaek’s purge the Korean Workers’ Party met.");
        var merged = Merge(doc, P(doc, "Jang Song-thaek’s", EntityType.Person), P(doc, "Korean Workers’ Party", EntityType.Organization));
        Assert.That(merged.Select(m => TextOf(doc, m)), Is.EqualTo(new[] { "Jang Song-thaek", "Korean Workers’ Party" }));
    }

    [Test]
    public void Titles_are_trimmed_from_a_person_and_from_the_end_of_an_organisation()
    {
        var doc = Tokenised("Chairman Xi met the deceased OGD First Deputy Director.");
        var merged = Merge(doc, P(doc, "Chairman Xi", EntityType.Person), P(doc, "OGD First Deputy Director", EntityType.Organization));
        Assert.That(merged.Select(m => TextOf(doc, m)), Is.EqualTo(new[] { "Xi", "OGD" }));
    }

    [Test]
    public void A_leading_article_is_trimmed_so_the_knowledge_name_can_match()
    {
        var doc = Tokenised("The UN said no.");
        var m = Merge(doc, G(doc, "UN", EntityType.Organization, "org:UNITED_NATIONS"), P(doc, "The UN", EntityType.Organization, 0.75)).Single();
        Assert.That((TextOf(doc, m), m.Key), Is.EqualTo(("UN", (string?)"org:UNITED_NATIONS")));
        Assert.That(TextOf(doc, Merge(doc, P(doc, "The UN", EntityType.Organization)).Single()), Is.EqualTo("UN"));
    }

    [Test]
    public void A_leading_title_word_stays_in_an_organisation()
    {
        var doc = Tokenised("The Supreme People's Assembly met.");
        Assert.That(TextOf(doc, Merge(doc, P(doc, "Supreme People's Assembly", EntityType.Organization)).Single()),
            Is.EqualTo("Supreme People's Assembly"));
    }

    [Test]
    public void A_lone_generic_word_is_not_a_name()
    {
        var doc = Tokenised("He was Party Secretary at the embassy.");
        Assert.That(Merge(doc, P(doc, "Party Secretary", EntityType.Person)), Is.Empty);
        Assert.That(Merge(doc, P(doc, "Party", EntityType.Person)), Is.Empty);
    }

    [Test]
    public void Two_person_mentions_side_by_side_are_one_name()
    {
        var doc = Tokenised("Chairman Xi, Xi Jin Ping is too pro-American.");
        var merged = Merge(doc, P(doc, "Xi", EntityType.Person, 0.5), P(doc, "Xi", EntityType.Person, 0.4, occurrence: 1), P(doc, "Jin Ping", EntityType.Person, 0.6));
        Assert.That(merged.Select(m => TextOf(doc, m)), Is.EqualTo(new[] { "Xi", "Xi Jin Ping" }), "the comma keeps the first apart");
        Assert.That(merged[1].Confidence, Is.EqualTo(0.4), "the lower of the two");
        Assert.That(merged[1].TokenCount, Is.EqualTo(3));
    }

    [Test]
    public void Person_mentions_on_different_lines_are_not_joined()
    {
        var doc = Tokenised("Gordon\nFriedrich");
        var merged = Merge(doc, P(doc, "Gordon", EntityType.Person), P(doc, "Friedrich", EntityType.Person));
        Assert.That(merged, Has.Count.EqualTo(2));
    }

    // ---- one sort against itself, bad input --------------------------------------------------------

    [Test]
    public void Among_knowledge_mentions_the_longer_wins_then_the_recognizer_listed_first()
    {
        var doc = Tokenised("South Korea and Japan");
        var longer = Merge(doc, G(doc, "Korea", EntityType.Country, "country:KOR"), G(doc, "South Korea", EntityType.Country, "country:KOR")).Single();
        Assert.That(TextOf(doc, longer), Is.EqualTo("South Korea"));
        var a = At(doc, "Japan", EntityType.Country, 0.6, "second", "country:JPN");
        var b = At(doc, "Japan", EntityType.Location, 0.9, "first", "location:Japan");
        var tie = MentionMerger.Merge(doc, [a, b], ["first", "second"]).Single();
        Assert.That(tie.Recognizer, Is.EqualTo("first"), "equal length: the recognizer listed first, whatever the confidence");
    }

    [Test]
    public void Mentions_outside_the_tokens_are_left_out_without_an_error()
    {
        var doc = Tokenised("China");
        var bad = new Mention(new TextSpan(0, 5), 3, 1, EntityType.Country, 0.9, Gazetteer, "country:CHN");
        var empty = new Mention(new TextSpan(0, 5), 0, 0, EntityType.Country, 0.9, Gazetteer, "country:CHN");
        Assert.That(Merge(doc, bad, empty), Is.Empty);
        Assert.That(Merge(doc), Is.Empty);
    }

    [Test]
    public void Without_a_document_the_span_rules_still_apply()
    {
        var doc = Tokenised("Talks with China resumed in the Bank of China.");
        var merged = MentionMerger.Merge(
            [P(doc, "Bank of China", EntityType.Organization), G(doc, "China", EntityType.Country, "country:CHN", 0.8),
             P(doc, "China", EntityType.Location, 0.5), G(doc, "China", EntityType.Country, "country:CHN", occurrence: 1)], Order);
        Assert.That(merged.Select(m => (TextOf(doc, m), m.Key)), Is.EqualTo(new[] { ("China", (string?)"country:CHN"), ("Bank of China", null) }));
        Assert.That(merged[0].Confidence, Is.EqualTo(0.9).Within(1e-9));
    }

    [Test]
    public void Without_a_document_far_or_impossible_token_indexes_cost_nothing()
    {
        var far = new Mention(new TextSpan(0, 5), 2_000_000_000, 1, EntityType.Country, 0.9, Gazetteer, "country:CHN");
        var huge = new Mention(new TextSpan(0, 5), 0, 1_000_000_000, EntityType.Country, 0.9, Gazetteer, "country:CHN");
        var overflow = new Mention(new TextSpan(0, 5), int.MaxValue, 2, EntityType.Country, 0.9, Gazetteer, "country:CHN");
        var merged = MentionMerger.Merge([far, huge, overflow], Order);
        Assert.That(merged, Is.EqualTo(new[] { far }), "more tokens than characters, or an index past int.MaxValue, is impossible");
    }

    [Test]
    public void Random_candidates_always_give_a_sorted_layer_without_overlaps()
    {
        var doc = Tokenised("Kim Jong-il met Xi Jinping in Beijing , and North Korea ’s Workers’ Party of Korea agreed with China today .");
        var rng = new Random(12345);
        EntityType[] types = Enum.GetValues<EntityType>();
        for (int round = 0; round < 500; round++)
        {
            var candidates = new List<Mention>();
            int count = rng.Next(0, 12);
            for (int c = 0; c < count; c++)
            {
                int first = rng.Next(doc.Tokens.Count), len = rng.Next(1, Math.Min(5, doc.Tokens.Count - first) + 1);
                var span = TextSpan.FromBounds(doc.Tokens[first].Start, doc.Tokens[first + len - 1].End);
                bool keyed = rng.Next(2) == 0;
                candidates.Add(new Mention(span, first, len, types[rng.Next(types.Length)], rng.NextDouble(),
                    keyed ? Gazetteer : Statistical, keyed ? "country:CHN" : null));
            }
            var merged = MentionMerger.Merge(doc, candidates, Order);
            for (int i = 0; i < merged.Count; i++)
            {
                Assert.That(merged[i].TokenCount, Is.GreaterThan(0));
                Assert.That(merged[i].Confidence, Is.InRange(0.0, 1.0));
                Assert.That(merged[i].Span, Is.EqualTo(TextSpan.FromBounds(doc.Tokens[merged[i].FirstToken].Start, doc.Tokens[merged[i].EndToken - 1].End)));
                if (i > 0) Assert.That(merged[i].FirstToken, Is.GreaterThanOrEqualTo(merged[i - 1].EndToken), $"round {round}");
            }
        }
    }
}
