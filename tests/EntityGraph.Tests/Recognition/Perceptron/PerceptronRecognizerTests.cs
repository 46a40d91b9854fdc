using System.Diagnostics;
using EntityGraph.Documents;
using EntityGraph.Recognition.Perceptron;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition.Perceptron;

/// <summary>The shipped CoNLL-2003 model, on hand-written sentences only.</summary>
public sealed class PerceptronRecognizerTests
{
    private static readonly PerceptronRecognizer Recognizer = new();

    private static List<Mention> Recognize(Document doc)
    {
        var mentions = new List<Mention>();
        Recognizer.Recognize(doc, mentions);
        return mentions;
    }

    [Test]
    public void The_shipped_model_loads_quickly_and_is_compact()
    {
        var model = PerceptronModel.Shipped;
        Assert.That(model.FeatureCount, Is.GreaterThan(10_000));
        Assert.That(model.GazetteerPhraseCount, Is.GreaterThan(1_000));
        Assert.That(PerceptronModel.Shipped, Is.SameAs(model), "loaded once");

        // Time a fresh load of the same resource (the shipped instance may have been loaded by another test).
        using var stream = typeof(PerceptronModel).Assembly.GetManifestResourceStream(PerceptronModel.ShippedResourceName)!;
        Assert.That(stream.Length, Is.LessThan(20 * 1024 * 1024));
        var sw = Stopwatch.StartNew();
        var fresh = PerceptronModel.Load(stream, PerceptronModel.ShippedResourceName);
        sw.Stop();
        TestContext.Out.WriteLine($"shipped model: {stream.Length} bytes, {fresh.FeatureCount} features, {fresh.GazetteerPhraseCount} phrases, loaded in {sw.ElapsedMilliseconds} ms");
        Assert.That(fresh.FeatureCount, Is.EqualTo(model.FeatureCount));
        Assert.That(fresh.NameListEntries, Is.EqualTo(model.NameListEntries));
    }

    [Test]
    public void Tags_people_and_a_place()
    {
        var doc = TestDocuments.FromTokens("Xi Jinping met Vladimir Putin in Moscow on Tuesday .");
        var mentions = Recognize(doc);
        Assert.That(mentions.Select(m => (doc.TextOf(m.Span), m.Type)), Is.EqualTo(new[]
        {
            ("Xi Jinping", EntityType.Person), ("Vladimir Putin", EntityType.Person), ("Moscow", EntityType.Location),
        }));
        Assert.Multiple(() =>
        {
            Assert.That(mentions.Select(m => (m.FirstToken, m.TokenCount)), Is.EqualTo(new[] { (0, 2), (3, 2), (6, 1) }));
            Assert.That(mentions.All(m => m.Recognizer == "perceptron" && m.Key is null));
            Assert.That(mentions.All(m => m.Confidence is > 0 and <= 1));
        });
    }

    [Test]
    public void Tags_an_organisation_and_a_nationality()
    {
        var doc = TestDocuments.FromTokens("The United Nations said German troops would stay .");
        var found = Recognize(doc).Select(m => (doc.TextOf(m.Span), m.Type)).ToList();
        Assert.That(found, Does.Contain(("United Nations", EntityType.Organization)));
        Assert.That(found, Does.Contain(("German", EntityType.Misc)));
    }

    [Test]
    public void Uses_the_normalised_form_of_a_token()
    {
        // The text has a typographic apostrophe; the token's normalised form is what the model reads.
        const string text = "Putin’s visit";
        var tokens = new List<Token>
        {
            new(new TextSpan(0, 5), TokenKind.Word, false),
            new(new TextSpan(5, 2), TokenKind.Clitic, true, "'s"),
            new(new TextSpan(8, 5), TokenKind.Word, false),
        };
        var doc = Document.Create(text).WithTokens(tokens, [new Sentence(0, 3, new TextSpan(0, 13))]);
        var mentions = Recognize(doc);
        Assert.That(mentions.Select(m => doc.TextOf(m.Span)), Is.EqualTo(new[] { "Putin" }));
    }

    [Test]
    public void A_document_without_tokens_or_sentences_is_handled()
    {
        Assert.That(Recognize(Document.Create("")), Is.Empty);
        // Tokens but no sentences: the tokens are tagged as one stretch.
        var withTokens = TestDocuments.FromTokens("Angela Merkel spoke .");
        var noSentences = withTokens.WithTokens(withTokens.Tokens, []);
        Assert.That(Recognize(noSentences).Select(m => noSentences.TextOf(m.Span)), Is.EqualTo(new[] { "Angela Merkel" }));
    }

    [Test]
    public void Hostile_tokens_never_crash_and_mentions_stay_valid()
    {
        string[] pieces = ["😀", "\uD800", "\u200B", new string('A', 10_000), "ÆØÅ", "ǅ", "--", "١٢٣", "U.S.", "Mr.", "(", "\"", "x"];
        var rng = new Random(7);
        var sentences = Enumerable.Range(0, 20)
            .Select(_ => Enumerable.Range(0, rng.Next(1, 300)).Select(_ => pieces[rng.Next(pieces.Length)]).ToArray())
            .ToArray();
        var doc = TestDocuments.FromSentences(sentences);
        var mentions = Recognize(doc);
        int end = 0;
        foreach (var m in mentions)
        {
            Assert.That(m.FirstToken, Is.GreaterThanOrEqualTo(end), "in order, not overlapping");
            Assert.That(m.EndToken, Is.LessThanOrEqualTo(doc.Tokens.Count));
            Assert.That(m.Span, Is.EqualTo(TextSpan.FromBounds(doc.Tokens[m.FirstToken].Start, doc.Tokens[m.EndToken - 1].End)));
            end = m.EndToken;
        }
    }

    [Test]
    public void Concurrent_calls_give_the_same_mentions()
    {
        var doc = TestDocuments.FromSentences(
            ["Xi", "Jinping", "met", "Vladimir", "Putin", "in", "Moscow", "."],
            ["Putin", "later", "flew", "to", "Beijing", "."]);
        var expected = Recognize(doc);
        var results = new List<Mention>[16];
        Parallel.For(0, results.Length, i => results[i] = Recognize(doc));
        Assert.That(results, Has.All.EqualTo(expected));
    }
}
