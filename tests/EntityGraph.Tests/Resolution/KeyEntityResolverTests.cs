using EntityGraph.Documents;
using EntityGraph.Resolution;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

/// <summary>
/// The resolver on hand-placed mentions: the text is tokenised by the default stages, the mentions are
/// written by the test, so these cases do not depend on what the recognizers find.
/// </summary>
public class KeyEntityResolverTests
{
    private static readonly Pipeline NoRecognizers = new PipelineBuilder()
        .AddRecognizer(new NoMentions())
        .ClearRelationExtractors()
        .Build();

    private sealed class NoMentions : EntityGraph.Recognition.IEntityRecognizer
    {
        public string Name => "none";
        public void Recognize(Document document, List<Mention> mentions) { }
    }

    /// <summary>Tokenises <paramref name="text"/> and places one mention per (surface, type, key); each surface is
    /// searched from the end of the previous one.</summary>
    private static Document With(string text, params (string Surface, EntityType Type, string? Key)[] mentions)
    {
        var doc = NoRecognizers.Process(text);
        var list = new List<Mention>();
        int from = 0;
        foreach (var (surface, type, key) in mentions)
        {
            int start = text.IndexOf(surface, from, StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), $"'{surface}' not in text");
            int end = start + surface.Length;
            int first = doc.Tokens.ToList().FindIndex(t => t.Start == start);
            int last = doc.Tokens.ToList().FindIndex(t => t.End == end);
            Assert.That(first >= 0 && last >= first, Is.True, $"'{surface}' is not a token range");
            list.Add(new Mention(TextSpan.FromBounds(start, end), first, last - first + 1, type, 0.9, "test", key));
            from = end;
        }
        return doc.WithMentions(list);
    }

    private static IReadOnlyList<Entity> Resolve(Document doc) => new KeyEntityResolver().Resolve(doc);

    [Test]
    public void A_country_its_abbreviation_and_its_demonym_are_one_entity()
    {
        var doc = With("North Korean officials said the DPRK and North Korea agree. North Korea won.",
            ("North Korean", EntityType.Nationality, "country:PRK"),
            ("DPRK", EntityType.Country, "country:PRK"),
            ("North Korea", EntityType.Country, "country:PRK"),
            ("North Korea", EntityType.Country, "country:PRK"));

        var e = Resolve(doc).Single();
        Assert.That(e.Id, Is.EqualTo("country:PRK"));
        Assert.That(e.Name, Is.EqualTo("North Korea"), "the knowledge base's common name, not the first surface form");
        Assert.That(e.Type, Is.EqualTo(EntityType.Country), "a country, though first met as a demonym");
        Assert.That(e.Iso3, Is.EqualTo("PRK"));
        Assert.That(e.Aliases, Is.EqualTo(new[] { "North Korean", "DPRK", "North Korea" }), "distinct, in order of first appearance");
        Assert.That(e.Mentions, Has.Count.EqualTo(4));
        Assert.That(e.Mentions.Select(m => m.Span.Start), Is.Ordered);
    }

    [Test]
    public void Entities_come_in_order_of_first_mention()
    {
        var doc = With("Russia, then China, then Russia again, then Pyongyang.",
            ("Russia", EntityType.Country, "country:RUS"),
            ("China", EntityType.Country, "country:CHN"),
            ("Russia", EntityType.Country, "country:RUS"),
            ("Pyongyang", EntityType.Location, "location:Pyongyang"));

        var entities = Resolve(doc);
        Assert.That(entities.Select(e => e.Id), Is.EqualTo(new[] { "country:RUS", "country:CHN", "location:Pyongyang" }));
        Assert.That(entities[0].Mentions, Has.Count.EqualTo(2));
        var pyongyang = entities[2];
        Assert.That((pyongyang.Name, pyongyang.Type, pyongyang.Iso3, pyongyang.Country), Is.EqualTo(("Pyongyang", EntityType.Location, (string?)null, "PRK")));
    }

    [Test]
    public void A_demonym_alone_still_resolves_to_its_country()
    {
        var e = Resolve(With("Chinese firms left.", ("Chinese", EntityType.Nationality, "country:CHN"))).Single();
        Assert.That((e.Id, e.Name, e.Type, e.Iso3), Is.EqualTo(("country:CHN", "China", EntityType.Country, "CHN")));
        Assert.That(e.Aliases, Is.EqualTo(new[] { "Chinese" }));
    }

    [Test]
    public void Mentions_without_a_key_group_by_type_and_normalised_text()
    {
        var doc = With("Kim Jong-il met Kim Jong-il’s aide. The People’s Party and the People's Party. Kim Jong-il Airport.",
            ("Kim Jong-il", EntityType.Person, null),
            ("Kim Jong-il", EntityType.Person, null),
            ("People’s Party", EntityType.PoliticalParty, null),
            ("People's Party", EntityType.PoliticalParty, null),
            ("Kim Jong-il", EntityType.Location, null));

        var entities = Resolve(doc);
        Assert.That(entities.Select(e => e.Id), Is.EqualTo(new[] { "person:Kim Jong-il", "party:People's Party", "location:Kim Jong-il" }));
        Assert.That(entities[0].Mentions, Has.Count.EqualTo(2));
        Assert.That(entities[0].Iso3, Is.Null);
        var party = entities[1];
        Assert.That(party.Aliases, Is.EqualTo(new[] { "People’s Party", "People's Party" }), "both spellings kept as written");
        Assert.That(party.Name, Is.EqualTo("People’s Party"), "first surface form");
        Assert.That(party.Type, Is.EqualTo(EntityType.PoliticalParty));
    }

    [Test]
    public void A_name_broken_over_lines_reads_as_one_alias()
    {
        var e = Resolve(With("Trade with North\nKorea fell.", ("North\nKorea", EntityType.Country, "country:PRK"))).Single();
        Assert.That(e.Aliases, Is.EqualTo(new[] { "North Korea" }));
        Assert.That(e.Mentions.Single().Span.Length, Is.EqualTo("North\nKorea".Length), "the mention itself still covers the real text");
    }

    [Test]
    public void A_country_key_the_knowledge_base_lacks_still_makes_a_country()
    {
        var e = Resolve(With("Atlantis and Atlanteans.",
            ("Atlanteans", EntityType.Nationality, "country:ATL"))).Single();
        Assert.That((e.Id, e.Name, e.Type, e.Iso3), Is.EqualTo(("country:ATL", "Atlanteans", EntityType.Country, "ATL")));
    }

    [Test]
    public void A_document_without_mentions_has_no_entities() =>
        Assert.That(Resolve(With("Nothing here.")), Is.Empty);
}
