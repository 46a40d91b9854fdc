using EntityGraph.Documents;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

/// <summary>
/// Ids are what merge entities across documents (the graph merges by id), so they must be stable: the same
/// name gives the same id in any document, spelling variants included, while a bare surname is not merged
/// with a full name seen elsewhere.
/// </summary>
public class CrossDocumentIdTests
{
    private static readonly Pipeline Default = Pipeline.CreateDefault();

    private static string IdOf(Document doc, string form)
    {
        var e = doc.Entities.SingleOrDefault(x => x.Aliases.Contains(form));
        Assert.That(e, Is.Not.Null, $"'{form}' not found; entities: {string.Join(", ", doc.Entities.Select(x => x.Id + "=" + string.Join("/", x.Aliases)))}");
        return e!.Id;
    }

    [Test]
    public void Spelling_variants_of_an_unknown_name_get_one_id_in_different_documents()
    {
        var a = Default.Process("Opposition leader Pak Chol-su spoke in Seoul on Monday.");
        var b = Default.Process("Opposition leader Pak Chol Su spoke in Seoul on Tuesday.");
        Assert.That(IdOf(a, "Pak Chol-su"), Is.EqualTo("person:pak-chol-su"));
        Assert.That(IdOf(b, "Pak Chol Su"), Is.EqualTo("person:pak-chol-su"));
    }

    [Test]
    public void A_country_has_the_same_id_under_any_of_its_names()
    {
        var a = Default.Process("North Korea fired a missile.");
        var b = Default.Process("The DPRK fired a missile.");
        Assert.That(IdOf(a, "North Korea"), Is.EqualTo("country:PRK"));
        Assert.That(IdOf(b, "DPRK"), Is.EqualTo("country:PRK"));
    }

    [Test]
    public void A_bare_surname_in_another_document_is_not_merged_with_a_full_name()
    {
        var full = Default.Process("Opposition leader Pak Chol-su spoke in Seoul on Monday.");
        var bare = Default.Process("Mr Pak spoke in Seoul on Monday.");
        Assert.That(IdOf(full, "Pak Chol-su"), Is.Not.EqualTo(IdOf(bare, "Pak")));
    }
}
