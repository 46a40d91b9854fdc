using EntityGraph.Documents;

namespace EntityGraph.Recognition;

/// <summary>
/// Turns the possibly overlapping mentions of several recognizers into one non-overlapping layer.
/// Policy, in order: the longer mention wins (in tokens); on equal length the one from the recognizer
/// listed earlier in the pipeline wins; then the leftmost; then the more confident.
/// </summary>
public static class MentionMerger
{
    /// <summary>Merges <paramref name="candidates"/> into a non-overlapping list in text order.</summary>
    /// <param name="candidates">Mentions from all recognizers.</param>
    /// <param name="recognizerOrder">Recognizer names in priority order; unknown names rank last.</param>
    public static IReadOnlyList<Mention> Merge(IReadOnlyList<Mention> candidates, IReadOnlyList<string> recognizerOrder)
    {
        if (candidates.Count == 0) return [];
        int Rank(Mention m)
        {
            for (int i = 0; i < recognizerOrder.Count; i++)
                if (recognizerOrder[i] == m.Recognizer) return i;
            return recognizerOrder.Count;
        }

        var ordered = candidates
            .OrderByDescending(m => m.TokenCount)
            .ThenBy(Rank)
            .ThenBy(m => m.FirstToken)
            .ThenByDescending(m => m.Confidence)
            .ToList();
        var kept = new List<Mention>();
        foreach (var m in ordered)
        {
            bool clash = false;
            foreach (var k in kept)
                if (m.FirstToken < k.EndToken && k.FirstToken < m.EndToken) { clash = true; break; }
            if (!clash) kept.Add(m);
        }
        kept.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return kept;
    }
}
