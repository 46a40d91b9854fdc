using EntityGraph.Recognition.Perceptron;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition.Perceptron;

public sealed class ConstrainedViterbiTests
{
    private const int K = BilouTags.Count;

    private static bool IsValid(ReadOnlySpan<int> tags)
    {
        if (tags.Length == 0) return true;
        if (!BilouTags.CanStart(tags[0]) || !BilouTags.CanEnd(tags[^1])) return false;
        for (int i = 1; i < tags.Length; i++)
            if (!BilouTags.CanFollow(tags[i - 1], tags[i])) return false;
        return true;
    }

    private static float PathScore(float[] emissions, float[] transitions, int[] tags)
    {
        float s = 0;
        for (int i = 0; i < tags.Length; i++)
        {
            s += emissions[i * K + tags[i]];
            if (i > 0) s += transitions[tags[i - 1] * K + tags[i]];
        }
        return s;
    }

    private static (float[] Emissions, float[] Transitions) RandomScores(Random rng, int n, float scale)
    {
        var e = new float[n * K];
        var t = new float[K * K];
        for (int i = 0; i < e.Length; i++) e[i] = (float)((rng.NextDouble() * 2 - 1) * scale);
        for (int i = 0; i < t.Length; i++) t[i] = (float)((rng.NextDouble() * 2 - 1) * scale);
        return (e, t);
    }

    [Test]
    public void Transition_rules_follow_bilou()
    {
        int bPer = BilouTags.Tag(0, BilouTags.Begin), iPer = BilouTags.Tag(0, BilouTags.Inside);
        int lPer = BilouTags.Tag(0, BilouTags.Last), uPer = BilouTags.Tag(0, BilouTags.Unit);
        int iLoc = BilouTags.Tag(2, BilouTags.Inside), bLoc = BilouTags.Tag(2, BilouTags.Begin);
        Assert.Multiple(() =>
        {
            Assert.That(BilouTags.CanFollow(bPer, iPer) && BilouTags.CanFollow(bPer, lPer) && BilouTags.CanFollow(iPer, lPer));
            Assert.That(BilouTags.CanFollow(bPer, BilouTags.O), Is.False, "B must be closed");
            Assert.That(BilouTags.CanFollow(bPer, iLoc), Is.False, "type change inside a chunk");
            Assert.That(BilouTags.CanFollow(BilouTags.O, iPer), Is.False, "I after O");
            Assert.That(BilouTags.CanFollow(lPer, bLoc) && BilouTags.CanFollow(uPer, uPer) && BilouTags.CanFollow(lPer, BilouTags.O));
            Assert.That(BilouTags.CanStart(iPer) || BilouTags.CanStart(lPer), Is.False);
            Assert.That(BilouTags.CanEnd(bPer) || BilouTags.CanEnd(iPer), Is.False);
            Assert.That(BilouTags.Name(lPer), Is.EqualTo("L-PER"));
        });
    }

    [Test]
    public void Forbidden_tags_lose_even_with_the_best_local_scores()
    {
        // Token scores alone would say I-PER, I-PER (invalid: no B, no L); the decoder must pick a valid path.
        var e = new float[2 * K];
        int iPer = BilouTags.Tag(0, BilouTags.Inside);
        e[iPer] = 10; e[K + iPer] = 10;
        e[BilouTags.Tag(0, BilouTags.Begin)] = 1; e[K + BilouTags.Tag(0, BilouTags.Last)] = 1;
        var tags = new int[2];
        ConstrainedViterbi.Decode(e, new float[K * K], tags);
        Assert.That(tags, Is.EqualTo(new[] { BilouTags.Tag(0, BilouTags.Begin), BilouTags.Tag(0, BilouTags.Last) }));
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public bool Random_scores_always_decode_to_a_valid_sequence(int seed)
    {
        var rng = new Random(seed);
        int n = rng.Next(1, 40);
        var (e, t) = RandomScores(rng, n, rng.Next(2) == 0 ? 1f : 1000f);
        var tags = new int[n];
        var confidence = new float[n];
        ConstrainedViterbi.Decode(e, t, tags, confidence, temperature: (float)(0.1 + rng.NextDouble() * 10));
        return IsValid(tags) && confidence.All(c => c > 0 && c <= 1);
    }

    [FsCheck.NUnit.Property(MaxTest = 100)]
    public bool The_decoded_path_is_the_best_valid_path(int seed)
    {
        // Exhaustive check over all 17^n sequences for short sentences.
        var rng = new Random(seed);
        int n = rng.Next(1, 4);
        var (e, t) = RandomScores(rng, n, 5f);
        var tags = new int[n];
        ConstrainedViterbi.Decode(e, t, tags);
        float best = float.NegativeInfinity;
        var candidate = new int[n];
        int total = (int)Math.Pow(K, n);
        for (int code = 0; code < total; code++)
        {
            for (int i = 0, c = code; i < n; i++, c /= K) candidate[i] = c % K;
            if (IsValid(candidate)) best = Math.Max(best, PathScore(e, t, candidate));
        }
        return IsValid(tags) && Math.Abs(PathScore(e, t, tags) - best) < 1e-3f;
    }

    [Test]
    public void A_clear_winner_is_confident_and_a_tie_is_not()
    {
        int uPer = BilouTags.Tag(0, BilouTags.Unit), uLoc = BilouTags.Tag(2, BilouTags.Unit);
        var clear = new float[K];
        clear[uPer] = 50;
        var tie = new float[K];
        tie[uPer] = 5; tie[uLoc] = 5;   // O scores 0; two entity readings tie
        var tags = new int[1];
        var conf = new float[1];
        ConstrainedViterbi.Decode(clear, new float[K * K], tags, conf, 1f);
        Assert.That(conf[0], Is.GreaterThan(0.99f));
        ConstrainedViterbi.Decode(tie, new float[K * K], tags, conf, 1f);
        Assert.That(conf[0], Is.EqualTo(0.5f).Within(0.01f));
    }

    [Test]
    public void An_empty_sentence_decodes_to_nothing()
    {
        Assert.DoesNotThrow(() => ConstrainedViterbi.Decode([], new float[K * K], Span<int>.Empty));
    }
}
