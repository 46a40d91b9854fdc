using EntityGraph.Recognition.Perceptron;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition.Perceptron;

public sealed class TagSchemeTests
{
    private static readonly LabeledSpan[] Spans =
    [
        new(0, 2, "PER"), new(2, 1, "PER"), new(3, 1, "LOC"), new(5, 3, "ORG"),
    ];

    [Test]
    public void Writes_iob1_with_B_only_between_adjacent_chunks_of_one_label()
    {
        Assert.That(TagScheme.ToIob1(Spans, 9),
            Is.EqualTo(new[] { "I-PER", "I-PER", "B-PER", "I-LOC", "O", "I-ORG", "I-ORG", "I-ORG", "O" }));
    }

    [Test]
    public void Writes_iob2_with_B_on_every_chunk_start()
    {
        Assert.That(TagScheme.ToIob2(Spans, 9),
            Is.EqualTo(new[] { "B-PER", "I-PER", "B-PER", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "O" }));
    }

    [Test]
    public void Writes_bilou_with_unit_and_last_tags()
    {
        Assert.That(TagScheme.ToBilou(Spans, 9),
            Is.EqualTo(new[] { "B-PER", "L-PER", "U-PER", "U-LOC", "O", "B-ORG", "I-ORG", "L-ORG", "O" }));
    }

    [TestCase("I-PER I-PER B-PER I-LOC O I-ORG I-ORG I-ORG O")]
    [TestCase("B-PER I-PER B-PER B-LOC O B-ORG I-ORG I-ORG O")]
    [TestCase("B-PER L-PER U-PER U-LOC O B-ORG I-ORG L-ORG O")]
    [TestCase("B-PER E-PER S-PER S-LOC O B-ORG I-ORG E-ORG O")]
    public void Reads_every_scheme_to_the_same_chunks(string tags)
    {
        Assert.That(TagScheme.ToSpans(tags.Split(' ')), Is.EqualTo(Spans));
    }

    [Test]
    public void An_I_tag_after_O_or_another_type_starts_a_chunk_as_in_conlleval()
    {
        var spans = TagScheme.ToSpans(["O", "I-PER", "I-PER", "I-LOC", "L-LOC", "I-MISC"]);
        Assert.That(spans, Is.EqualTo(new LabeledSpan[] { new(1, 2, "PER"), new(3, 2, "LOC"), new(5, 1, "MISC") }));
    }

    [Test]
    public void A_unit_or_last_tag_closes_its_chunk()
    {
        var spans = TagScheme.ToSpans(["U-PER", "I-PER", "B-LOC", "L-LOC", "I-LOC"]);
        Assert.That(spans, Is.EqualTo(new LabeledSpan[] { new(0, 1, "PER"), new(1, 1, "PER"), new(2, 2, "LOC"), new(4, 1, "LOC") }));
    }

    [TestCase("X-PER")]
    [TestCase("B_PER")]
    [TestCase("B-")]
    [TestCase("")]
    public void Malformed_tags_are_rejected_with_their_position(string bad)
    {
        var e = Assert.Throws<FormatException>(() => TagScheme.ToSpans(["O", bad]));
        Assert.That(e!.Message, Does.Contain("Tag 1"));
    }

    [Test]
    public void Overlapping_spans_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => TagScheme.ToIob2([new(0, 2, "PER"), new(1, 1, "LOC")], 3));
        Assert.Throws<ArgumentException>(() => TagScheme.ToIob2([new(2, 2, "PER")], 3));
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool Every_scheme_round_trips_random_spans(int seed)
    {
        var rng = new Random(seed);
        string[] labels = ["PER", "ORG", "LOC", "MISC"];
        var spans = new List<LabeledSpan>();
        int pos = 0, length = rng.Next(0, 40);
        while (pos < length)
        {
            pos += rng.Next(0, 3);              // gaps of 0 make adjacent chunks, the IOB1 corner case
            int len = rng.Next(1, 5);
            if (pos + len > length) break;
            spans.Add(new LabeledSpan(pos, len, labels[rng.Next(labels.Length)]));
            pos += len;
        }
        return TagScheme.ToSpans(TagScheme.ToIob1(spans, length)).SequenceEqual(spans)
            && TagScheme.ToSpans(TagScheme.ToIob2(spans, length)).SequenceEqual(spans)
            && TagScheme.ToSpans(TagScheme.ToBilou(spans, length)).SequenceEqual(spans);
    }
}
