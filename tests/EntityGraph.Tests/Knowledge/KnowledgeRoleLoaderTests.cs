using EntityGraph.Documents;
using EntityGraph.Knowledge;
using NUnit.Framework;

namespace EntityGraph.Tests.Knowledge;

/// <summary>
/// The loader's fields for people and organisations (role, kind), its shorthands (type from the key prefix,
/// continuation lines), and the errors it gives for bad ones, each with resource name and line.
/// </summary>
public class KnowledgeRoleLoaderTests
{
    private static string Tsv(params string[] lines) => string.Join("\n", lines).Replace('|', '\t');

    private static readonly string China = Tsv(
        "country:CHN|type|Country",
        "country:CHN|name|China",
        "country:CHN|iso3|CHN");

    private static KnowledgeBase Load(string name, string text) =>
        KnowledgeBase.Load([KnowledgeSource.FromText("china.tsv", China), KnowledgeSource.FromText(name, text)]);

    private static KnowledgeFormatException Fails(params string[] lines) =>
        Assert.Throws<KnowledgeFormatException>(() => Load("actors.tsv", Tsv(lines)))!;

    [Test]
    public void Roles_keep_their_order_dates_and_open_ends()
    {
        var kb = Load("actors.tsv", Tsv(
            "person:HU_JINTAO|name|Hu Jintao",
            "|country|CHN",
            "|role|CHNGOV 2002-11-15/2013-03-14",
            "|role|CHNELI ../2002-11-15",
            "|role|CHNELI",
            "|alias|President Hu"));
        var hu = kb.Find("person:HU_JINTAO")!;

        Assert.That(hu.Type, Is.EqualTo(EntityType.Person), "the prefix 'person:' gives the type");
        Assert.That(hu.Country, Is.EqualTo("CHN"));
        Assert.That(hu.Aliases, Is.EqualTo(new[] { "President Hu" }), "continuation lines belong to the entry above");
        Assert.That(hu.Roles, Is.EqualTo(new[]
        {
            new KnowledgeRole("CHNGOV", new DateOnly(2002, 11, 15), new DateOnly(2013, 3, 14)),
            new KnowledgeRole("CHNELI", null, new DateOnly(2002, 11, 15)),
            new KnowledgeRole("CHNELI", null, null),
        }));
        Assert.That(hu.Roles[0].ToString(), Is.EqualTo("CHNGOV 2002-11-15/2013-03-14"), "written back as read");
        Assert.That(hu.Roles[1].ToString(), Is.EqualTo("CHNELI ../2002-11-15"));
        Assert.That(hu.Roles[2].ToString(), Is.EqualTo("CHNELI"));
        Assert.That(hu.Kind, Is.EqualTo(OrganizationKind.None));
    }

    [Test]
    public void The_first_role_that_covers_a_date_applies()
    {
        var kb = Load("actors.tsv", Tsv(
            "person:HU_JINTAO|name|Hu Jintao",
            "|role|CHNGOV 2002-11-15/2013-03-14",
            "|role|CHNELI"));
        var hu = kb.Find("person:HU_JINTAO")!;

        Assert.That(hu.RoleOn(new DateOnly(2002, 11, 15))!.Code, Is.EqualTo("CHNGOV"), "the start day is inside");
        Assert.That(hu.RoleOn(new DateOnly(2013, 3, 13))!.Code, Is.EqualTo("CHNGOV"));
        Assert.That(hu.RoleOn(new DateOnly(2013, 3, 14))!.Code, Is.EqualTo("CHNELI"), "the end day is outside: the fallback applies");
        Assert.That(hu.RoleOn(new DateOnly(1990, 1, 1))!.Code, Is.EqualTo("CHNELI"));
        Assert.That(hu.Roles[0].Prefix, Is.EqualTo("CHN"));
        Assert.That(hu.Roles[0].Segments, Is.EqualTo(new[] { "GOV" }));
    }

    [Test]
    public void Without_an_undated_fallback_a_date_outside_every_role_has_none()
    {
        var kb = Load("actors.tsv", Tsv("person:X|name|X Y", "|role|CHNGOV 2012-11-15/.."));
        Assert.That(kb.Find("person:X")!.RoleOn(new DateOnly(2012, 11, 14)), Is.Null);
        Assert.That(kb.Find("person:X")!.RoleOn(new DateOnly(2030, 1, 1))!.Code, Is.EqualTo("CHNGOV"));
    }

    [Test]
    public void Organisations_and_parties_have_a_kind()
    {
        var kb = Load("actors.tsv", Tsv(
            "party:CPC|name|Communist Party of China",
            "|kind|party",
            "|country|CHN",
            "org:PLA|name|People's Liberation Army",
            "|kind|military",
            "org:ETIM|name|East Turkestan Islamic Movement",
            "|kind|armed-group"));

        Assert.That(kb.Find("party:CPC")!.Type, Is.EqualTo(EntityType.PoliticalParty));
        Assert.That(kb.Find("party:CPC")!.Kind, Is.EqualTo(OrganizationKind.Party));
        Assert.That(kb.Find("org:PLA")!.Type, Is.EqualTo(EntityType.Organization));
        Assert.That(kb.Find("org:PLA")!.Kind, Is.EqualTo(OrganizationKind.Military));
        Assert.That(kb.Find("org:ETIM")!.Kind, Is.EqualTo(OrganizationKind.ArmedGroup));
    }

    [TestCase("person:X|name|X Y", "|role|CHNGOV 2012-13-01/..", 2, "role date '2012-13-01' is not a calendar date")]
    [TestCase("person:X|name|X Y", "|role|CHNGOV 2012-11-15", 2, "must be an interval")]
    [TestCase("person:X|name|X Y", "|role|CHNGOV 12-11-15/..", 2, "role date '12-11-15'")]
    [TestCase("person:X|name|X Y", "|role|CHNGOV 2013-03-14/2002-11-15", 2, "must come after the start")]
    [TestCase("person:X|name|X Y", "|role|CHNGOV 2002-11-15/2002-11-15", 2, "must come after the start")]
    [TestCase("person:X|name|X Y", "|role|CHNGOV ../..", 2, "both open")]
    [TestCase("person:X|name|X Y", "|role|chngov", 2, "role code 'chngov'")]
    [TestCase("person:X|name|X Y", "|role|CHNGO", 2, "role code 'CHNGO'")]
    [TestCase("person:X|name|X Y", "|role|---GOV", 2, "role code '---GOV'")]
    [TestCase("person:X|name|X Y", "|role|CHNGOV|ambiguous", 2, "flags are allowed only")]
    [TestCase("person:X|name|X Y", "|kind|party", 2, "only Organization and PoliticalParty entries have a kind")]
    [TestCase("org:X|name|X Y", "|kind|company", 2, "kind 'company' is not one of igo, government")]
    [TestCase("org:X|name|X Y", "|kind|ArmedGroup", 2, "kind 'ArmedGroup'")]
    [TestCase("org:X|name|X Y", "|country|CHINA", 2, "country 'CHINA' must be an ISO 3166-1 alpha-3 code")]
    [TestCase("org:X|name|X Y", "|country|ZZZ", 2, "country 'ZZZ' of 'org:X' is not the ISO-3 code of any entry")]
    [TestCase("person:X|type|Organization", "person:X|name|X Y", 1, "type 'Organization' contradicts the key prefix")]
    [TestCase("person:X|type|Robot", "person:X|name|X Y", 1, "type 'Robot' is not one of")]
    [TestCase("thing:X|name|X Y", "|alias|Z", 1, "has no 'type' line, and its key prefix names no type")]
    [TestCase("|name|X Y", "person:X|name|X Y", 1, "no entry line comes before it")]
    public void A_bad_role_kind_or_type_names_resource_and_line(string line1, string line2, int badLine, string problem)
    {
        var e = Fails(line1, line2);
        Assert.That(e.ResourceName, Is.EqualTo("actors.tsv"));
        Assert.That(e.LineNumber, Is.EqualTo(badLine));
        Assert.That(e.Problem, Does.Contain(problem));
        Assert.That(e.Message, Does.StartWith($"actors.tsv({badLine}): "));
    }

    [Test]
    public void The_same_role_twice_is_an_error_on_the_second_line()
    {
        var e = Fails("person:X|name|X Y", "|role|CHNGOV 2012-11-15/..", "|role|CHNGOV 2012-11-15/..");
        Assert.That((e.LineNumber, e.Problem), Is.EqualTo((3, "'person:X' already has role 'CHNGOV 2012-11-15/..'")));
    }

    [Test]
    public void A_continuation_line_does_not_reach_into_the_next_file()
    {
        var e = Assert.Throws<KnowledgeFormatException>(() => KnowledgeBase.Load([
            KnowledgeSource.FromText("a.tsv", Tsv("person:X|name|X Y")),
            KnowledgeSource.FromText("b.tsv", Tsv("# header", "|alias|Z")),
        ]))!;
        Assert.That((e.ResourceName, e.LineNumber), Is.EqualTo(("b.tsv", 2)));
    }

    [Test]
    public void A_later_file_adds_roles_after_the_earlier_ones()
    {
        var kb = KnowledgeBase.Load([
            KnowledgeSource.FromText("china.tsv", China),
            KnowledgeSource.FromText("a.tsv", Tsv("person:X|name|X Y", "|role|CHNGOV 2012-11-15/..")),
            KnowledgeSource.FromText("b.tsv", Tsv("person:X|role|CHNELI")),
        ]);
        Assert.That(kb.Find("person:X")!.Roles.Select(r => r.ToString()), Is.EqualTo(new[] { "CHNGOV 2012-11-15/..", "CHNELI" }));
    }

    [TestCase("CHN", true)]
    [TestCase("CHNGOV", true)]
    [TestCase("IGOUNOKID", true)]
    [TestCase("IGOUNO2", false)]
    [TestCase("IGOUN0", true)]
    [TestCase("1GO", false)]
    [TestCase("CH", false)]
    [TestCase("", false)]
    [TestCase("CHNGOVM", false)]
    public void Role_codes_are_three_letter_segments(string code, bool valid) =>
        Assert.That(KnowledgeRole.IsValidCode(code), Is.EqualTo(valid));
}
