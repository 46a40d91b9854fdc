using EntityGraph.Documents;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>
/// Ties the knowledge base states and the text takes for granted: a person's role (<c>role-at</c> to the
/// country of the role's CAMEO code) and party (<c>member-of</c>), only towards entities of the document, at
/// <see cref="StructuralExtractor.KnowledgeConfidence"/>, with the person's first mention as evidence.
/// </summary>
public class KnowledgeTieTests
{
    private static readonly Pipeline Structural = new PipelineBuilder().AddRelationExtractor(new StructuralExtractor()).Build();

    private static List<Relation> Ties(Document doc, string source) =>
        doc.Relations.Where(r => r.Source == source && r.Confidence == StructuralExtractor.KnowledgeConfidence).ToList();

    [Test]
    public void Xi_gets_a_role_in_china_and_his_party_from_the_first_mention()
    {
        var doc = Structural.Process("Xi Jinping arrived on Monday. China and the Chinese Communist Party praised the visit.", "x");
        EventExtractorTests.AssertInvariants(doc);
        var ties = Ties(doc, "person:XI_JINPING");
        Assert.That(ties.Select(r => (r.Type, r.Target)), Is.EquivalentTo(new[]
        {
            (StructuralExtractor.RoleAt, "country:CHN"),
            (StructuralExtractor.MemberOf, "party:COMMUNIST_PARTY_OF_CHINA"),
        }));
        foreach (var r in ties)
        {
            Assert.That(r.Evidence.SentenceIndex, Is.EqualTo(0));
            Assert.That(r.Evidence.SentenceText, Is.EqualTo("Xi Jinping arrived on Monday."));
            Assert.That(doc.TextOf(r.Evidence.Span), Is.EqualTo("Xi Jinping"));
            Assert.That(r.Category, Is.Null);
        }
    }

    [Test]
    public void Nothing_is_tied_to_an_entity_the_document_does_not_have()
    {
        var doc = Structural.Process("Xi Jinping arrived on Monday in Geneva.", "x");
        Assert.That(doc.Relations.Where(r => r.Source == "person:XI_JINPING"), Is.Empty);
    }

    [Test]
    public void A_tie_the_text_states_is_not_repeated_from_the_knowledge_base()
    {
        var doc = Structural.Process("Chinese President Xi Jinping arrived.", "x");
        var toChina = doc.Relations.Where(r => r.Source == "person:XI_JINPING" && r.Target == "country:CHN"
            && r.Type is StructuralExtractor.LeaderOf or StructuralExtractor.RoleAt).ToList();
        Assert.That(toChina.Select(r => (r.Type, r.Confidence)), Is.EqualTo(new[] { (StructuralExtractor.LeaderOf, 0.7) }));
    }

    // Kim Jong-un's role (PRKGOV) runs from 2011-12-17 with no end; Kim Jong-il's from 1994-07-08 to 2011-12-17.
    [TestCase("Kim Jong-un spoke. North Korea listened.", 2015, "person:KIM_JONG_UN", true)]
    [TestCase("Kim Jong-un spoke. North Korea listened.", 2010, "person:KIM_JONG_UN", false)]
    [TestCase("Kim Jong-il spoke. North Korea listened.", 2000, "person:KIM_JONG_IL", true)]
    [TestCase("Kim Jong-il spoke. North Korea listened.", 2015, "person:KIM_JONG_IL", false)]
    public void A_dated_document_uses_the_role_on_its_date(string text, int year, string person, bool tied)
    {
        var doc = Structural.Process(text, "k", new DateOnly(year, 6, 1));
        var ties = Ties(doc, person).Where(r => r.Type == StructuralExtractor.RoleAt && r.Target == "country:PRK");
        Assert.That(ties.Any(), Is.EqualTo(tied));
    }

    [Test]
    public void An_undated_document_uses_the_newest_role()
    {
        // Kim Jong-il's only role is long over, but with no date the newest role is taken.
        var doc = Structural.Process("Kim Jong-il spoke. The Korean Workers' Party and North Korea listened.", "k");
        Assert.That(Ties(doc, "person:KIM_JONG_IL").Select(r => (r.Type, r.Target)), Is.EquivalentTo(new[]
        {
            (StructuralExtractor.RoleAt, "country:PRK"),
            (StructuralExtractor.MemberOf, "party:WORKERS_PARTY_OF_KOREA"),
        }));
    }

    [TestCase("Kofi Annan, who was secretary-general of the United Nations, arrived.", "person:KOFI_ANNAN", "org:UNITED_NATIONS", "leader-of")]
    [TestCase("Kofi Annan, who is an envoy at the United Nations, arrived.", "person:KOFI_ANNAN", "org:UNITED_NATIONS", "role-at")]
    public void A_relative_clause_stating_the_office_is_a_text_tie(string text, string person, string body, string type)
    {
        var doc = Structural.Process(text, "r");
        var found = doc.Relations.Where(r => r.Source == person && r.Target == body).ToList();
        Assert.That(found.Select(r => (r.Type, r.Confidence)), Is.EqualTo(new[] { (type, 0.65) }));
    }

    [Test]
    public void A_relative_clause_with_another_verb_is_no_tie()
    {
        var doc = Structural.Process("Kofi Annan, who spoke at the United Nations, arrived.", "r");
        Assert.That(doc.Relations.Where(r => r.Source == "person:KOFI_ANNAN"), Is.Empty);
    }

    [Test]
    public void Seed_leaders_and_party_ties()
    {
        var doc = Pipeline.CreateDefault().Process(
            File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt")), "seed");
        EventExtractorTests.AssertInvariants(doc);
        Relation Tie(string source, string type, string target)
        {
            var found = doc.Relations.Where(r => r.Source == source && r.Type == type && r.Target == target).ToList();
            Assert.That(found, Has.Count.EqualTo(1), $"{source} {type} {target}");
            Assert.That(doc.Text, Does.Contain(found[0].Evidence.SentenceText));
            return found[0];
        }

        var xi = Tie("person:XI_JINPING", StructuralExtractor.RoleAt, "country:CHN");
        Assert.That(xi.Evidence.SentenceText, Does.Contain("Xi Jinping is a figure who regards"));
        Assert.That(Tie("person:XI_JINPING", StructuralExtractor.MemberOf, "party:COMMUNIST_PARTY_OF_CHINA").Evidence.SentenceText,
            Does.Contain("Xi Jinping is a figure who regards"));
        var kimJongIl = Tie("person:KIM_JONG_IL", StructuralExtractor.RoleAt, "country:PRK");
        Assert.That(kimJongIl.Evidence.SentenceText, Does.Contain("marshals Kim Il-sung and Kim Jong-il"));
        Assert.That(kimJongIl.Confidence, Is.LessThan(0.6));
        Assert.That(Tie("person:KIM_IL_SUNG", StructuralExtractor.MemberOf, "party:WORKERS_PARTY_OF_KOREA").Evidence.SentenceText,
            Does.Contain("marshals Kim Il-sung and Kim Jong-il"));
        // Ri Yong-nam's tie is stated by the text, so it is the text-attested one (0.65), not the knowledge base's.
        var ri = Tie("person:RI_YONG_NAM", StructuralExtractor.RoleAt, "country:PRK");
        Assert.That(ri.Evidence.SentenceText, Does.Contain("Ri Yong-nam, who was Party Secretary at the DPRK embassy"));
        Assert.That(doc.TextOf(ri.Evidence.Span), Is.EqualTo("Ri Yong-nam, who was Party Secretary at the DPRK"));
        Assert.That(ri.Confidence, Is.EqualTo(0.65));
    }
}
