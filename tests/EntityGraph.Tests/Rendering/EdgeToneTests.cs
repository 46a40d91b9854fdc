using EntityGraph.Documents;
using EntityGraph.Rendering;
using NUnit.Framework;
using static EntityGraph.Tests.Rendering.RenderFixtures;

namespace EntityGraph.Tests.Rendering;

public class EdgeToneTests
{
    private static EdgeTone ToneOf(Relation relation)
    {
        var graph = Graph([Entity(Chn, "China", EntityType.Country, 1), Entity(Prk, "North Korea", EntityType.Country, 1)], relation);
        return EdgeTones.Of(graph.Edges.Single());
    }

    [TestCase(1, null, ExpectedResult = EdgeTone.Cooperation)]
    [TestCase(2, null, ExpectedResult = EdgeTone.Cooperation)]
    [TestCase(3, null, ExpectedResult = EdgeTone.Conflict)]
    [TestCase(4, null, ExpectedResult = EdgeTone.Conflict)]
    [TestCase(null, 2.5, ExpectedResult = EdgeTone.Cooperation)]
    [TestCase(null, -7.0, ExpectedResult = EdgeTone.Conflict)]
    [TestCase(3, 1.0, ExpectedResult = EdgeTone.Conflict)] // the quad class decides before the Goldstein sign
    public EdgeTone Quad_class_then_Goldstein_sign_decide(int? quad, double? goldstein) =>
        ToneOf(Tie(Prk, Chn, "interaction", 0.5, "REQUEST", quad, goldstein));

    [TestCase("AGREE", ExpectedResult = EdgeTone.Cooperation)]
    [TestCase("AID", ExpectedResult = EdgeTone.Cooperation)]
    [TestCase("ACCUSE", ExpectedResult = EdgeTone.Conflict)]
    [TestCase("ASSAULT", ExpectedResult = EdgeTone.Conflict)]
    public EdgeTone Without_codes_the_PLOVER_category_decides(string category) =>
        ToneOf(Tie(Prk, Chn, "interaction", 0.5, category));

    [Test]
    public void Negated_relations_are_neutral_whatever_their_class() =>
        Assert.That(ToneOf(Tie(Prk, Chn, "interaction", 0.5, "SANCTION", 4, -4, negated: true)), Is.EqualTo(EdgeTone.Neutral));

    [Test]
    public void Co_mentions_are_neutral_and_symmetric_and_other_ties_are_structural_and_directed()
    {
        var graph = Small();
        var coMention = graph.Edges.First(e => e.Type == "co-mention");
        var leader = graph.Edges.Single(e => e.Type == "leader-of");
        Assert.That(EdgeTones.Of(coMention), Is.EqualTo(EdgeTone.Neutral));
        Assert.That(EdgeTones.IsSymmetric(coMention), Is.True);
        Assert.That(EdgeTones.Of(leader), Is.EqualTo(EdgeTone.Structural));
        Assert.That(EdgeTones.IsSymmetric(leader), Is.False);
    }
}
