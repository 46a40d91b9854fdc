using EntityGraph.Recognition.Perceptron;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition.Perceptron;

public sealed class NerScorerTests
{
    [Test]
    public void Only_exact_span_and_label_matches_count()
    {
        // Gold: PER [0,2), LOC [3,4), ORG [5,7). Predicted: PER [0,2) right, ORG [3,4) wrong type,
        // ORG [5,6) wrong end. 1 correct of 3 predicted and 3 gold: P = R = F1 = 1/3.
        var scorer = new NerScorer();
        scorer.Add(["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG"],
                   ["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "O"]);
        var micro = scorer.Micro();
        Assert.Multiple(() =>
        {
            Assert.That((micro.Correct, micro.Predicted, micro.Gold), Is.EqualTo((1, 3, 3)));
            Assert.That(micro.Precision, Is.EqualTo(1.0 / 3).Within(1e-12));
            Assert.That(micro.Recall, Is.EqualTo(1.0 / 3).Within(1e-12));
            Assert.That(micro.F1, Is.EqualTo(1.0 / 3).Within(1e-12));
            Assert.That(scorer.Tokens, Is.EqualTo(7));
        });
        var byLabel = scorer.PerLabel().ToDictionary(s => s.Label!);
        Assert.Multiple(() =>
        {
            Assert.That(byLabel.Keys, Is.EqualTo(new[] { "LOC", "ORG", "PER" }));
            Assert.That(byLabel["PER"].F1, Is.EqualTo(1.0));
            Assert.That((byLabel["LOC"].Precision, byLabel["LOC"].Recall, byLabel["LOC"].Gold), Is.EqualTo((0.0, 0.0, 1)));
            Assert.That((byLabel["ORG"].Correct, byLabel["ORG"].Predicted, byLabel["ORG"].Gold), Is.EqualTo((0, 2, 1)));
        });
    }

    [Test]
    public void Iob1_gold_is_scored_against_iob2_predictions()
    {
        // Gold IOB1: PER [0,2), PER [2,3) (B- marks the adjacent second chunk), LOC [4,5).
        // Predicted IOB2: one PER [0,3) (I- continues), LOC [4,5). Correct 1 (LOC), predicted 2, gold 3:
        // P = 1/2, R = 1/3, F1 = 2·1/(2+3) = 0.4.
        var scorer = new NerScorer();
        scorer.Add(["I-PER", "I-PER", "B-PER", "O", "I-LOC"], ["B-PER", "I-PER", "I-PER", "O", "B-LOC"]);
        var micro = scorer.Micro();
        Assert.That(micro.Precision, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(micro.Recall, Is.EqualTo(1.0 / 3).Within(1e-12));
        Assert.That(micro.F1, Is.EqualTo(0.4).Within(1e-12));
    }

    [Test]
    public void Counts_add_up_over_sentences()
    {
        // Sentence 1: gold MISC, predicted MISC (correct). Sentence 2: gold PER, nothing predicted.
        // Sentence 3: nothing gold, predicted LOC. c=1, p=2, g=2: P = R = F1 = 0.5.
        var scorer = new NerScorer();
        scorer.Add(["B-MISC"], ["B-MISC"]);
        scorer.Add(["B-PER", "O"], ["O", "O"]);
        scorer.Add(["O"], ["B-LOC"]);
        var micro = scorer.Micro();
        Assert.That((micro.Precision, micro.Recall, micro.F1), Is.EqualTo((0.5, 0.5, 0.5)));
    }

    [Test]
    public void Nothing_predicted_and_nothing_gold_scores_zero_without_dividing_by_zero()
    {
        var scorer = new NerScorer();
        scorer.Add(["O", "O"], ["O", "O"]);
        var micro = scorer.Micro();
        Assert.That((micro.Precision, micro.Recall, micro.F1), Is.EqualTo((0.0, 0.0, 0.0)));
    }

    [Test]
    public void Sequences_of_different_length_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new NerScorer().Add(["O"], ["O", "O"]));
    }
}
