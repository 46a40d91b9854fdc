namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// First-order Viterbi decoding over the BILOU tags that can only produce valid sequences: transitions that
/// <see cref="BilouTags.CanFollow"/> forbids are never considered (rather than merely penalised), a sequence
/// starts with O/B/U and ends with O/L/U. Optionally computes max-marginals (best path score through each
/// tag at each token), from which a per-token confidence is derived. Stateless; thread-safe.
/// </summary>
internal static class ConstrainedViterbi
{
    private const int K = BilouTags.Count;

    /// <summary>For each tag, the tags allowed to precede it.</summary>
    private static readonly int[][] Predecessors = BuildPredecessors();

    /// <summary>For each tag, the tags allowed to follow it.</summary>
    private static readonly int[][] Successors = BuildSuccessors();

    private static int[][] BuildSuccessors()
    {
        var result = new int[K][];
        for (int prev = 0; prev < K; prev++)
        {
            var list = new List<int>();
            for (int next = 0; next < K; next++)
                if (BilouTags.CanFollow(prev, next)) list.Add(next);
            result[prev] = list.ToArray();
        }
        return result;
    }

    private static int[][] BuildPredecessors()
    {
        var result = new int[K][];
        for (int next = 0; next < K; next++)
        {
            var list = new List<int>();
            for (int prev = 0; prev < K; prev++)
                if (BilouTags.CanFollow(prev, next)) list.Add(prev);
            result[next] = list.ToArray();
        }
        return result;
    }

    /// <summary>
    /// Finds the best valid tag sequence.
    /// </summary>
    /// <param name="emissions">Row-major <c>n × 17</c> scores, one row per token.</param>
    /// <param name="transitions">Row-major <c>17 × 17</c> scores, <c>[prev, next]</c>.</param>
    /// <param name="tags">Receives <c>n</c> tag ids.</param>
    /// <param name="confidence">When not empty, receives <c>n</c> values in (0, 1]: the softmax, at
    /// temperature <paramref name="temperature"/>, of the chosen tag's max-marginal against every other tag's.</param>
    /// <param name="temperature">Softmax temperature for <paramref name="confidence"/>, in score units.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> tags,
        Span<float> confidence = default, float temperature = 1f)
    {
        int n = tags.Length;
        if (n == 0) return;
        if (emissions.Length < n * K) throw new ArgumentException("Emission matrix too small.", nameof(emissions));

        float[] alpha = System.Buffers.ArrayPool<float>.Shared.Rent(n * K);
        byte[] back = System.Buffers.ArrayPool<byte>.Shared.Rent(n * K);
        try
        {
            for (int t = 0; t < K; t++)
                alpha[t] = BilouTags.CanStart(t) ? emissions[t] : float.NegativeInfinity;

            for (int i = 1; i < n; i++)
            {
                int row = i * K, prevRow = row - K;
                for (int next = 0; next < K; next++)
                {
                    float best = float.NegativeInfinity;
                    int arg = 0;
                    foreach (int prev in Predecessors[next])
                    {
                        float s = alpha[prevRow + prev] + transitions[prev * K + next];
                        if (s > best) { best = s; arg = prev; }
                    }
                    alpha[row + next] = best + emissions[row + next];
                    back[row + next] = (byte)arg;
                }
            }

            int last = (n - 1) * K, bestTag = 0;
            float bestScore = float.NegativeInfinity;
            for (int t = 0; t < K; t++)
                if (BilouTags.CanEnd(t) && alpha[last + t] > bestScore) { bestScore = alpha[last + t]; bestTag = t; }
            tags[n - 1] = bestTag;
            for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i * K + tags[i]];

            if (!confidence.IsEmpty) MaxMarginalConfidence(emissions, transitions, alpha, n, tags, confidence, temperature);
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(alpha);
            System.Buffers.ArrayPool<byte>.Shared.Return(back);
        }
    }

    private static void MaxMarginalConfidence(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions,
        float[] alpha, int n, ReadOnlySpan<int> tags, Span<float> confidence, float temperature)
    {
        // Confidence is only read inside mentions: O tokens get 1, and the backward pass stops at the first
        // entity token (a sentence without entities needs none).
        confidence[..n].Fill(1f);
        int firstEntity = 0;
        while (firstEntity < n && tags[firstEntity] == BilouTags.O) firstEntity++;
        if (firstEntity == n) return;

        // beta[t] = best score of the rest of the sentence after a token tagged t (emission of t excluded).
        Span<float> beta = stackalloc float[K];
        Span<float> nextBeta = stackalloc float[K];
        for (int t = 0; t < K; t++) beta[t] = BilouTags.CanEnd(t) ? 0f : float.NegativeInfinity;
        float inv = 1f / Math.Max(temperature, 1e-6f);
        for (int i = n - 1; i >= firstEntity; i--)
        {
            int row = i * K;
            if (tags[i] != BilouTags.O)
            {
                float chosen = alpha[row + tags[i]] + beta[tags[i]];
                float sum = 0;
                for (int t = 0; t < K; t++)
                {
                    float mm = alpha[row + t] + beta[t];
                    if (mm - chosen > -60f * temperature) sum += MathF.Exp((mm - chosen) * inv);
                }
                confidence[i] = sum > 0 ? 1f / sum : 1f;
            }
            if (i == firstEntity) break;
            for (int prev = 0; prev < K; prev++)
            {
                float best = float.NegativeInfinity;
                foreach (int next in Successors[prev])
                {
                    float s = transitions[prev * K + next] + emissions[row + next] + beta[next];
                    if (s > best) best = s;
                }
                nextBeta[prev] = best;
            }
            nextBeta.CopyTo(beta);
        }
    }
}
