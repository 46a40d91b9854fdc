using EntityGraph.Documents;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>Structural relations on hand-written sentences (people and bodies from the knowledge base).</summary>
public class StructuralExtractorTests
{
    private static readonly Pipeline Structural = new PipelineBuilder().AddRelationExtractor(new StructuralExtractor()).Build();

    private static List<(string Type, string Source, string Target, string Evidence)> Run(string text)
    {
        var doc = Structural.Process(text, "s");
        EventExtractorTests.AssertInvariants(doc);
        return doc.Relations.Select(r => (r.Type, r.Source, r.Target, doc.TextOf(r.Evidence.Span))).ToList();
    }

    [Test]
    public void Demonym_title_person_is_leader_and_nationality()
    {
        var rels = Run("Japanese Prime Minister Shinzo Abe met reporters.");
        Assert.That(rels, Is.EquivalentTo(new[]
        {
            (StructuralExtractor.LeaderOf, "person:SHINZO_ABE", "country:JPN", "Japanese Prime Minister Shinzo Abe"),
            (StructuralExtractor.Nationality, "person:SHINZO_ABE", "country:JPN", "Japanese Prime Minister Shinzo Abe"),
        }));
    }

    [Test]
    public void Person_comma_title_of_body()
    {
        var rels = Run("Kofi Annan, secretary-general of the United Nations, arrived.");
        Assert.That(rels, Is.EqualTo(new[]
        {
            (StructuralExtractor.LeaderOf, "person:KOFI_ANNAN", "org:UNITED_NATIONS", "Kofi Annan, secretary-general of the United Nations"),
        }));
    }

    [Test]
    public void Kinship_runs_from_the_person_described_to_the_relative()
    {
        var rels = Run("Kim Jong-un, the son of Kim Jong-il, visited Beijing.");
        Assert.That(rels.Where(r => r.Type == StructuralExtractor.Family).Select(r => (r.Source, r.Target)),
            Is.EqualTo(new[] { ("person:KIM_JONG_UN", "person:KIM_JONG_IL") }));
    }

    [Test]
    public void Member_of_a_party()
    {
        var rels = Run("Kim Jong-il, a member of the Workers' Party of Korea, spoke.");
        Assert.That(rels.Select(r => (r.Type, r.Source, r.Target)),
            Is.EqualTo(new[] { (StructuralExtractor.MemberOf, "person:KIM_JONG_IL", "party:WORKERS_PARTY_OF_KOREA") }));
    }

    [TestCase("They flew to Kampala, Uganda, on Monday.", "located-in", "country:UGA")]
    [TestCase("They flew to Beijing, the Chinese capital, on Monday.", "capital-of", "country:CHN")]
    public void Places_in_their_country(string text, string type, string country)
    {
        var rels = Run(text);
        Assert.That(rels.Select(r => (r.Type, r.Target)), Is.EqualTo(new[] { (type, country) }));
    }

    [Test]
    public void A_place_in_another_country_is_not_located_there()
    {
        // Kampala is Uganda's; "Kampala, Kenya" contradicts the knowledge base and gives nothing.
        Assert.That(Run("They flew to Kampala, Kenya, on Monday."), Is.Empty);
    }

    [Test]
    public void Seed_article_family_and_role()
    {
        var doc = Structural.Process(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt")), "seed");
        EventExtractorTests.AssertInvariants(doc);
        var family = doc.Relations.Where(r => r.Type == StructuralExtractor.Family).ToList();
        Assert.That(family.Select(r => r.Source), Does.Contain("person:RI_YONG_NAM"));
        var ri = family.First(r => r.Source == "person:RI_YONG_NAM");
        Assert.That(doc.Entities.Single(e => e.Id == ri.Target).Name, Does.Contain("Je-gang").IgnoreCase);
        Assert.That(doc.TextOf(ri.Evidence.Span), Does.EndWith("eldest son of deceased OGD First Deputy Director Ri Je-gang"));
        // "OGD First Deputy Director": a deputy's title is a role, not leadership.
        Assert.That(doc.Relations.Any(r => r.Type == StructuralExtractor.RoleAt && r.Source == ri.Target
            && r.Target == "org:ORGANISATION_AND_GUIDANCE_DEPARTMENT"), Is.True);
    }
}
