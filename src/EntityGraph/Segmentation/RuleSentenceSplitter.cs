using EntityGraph.Documents;

namespace EntityGraph.Segmentation;

/// <summary>STUB — being written. One sentence for the whole text.</summary>
public sealed class RuleSentenceSplitter : ISentenceSplitter
{
    /// <inheritdoc />
    public void Split(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, List<Sentence> sentences)
    {
        if (tokens.Count > 0)
            sentences.Add(new Sentence(0, tokens.Count, TextSpan.FromBounds(tokens[0].Start, tokens[^1].End)));
    }
}
