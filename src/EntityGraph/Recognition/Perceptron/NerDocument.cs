namespace EntityGraph.Recognition.Perceptron;

/// <summary>A tagged sentence for training or evaluation.</summary>
/// <param name="Words">The tokens.</param>
/// <param name="Tags">One tag per token in any scheme <see cref="TagScheme.ToSpans"/> reads (IOB1, IOB2,
/// BILOU), labels PER, ORG, LOC or MISC.</param>
public sealed record NerSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);

/// <summary>
/// A tagged document: the unit over which document-level features are computed (how a word is written and
/// tagged elsewhere in the same document).
/// </summary>
/// <param name="Sentences">The sentences, in order.</param>
public sealed record NerDocument(IReadOnlyList<NerSentence> Sentences)
{
    /// <summary>Number of tokens over all sentences.</summary>
    public int TokenCount => Sentences.Sum(s => s.Words.Count);
}
