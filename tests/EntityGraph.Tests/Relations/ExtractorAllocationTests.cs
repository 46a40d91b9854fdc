using EntityGraph.Documents;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>
/// The extractors run on every sentence of every document, so a document with nothing to extract must cost them
/// no allocation once warm (no per-document sets, lists, substrings or enumerators): the relation stage's time
/// inside the pipeline was in good part the collector's.
/// </summary>
public class ExtractorAllocationTests
{
    // Two sentences, four entities, a person the knowledge base knows (whose country is absent, so no tie), and
    // gaps the structural patterns read without matching: "Germany praised Abe" has no title between the two,
    // "and" and "met in" link nothing.
    private static Document Quiet()
    {
        var doc = HandDocuments.Tokens("Germany and France met in Brussels . The new envoy of Germany praised Abe and France .");
        return HandDocuments.With(doc,
            HandDocuments.Entity(doc, "country:DEU", "Germany", EntityType.Country, iso3: "DEU"),
            HandDocuments.Entity(doc, "country:FRA", "France", EntityType.Country, iso3: "FRA"),
            HandDocuments.Entity(doc, "location:Brussels", "Brussels", EntityType.Location, country: "BEL"),
            HandDocuments.Entity(doc, "person:SHINZO_ABE", "Abe", EntityType.Person, country: "JPN"));
    }

    private static long AllocatedByWarmCall(IRelationExtractor extractor, Document doc, List<Relation> sink)
    {
        int given = sink.Count;
        for (int i = 0; i < 3; i++)
        {
            extractor.Extract(doc, sink);
            sink.RemoveRange(given, sink.Count - given);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        extractor.Extract(doc, sink);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(sink, Has.Count.EqualTo(given), $"{extractor.Name} found something in the quiet document");
        return allocated;
    }

    [Test]
    public void Structural_allocates_nothing_when_no_phrasing_matches()
    {
        Assert.That(AllocatedByWarmCall(new StructuralExtractor(), Quiet(), new List<Relation>(4)), Is.Zero);
    }

    [Test]
    public void Co_mentions_allocate_nothing_when_no_sentence_has_two_entities()
    {
        var doc = HandDocuments.NoSentenceWithTwoEntities();
        Assert.That(AllocatedByWarmCall(new CoMentionExtractor(), doc, new List<Relation>(4)), Is.Zero);
    }

    [Test]
    public void Conflict_states_allocate_nothing_without_a_conflict_noun()
    {
        Assert.That(AllocatedByWarmCall(new ConflictStateExtractor(), Quiet(), new List<Relation>(4)), Is.Zero);
    }

    [Test]
    public void Import_restrictions_allocate_nothing_without_a_decree_subject()
    {
        // An earlier relation and two sentences get past the early exit; "The new envoy" is no decree.
        var doc = Quiet();
        var earlier = new Relation("country:DEU", "country:FRA", EventExtractor.RelationType, 0.5,
            new Evidence(doc.Id, 0, doc.Sentences[0].Span, doc.TextOf(doc.Sentences[0])));
        Assert.That(AllocatedByWarmCall(new ImportRestrictionExtractor(), doc, new List<Relation>(4) { earlier }), Is.Zero);
    }
}
