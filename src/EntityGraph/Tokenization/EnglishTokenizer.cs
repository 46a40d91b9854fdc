using EntityGraph.Documents;

namespace EntityGraph.Tokenization;

/// <summary>STUB — being written. Splits on white space only.</summary>
public sealed class EnglishTokenizer : ITokenizer
{
    /// <inheritdoc />
    public void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            int s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > s) tokens.Add(new Token(TextSpan.FromBounds(s, i), TokenKind.Word, i < text.Length));
        }
    }
}
