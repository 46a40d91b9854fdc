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
}
