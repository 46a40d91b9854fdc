using EntityGraph.Documents;
using EntityGraph.Recognition.Perceptron;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition.Perceptron;

public sealed class PerceptronModelTests
{
    // A toy corpus, written for these tests (no corpus text): names, places, firms and events in a few frames.
    private static readonly (string Words, string Tags)[] Toy =
    [
        ("Alice Moreau visited Lisbon on Monday .", "B-PER I-PER O B-LOC O O O"),
        ("Tomas Varga met Alice Moreau in Oslo .", "B-PER I-PER O B-PER I-PER O B-LOC O"),
        ("Brightwater Mining hired Tomas Varga .", "B-ORG I-ORG O B-PER I-PER O"),
        ("The Lisbon Marathon starts in Lisbon .", "O B-MISC I-MISC O O B-LOC O"),
        ("Varga said Brightwater Mining will grow .", "B-PER O B-ORG I-ORG O O O"),
        ("Oslo and Lisbon signed a deal .", "B-LOC O B-LOC O O O O"),
    ];

    private sealed class ToyNames : IGazetteerSource
    {
        public IEnumerable<GazetteerEntry> Entries() =>
        [
            new("Lisbon", GazetteerCategory.City), new("Oslo", GazetteerCategory.City),
            new("Alice Moreau", GazetteerCategory.Person), new("Brightwater Mining", GazetteerCategory.InternationalOrganization),
        ];
    }

    private static NerDocument ToyDocument() =>
        new(Toy.Select(s => new NerSentence(s.Words.Split(' '), s.Tags.Split(' '))).ToArray());

    private static PerceptronModel TrainToy() =>
        new PerceptronTrainer(new PerceptronTrainingOptions { Epochs = 6, PruneBelow = 0 })
            .Train([ToyDocument()], [ToyDocument()], new ToyNames());

    private static byte[] Bytes(PerceptronModel model)
    {
        using var ms = new MemoryStream();
        model.Save(ms);
        return ms.ToArray();
    }

    private static List<Mention> Tag(PerceptronModel model, Document doc)
    {
        var mentions = new List<Mention>();
        new PerceptronRecognizer(model).Recognize(doc, mentions);
        return mentions;
    }

    [Test]
    public void A_toy_model_learns_its_training_sentences()
    {
        var model = TrainToy();
        var doc = TestDocuments.FromTokens("Tomas Varga met Alice Moreau in Oslo .");
        var found = Tag(model, doc).Select(m => (doc.TextOf(m.Span), m.Type));
        Assert.That(found, Is.EqualTo(new[]
        {
            ("Tomas Varga", EntityType.Person), ("Alice Moreau", EntityType.Person), ("Oslo", EntityType.Location),
        }));
        Assert.That(model.GazetteerPhraseCount, Is.EqualTo(4));
    }

    [Test]
    public void Save_then_load_gives_the_same_bytes_and_the_same_tags()
    {
        var model = TrainToy();
        byte[] saved = Bytes(model);
        var loaded = PerceptronModel.Load(new MemoryStream(saved), "toy");
        Assert.That(Bytes(loaded), Is.EqualTo(saved));
        Assert.That(loaded.Temperature, Is.EqualTo(model.Temperature));
        Assert.That(loaded.FeatureCount, Is.EqualTo(model.FeatureCount));
        Assert.That(loaded.NameListEntries, Is.EqualTo(model.NameListEntries));

        var doc = TestDocuments.FromSentences(
            ["Brightwater", "Mining", "hired", "Alice", "Moreau", "in", "Lisbon", "."],
            ["Varga", "visited", "Oslo", "."]);
        Assert.That(Tag(loaded, doc), Is.EqualTo(Tag(model, doc)));
    }

    [Test]
    public void Training_is_reproducible()
    {
        Assert.That(Bytes(TrainToy()), Is.EqualTo(Bytes(TrainToy())));
    }

    [Test]
    public void A_stacked_model_round_trips_too()
    {
        var model = new PerceptronTrainer(new PerceptronTrainingOptions { Epochs = 3, Stacked = true, Folds = 2 })
            .Train([ToyDocument(), ToyDocument()], null, new ToyNames());
        Assert.That(model.IsStacked);
        byte[] saved = Bytes(model);
        var loaded = PerceptronModel.Load(new MemoryStream(saved));
        Assert.That(loaded.IsStacked);
        Assert.That(Bytes(loaded), Is.EqualTo(saved));
    }

    [Test]
    public void Bad_magic_is_reported_with_the_name()
    {
        byte[] data = Bytes(TrainToy());
        data[0] = (byte)'X';
        var e = Assert.Throws<InvalidDataException>(() => PerceptronModel.Load(new MemoryStream(data), "broken.bin"));
        Assert.That(e!.Message, Does.StartWith("broken.bin:").And.Contain("magic"));
    }

    [Test]
    public void Truncated_data_is_reported_with_the_offset()
    {
        byte[] data = Bytes(TrainToy());
        foreach (int keep in new[] { 0, 5, 12, 40, data.Length / 2, data.Length - 1 })
        {
            var e = Assert.Throws<InvalidDataException>(() => PerceptronModel.Load(new MemoryStream(data[..keep]), "cut.bin"));
            Assert.That(e!.Message, Does.StartWith("cut.bin:").And.Contain("at byte"), $"kept {keep} bytes");
        }
    }

    [Test]
    public void A_loaded_model_matches_names_before_and_after_its_phrases_are_decoded()
    {
        var loaded = PerceptronModel.Load(new MemoryStream(Bytes(TrainToy())));
        var doc = TestDocuments.FromTokens("Alice Moreau flew to Oslo .");
        var before = Tag(loaded, doc);
        Assert.That(loaded.GazetteerPhraseCount, Is.EqualTo(4));
        Assert.That(loaded.NameListEntries.Select(e => e.Phrase),
            Is.EqualTo(new[] { "Alice Moreau", "Brightwater Mining", "Lisbon", "Oslo" }), "sorted ordinally");
        Assert.That(Tag(loaded, doc), Is.EqualTo(before));
    }

    [Test]
    public void Trailing_bytes_are_rejected()
    {
        byte[] data = [.. Bytes(TrainToy()), 0];
        Assert.Throws<InvalidDataException>(() => PerceptronModel.Load(new MemoryStream(data)));
    }

    [Test]
    public void Training_rejects_labels_outside_conll_with_the_sentence()
    {
        var doc = new NerDocument([new NerSentence(["Oslo"], ["B-LOC"]), new NerSentence(["Labour"], ["B-PARTY"])]);
        var e = Assert.Throws<FormatException>(() => new PerceptronTrainer().Train([doc], null, null));
        Assert.That(e!.Message, Does.Contain("sentence 2").And.Contain("PARTY"));
    }
}
