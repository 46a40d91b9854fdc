namespace EntityGraph.Recognition.Perceptron;

/// <summary>Precision, recall and F1 of one label (or of all labels, micro-averaged).</summary>
/// <param name="Label">The label, or <c>null</c> for the micro average.</param>
/// <param name="Correct">Predicted chunks whose span and label match a gold chunk exactly.</param>
/// <param name="Predicted">Predicted chunks.</param>
/// <param name="Gold">Gold chunks (the support).</param>
public readonly record struct ChunkScore(string? Label, int Correct, int Predicted, int Gold)
{
    /// <summary>Correct / predicted, 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold, 0 when there is no gold chunk.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall, 0 when both are 0.</summary>
    public double F1 => Correct == 0 ? 0 : 2.0 * Correct / (Predicted + Gold);
}

/// <summary>
/// Entity-level scoring with <c>conlleval</c> semantics: a predicted chunk counts only when its start, end
/// and label all equal a gold chunk's. Feed it sentence by sentence; tags may be in any scheme
/// <see cref="TagScheme.ToSpans"/> reads (IOB1 gold against IOB2 predictions is fine). Not thread-safe.
/// </summary>
public sealed class NerScorer
{
    private readonly SortedDictionary<string, (int Correct, int Predicted, int Gold)> _byLabel = new(StringComparer.Ordinal);

    /// <summary>Tokens seen so far.</summary>
    public long Tokens { get; private set; }

    /// <summary>Adds one sentence.</summary>
    /// <param name="gold">Gold tags, one per token.</param>
    /// <param name="predicted">Predicted tags, one per token.</param>
    /// <exception cref="ArgumentException">The two sequences differ in length.</exception>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
            throw new ArgumentException($"Gold has {gold.Count} tags but predictions have {predicted.Count}.", nameof(predicted));
        Add(TagScheme.ToSpans(gold), TagScheme.ToSpans(predicted));
        Tokens += gold.Count;
    }

    /// <summary>Adds the chunks of one sentence (or document).</summary>
    /// <param name="gold">Gold chunks.</param>
    /// <param name="predicted">Predicted chunks.</param>
    public void Add(IReadOnlyCollection<LabeledSpan> gold, IReadOnlyCollection<LabeledSpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = new HashSet<LabeledSpan>(gold);
        foreach (var g in gold) Bump(g.Label, 0, 0, 1);
        foreach (var p in predicted) Bump(p.Label, goldSet.Contains(p) ? 1 : 0, 1, 0);
    }

    private void Bump(string label, int correct, int predicted, int gold)
    {
        _byLabel.TryGetValue(label, out var c);
        _byLabel[label] = (c.Correct + correct, c.Predicted + predicted, c.Gold + gold);
    }

    /// <summary>Scores per label, ordered by label (ordinal).</summary>
    public IReadOnlyList<ChunkScore> PerLabel() =>
        _byLabel.Select(kv => new ChunkScore(kv.Key, kv.Value.Correct, kv.Value.Predicted, kv.Value.Gold)).ToList();

    /// <summary>The micro average over all labels.</summary>
    public ChunkScore Micro()
    {
        int c = 0, p = 0, g = 0;
        foreach (var v in _byLabel.Values) { c += v.Correct; p += v.Predicted; g += v.Gold; }
        return new ChunkScore(null, c, p, g);
    }
}
