using EntityGraph.Knowledge;
using EntityGraph.Recognition.Perceptron;
using NUnit.Framework;

namespace EntityGraph.Tests.Knowledge;

public class KnowledgeGazetteerSourceTests
{
    private static readonly GazetteerEntry[] Lists = new KnowledgeGazetteerSource(KnowledgeBase.Default).Entries().ToArray();

    [TestCase("North Korea", GazetteerCategory.Country)]
    [TestCase("DPRK", GazetteerCategory.Country)]
    [TestCase("US", GazetteerCategory.Country)]
    [TestCase("North Korean", GazetteerCategory.Demonym)]
    [TestCase("Chinese", GazetteerCategory.Demonym)]
    [TestCase("Pyongyang", GazetteerCategory.City)]
    [TestCase("South China Sea", GazetteerCategory.Place)]
    [TestCase("Democratic People 's Republic of Korea", GazetteerCategory.Country)]
    public void Holds_names_by_category_as_space_separated_tokens(string phrase, GazetteerCategory category) =>
        Assert.That(Lists, Does.Contain(new GazetteerEntry(phrase, category)));

    [TestCase("PRK")]
    [TestCase("CAN")]
    [TestCase("Island")]
    [TestCase("Democratic People's Republic of Korea")]
    public void Leaves_out_codes_unmatchable_names_and_untokenised_forms(string phrase) =>
        Assert.That(Lists.Any(e => e.Phrase == phrase), Is.False);

    [Test]
    public void Each_phrase_and_category_comes_once_in_a_stable_order()
    {
        Assert.That(Lists.Distinct().Count(), Is.EqualTo(Lists.Length));
        Assert.That(new KnowledgeGazetteerSource(KnowledgeBase.Default).Entries(), Is.EqualTo(Lists));
    }
}
