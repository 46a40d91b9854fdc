using EntityGraph.Knowledge;
using NUnit.Framework;

namespace EntityGraph.Tests.Knowledge;

/// <summary>The <c>member-of</c> field: a person's party, checked once every file is read.</summary>
public class MemberOfLoaderTests
{
    private static string Tsv(params string[] lines) => string.Join("\n", lines).Replace('|', '\t');

    private static readonly string China = Tsv("country:CHN|type|Country", "country:CHN|name|China", "country:CHN|iso3|CHN");

    private static KnowledgeBase Load(params string[] lines) =>
        KnowledgeBase.Load([KnowledgeSource.FromText("china.tsv", China), KnowledgeSource.FromText("actors.tsv", Tsv(lines))]);

    [Test]
    public void A_person_keeps_parties_in_order_even_when_the_party_comes_later()
    {
        var kb = Load(
            "person:XI|name|Xi Jinping",
            "|member-of|party:CPC",
            "|member-of|org:CMC",
            "party:CPC|name|Communist Party of China",
            "org:CMC|name|Central Military Commission");
        Assert.That(kb.Find("person:XI")!.MemberOf, Is.EqualTo(new[] { "party:CPC", "org:CMC" }));
        Assert.That(kb.Find("party:CPC")!.MemberOf, Is.Empty);
    }

    [TestCase(new[] { "person:XI|name|Xi Jinping", "|member-of|party:NOPE" }, 2, "not the key of any entry")]
    [TestCase(new[] { "person:XI|name|Xi Jinping", "|member-of|CPC" }, 2, "must be the key of an entry")]
    [TestCase(new[] { "person:XI|name|Xi Jinping", "|member-of|country:CHN" }, 2, "is a Country, not a PoliticalParty")]
    [TestCase(new[] { "party:CPC|name|CPC", "org:X|name|X Body", "|member-of|party:CPC" }, 3, "only Person entries")]
    [TestCase(new[] { "party:CPC|name|CPC", "person:XI|name|Xi Jinping", "|member-of|party:CPC", "|member-of|party:CPC" }, 4, "already a member")]
    [TestCase(new[] { "party:CPC|name|CPC", "person:XI|name|Xi Jinping", "|member-of|party:CPC|ambiguous" }, 3, "flags are allowed only")]
    public void A_bad_membership_names_the_resource_and_line(string[] lines, int line, string words)
    {
        var e = Assert.Throws<KnowledgeFormatException>(() => Load(lines))!;
        Assert.That(e.ResourceName, Is.EqualTo("actors.tsv"));
        Assert.That(e.LineNumber, Is.EqualTo(line));
        Assert.That(e.Message, Does.Contain(words));
    }

    [Test]
    public void The_shipped_leaders_have_their_parties()
    {
        var kb = KnowledgeBase.Default;
        Assert.That(kb.Find("person:XI_JINPING")!.MemberOf, Is.EqualTo(new[] { "party:COMMUNIST_PARTY_OF_CHINA" }));
        foreach (var kim in new[] { "person:KIM_IL_SUNG", "person:KIM_JONG_IL", "person:KIM_JONG_UN" })
            Assert.That(kb.Find(kim)!.MemberOf, Is.EqualTo(new[] { "party:WORKERS_PARTY_OF_KOREA" }), kim);
        // Moving Xi to the curated file kept his PETRARCH2 roles.
        Assert.That(kb.Find("person:XI_JINPING")!.RoleOn(new DateOnly(2020, 1, 1))!.Code, Is.EqualTo("CHNGOV"));
    }
}
