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

    /// <summary>Tags that close a chunk (O, L-*, U-*), ascending: the only predecessors of <see cref="Start"/> tags.</summary>
    private static readonly int[] Closed = [.. Enumerable.Range(0, K).Where(t => t == BilouTags.O || BilouTags.PositionOf(t) is BilouTags.Last or BilouTags.Unit)];

    /// <summary>Tags that may follow a closed tag (O, B-*, U-*), ascending.</summary>
    private static readonly int[] Start = [.. Enumerable.Range(0, K).Where(BilouTags.CanStart)];

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

            // The BILOU structure, spelled out: O/B/U may follow exactly the "closed" tags O/L/U (9 x 9 pairs,
            // transitions gathered once per sentence into a contiguous block), and I/L of a type only B/I of
            // the same type. Predecessors are tried in ascending tag order with a strict '>', as a plain
            // loop over all allowed pairs would.
            Span<float> startT = stackalloc float[9 * 9];     // [start s, closed p]
            for (int si = 0; si < 9; si++)
                for (int pi = 0; pi < 9; pi++)
                    startT[si * 9 + pi] = transitions[Closed[pi] * K + Start[si]];
            Span<float> closedAlpha = stackalloc float[9];
            for (int i = 1; i < n; i++)
            {
                int row = i * K, prevRow = row - K;
                for (int pi = 0; pi < 9; pi++) closedAlpha[pi] = alpha[prevRow + Closed[pi]];
                for (int si = 0; si < 9; si++)
                {
                    var tr = startT.Slice(si * 9, 9);
                    float best = closedAlpha[0] + tr[0];
                    int arg = 0;
                    for (int pi = 1; pi < 9; pi++)
                    {
                        float v = closedAlpha[pi] + tr[pi];
                        if (v > best) { best = v; arg = pi; }
                    }
                    int next = Start[si];
                    alpha[row + next] = best + emissions[row + next];
                    back[row + next] = (byte)Closed[arg];
                }
                for (int t = 0; t < BilouTags.TypeCount; t++)
                {
                    int b = 1 + 4 * t, inside = b + 1;
                    for (int next = inside; next <= inside + 1; next++)   // I, then L
                    {
                        float fromB = alpha[prevRow + b] + transitions[b * K + next];
                        float fromI = alpha[prevRow + inside] + transitions[inside * K + next];
                        bool takeI = fromI > fromB;
                        alpha[row + next] = (takeI ? fromI : fromB) + emissions[row + next];
                        back[row + next] = (byte)(takeI ? inside : b);
                    }
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
        Span<float> startValue = stackalloc float[9];
        Span<float> closedT = stackalloc float[9 * 9];     // [closed p, start s]
        for (int pi = 0; pi < 9; pi++)
            for (int si = 0; si < 9; si++)
                closedT[pi * 9 + si] = transitions[Closed[pi] * K + Start[si]];
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
            // Same structure as the forward pass: closed tags are followed by start tags, B/I by I/L.
            for (int si = 0; si < 9; si++) startValue[si] = emissions[row + Start[si]] + beta[Start[si]];
            for (int pi = 0; pi < 9; pi++)
            {
                var tr = closedT.Slice(pi * 9, 9);
                float best = float.NegativeInfinity;
                for (int si = 0; si < 9; si++)
                {
                    float v = tr[si] + startValue[si];
                    if (v > best) best = v;
                }
                nextBeta[Closed[pi]] = best;
            }
            for (int t = 0; t < BilouTags.TypeCount; t++)
            {
                int b = 1 + 4 * t, inside = b + 1, l = b + 2;
                float toI = emissions[row + inside] + beta[inside], toL = emissions[row + l] + beta[l];
                nextBeta[b] = Math.Max(transitions[b * K + inside] + toI, transitions[b * K + l] + toL);
                nextBeta[inside] = Math.Max(transitions[inside * K + inside] + toI, transitions[inside * K + l] + toL);
            }
            nextBeta.CopyTo(beta);
        }
    }
}
