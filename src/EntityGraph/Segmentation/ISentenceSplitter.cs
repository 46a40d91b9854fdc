using EntityGraph.Documents;

namespace EntityGraph.Segmentation;

/// <summary>
/// Groups tokens into sentences. Implementations must be thread-safe and must not throw: the sentences
/// produced cover every token exactly once, in order, and none is empty.
/// </summary>
public interface ISentenceSplitter
{
    /// <summary>Appends the sentences of the tokenised <paramref name="text"/> to <paramref name="sentences"/>.</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">The tokens, in text order.</param>
    /// <param name="sentences">The list to append to (not cleared first).</param>
    void Split(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, List<Sentence> sentences);
}
