using EntityGraph.Documents;

namespace EntityGraph.Tokenization;

/// <summary>
/// Splits text into tokens. Implementations must be thread-safe and must not throw on any input: every
/// non-white-space character ends up inside exactly one token, and tokens come in text order.
/// </summary>
public interface ITokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    /// <param name="text">The text; offsets of the produced tokens are relative to its start.</param>
    /// <param name="tokens">The list to append to (not cleared first).</param>
    void Tokenize(ReadOnlySpan<char> text, List<Token> tokens);
}
