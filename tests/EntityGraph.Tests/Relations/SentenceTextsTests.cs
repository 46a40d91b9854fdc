using EntityGraph.Documents;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

public class SentenceTextsTests
{
    private static readonly Pipeline Tokens = new PipelineBuilder().ClearRelationExtractors().Build();

    [Test]
    public void A_sentence_that_is_the_whole_text_is_the_text_itself()
    {
        var doc = Tokens.Process("China criticised North Korea.");
        Assert.That(doc.Sentences, Has.Count.EqualTo(1));
        Assert.That(SentenceTexts.Of(doc, 0), Is.SameAs(doc.Text));
    }

    [Test]
    public void Other_sentences_are_cut_out_verbatim()
    {
        var doc = Tokens.Process("  China criticised North Korea.  Russia agreed. ");
        Assert.That(doc.Sentences, Has.Count.EqualTo(2));
        Assert.That(SentenceTexts.Of(doc, 0), Is.EqualTo("China criticised North Korea."));
        Assert.That(SentenceTexts.Of(doc, 1), Is.EqualTo("Russia agreed."));
        Assert.That(SentenceTexts.Of(doc, 1), Is.SameAs(SentenceTexts.Of(doc, 1)), "cut once per document");
    }
}
