using EntityGraph.Documents;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>Co-mentions on hand-made documents: one relation per pair of distinct entities and sentence, ids in ordinal order.</summary>
public class CoMentionExtractorTests
{
    private static List<Relation> Run(Document doc)
    {
        var relations = new List<Relation>();
        new CoMentionExtractor().Extract(doc, relations);
        return relations;
    }

    [Test]
    public void One_relation_per_pair_and_sentence_sources_sorting_first_by_ordinal()
    {
        var doc = HandDocuments.Tokens("Bonn and Athens met . Athens , Cairo and Bonn met ; Athens said . Delhi waited .");
        // Ordinal order puts the upper-case "x:C" before "x:a" and "x:b" (a culture-aware order would not).
        doc = HandDocuments.With(doc,
            HandDocuments.Entity(doc, "x:b", "Bonn", EntityType.Location),
            HandDocuments.Entity(doc, "x:a", "Athens", EntityType.Location),
            HandDocuments.Entity(doc, "x:C", "Cairo", EntityType.Location),
            HandDocuments.Entity(doc, "x:d", "Delhi", EntityType.Location));

        var relations = Run(doc);

        // Sentence 1 names Athens twice: still one pair per two entities, no Athens–Athens; Delhi is alone in sentence 2.
        Assert.That(relations.Select(r => (r.Source, r.Target, r.Evidence.SentenceIndex)), Is.EqualTo(new[]
        {
            ("x:a", "x:b", 0),
            ("x:C", "x:a", 1), ("x:C", "x:b", 1), ("x:a", "x:b", 1),
        }));
        Assert.That(relations.Select(r => r.Evidence.SentenceText).Distinct(), Is.EqualTo(new[]
        {
            "Bonn and Athens met .", "Athens , Cairo and Bonn met ; Athens said .",
        }));
        Assert.That(relations[1].Evidence.Span, Is.EqualTo(new TextSpan(22, 43)));
        Assert.That(relations.All(r => r.Type == CoMentionExtractor.RelationType && r.Confidence == CoMentionExtractor.CoMentionConfidence
            && r.Evidence.DocumentId == "hand" && r.Category is null), Is.True);
    }

    [Test]
    public void The_order_of_entities_does_not_change_the_output()
    {
        var doc = HandDocuments.Tokens("Bonn , Athens and Cairo met .");
        var b = HandDocuments.Entity(doc, "x:b", "Bonn", EntityType.Location);
        var a = HandDocuments.Entity(doc, "x:a", "Athens", EntityType.Location);
        var c = HandDocuments.Entity(doc, "x:C", "Cairo", EntityType.Location);
        var expected = new[] { ("x:C", "x:a"), ("x:C", "x:b"), ("x:a", "x:b") };
        Assert.That(Run(HandDocuments.With(doc, b, a, c)).Select(r => (r.Source, r.Target)), Is.EqualTo(expected));
        Assert.That(Run(HandDocuments.With(doc, c, b, a)).Select(r => (r.Source, r.Target)), Is.EqualTo(expected));
    }

    [Test]
    public void Fewer_than_two_entities_in_a_sentence_give_nothing()
    {
        var doc = HandDocuments.NoSentenceWithTwoEntities();
        Assert.That(Run(doc), Is.Empty);
    }
}
