using NUnit.Framework;
using EntityGraph.Relations;

namespace EntityGraph.Tests.Relations;

/// <summary>The actor layer is built once per document and shared by the extractors that need it.</summary>
public class ActorLayerTests
{
    private static readonly Pipeline Entities = new PipelineBuilder().ClearRelationExtractors().Build();

    [Test]
    public void The_same_document_gets_the_same_layer_and_another_document_a_new_one()
    {
        var first = Entities.Process("North Korea cut trade with China.");
        var second = Entities.Process("North Korea cut trade with China.");

        var layer = ActorLayer.For(first);
        Assert.That(ActorLayer.For(first), Is.SameAs(layer));
        var other = ActorLayer.For(second);
        Assert.That(other, Is.Not.SameAs(layer));
        // The cache holds one document: going back to the first builds its layer again, with the same slots.
        var again = ActorLayer.For(first);
        Assert.That(again, Is.Not.SameAs(layer));
        Assert.That(again.Slots.Select(s => (s.FirstToken, s.EndToken, s.Entity.Id)),
            Is.EqualTo(layer.Slots.Select(s => (s.FirstToken, s.EndToken, s.Entity.Id))));
        Assert.That(layer.Slots.Select(s => s.Entity.Id), Is.EqualTo(new[] { "country:PRK", "country:CHN" }));
    }

    [Test]
    public void Cached_gives_only_a_layer_already_built_for_that_document()
    {
        var doc = Entities.Process("Japan protested. North Korea cut trade with China.");
        var other = Entities.Process("Japan protested.");
        ActorLayer.For(other);
        Assert.That(ActorLayer.Cached(doc), Is.Null);
        var layer = ActorLayer.For(doc);
        Assert.That(ActorLayer.Cached(doc), Is.SameAs(layer));
    }

    [Test]
    public void Says_which_token_ranges_hold_two_actors()
    {
        // Tokens: Japan(0) protested(1) .(2) North(3) Korea(4) cut(5) trade(6) with(7) China(8) .(9)
        var doc = Entities.Process("Japan protested. North Korea cut trade with China.");
        var layer = ActorLayer.For(doc);
        Assert.That(layer.Slots.Select(s => (s.FirstToken, s.EndToken)), Is.EqualTo(new[] { (0, 1), (3, 5), (8, 9) }));
        Assert.That(layer.HasTwoSlotsIn(0, 3), Is.False, "first sentence: Japan only");
        Assert.That(layer.HasTwoSlotsIn(3, 10), Is.True, "second sentence: North Korea and China");
        Assert.That(layer.HasTwoSlotsIn(0, 4), Is.True, "Japan and part of North Korea");
        Assert.That(layer.HasTwoSlotsIn(5, 10), Is.False);
        Assert.That(layer.HasTwoSlotsIn(9, 10), Is.False);
        Assert.That(layer.HasTwoSlotsIn(0, 10), Is.True);
    }
}
