using EntityGraph.Resolution;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

/// <summary>Match keys (spelling-insensitive) and id slugs (readable, deterministic).</summary>
public class NameFormsTests
{
    [TestCase("Kim Jong-il", "kimjongil")]
    [TestCase("Kim Jong Il", "kimjongil")]
    [TestCase("KIM JONG-IL", "kimjongil")]
    [TestCase("Xi Jin Ping", "xijinping")]
    [TestCase("Workers’ Party", "workersparty")]
    [TestCase("U.S.", "us")]
    [TestCase("*** ---", "")]
    public void Match_keys_ignore_case_spaces_hyphens_apostrophes_and_periods(string name, string key) =>
        Assert.That(NameForms.MatchKey(name), Is.EqualTo(key));

    [TestCase("Kim Yong-nam", "kim-yong-nam")]
    [TestCase("Korean Workers’ Party", "korean-workers-party")]
    [TestCase("Kim Jong F*ck", "kim-jong-f-ck")]
    [TestCase("  U.S.  Army ", "u-s-army")]
    [TestCase("Côte d'Ivoire", "côte-divoire")]
    [TestCase("--", "")]
    public void Slugs_are_lower_case_words_joined_by_single_hyphens(string name, string slug) =>
        Assert.That(NameForms.Slug(name), Is.EqualTo(slug));

    [Test]
    public void A_long_name_does_not_overflow_the_stack_buffer()
    {
        string name = string.Concat(Enumerable.Repeat("Ab-", 1000));
        Assert.That(NameForms.MatchKey(name), Has.Length.EqualTo(2000));
    }
}
