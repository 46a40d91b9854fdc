using EntityGraph.Documents;
using EntityGraph.Tokenization;

namespace EntityGraph.Tests.Segmentation;

/// <summary>
/// A deliberately small tokenizer that follows only the contract the splitter relies on (stops after
/// ordinary words are their own Punctuation token, runs like <c>!!!</c> and ellipses are one token,
/// abbreviations and initials keep their period, quotes, brackets and bullets are their own kinds, a
/// possessive ’ after a word is a Clitic). Running every splitter test with it as well as with
/// <see cref="EnglishTokenizer"/> tells a splitter regression apart from a change in the real tokenizer.
/// </summary>
internal sealed class ContractTokenizer : ITokenizer
{
    // Words that keep their period. Real coverage is the real tokenizer's job; these are the ones the
    // splitter tests use.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Dr", "Gen", "Jan", "Feb", "St", "etc", "Inc", "Jr", "vs", "No", "Lt", "Col", "approx",
    };

    public void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }

            int start = i;
            TokenKind kind;
            if (c == '•') { i++; kind = TokenKind.Bullet; }
            else if ("([{)]}".Contains(c)) { i++; kind = TokenKind.Bracket; }
            else if (c is '’' or '\'' && i > 0 && char.IsLetter(text[i - 1])
                     && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
            {
                i++;
                kind = TokenKind.Clitic;
            }
            else if ("‘’“”\"'".Contains(c)) { i++; kind = TokenKind.Quote; }
            else if (c is '.' or '…')
            {
                while (i < text.Length && text[i] is '.' or '…') i++;
                kind = TokenKind.Punctuation;
            }
            else if (c is '!' or '?')
            {
                while (i < text.Length && text[i] is '!' or '?') i++;
                kind = TokenKind.Punctuation;
            }
            else if (char.IsDigit(c))
            {
                while (i < text.Length && char.IsDigit(text[i])) i++;
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                kind = ReadWord(text, ref i);
            }
            else { i++; kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol; }

            tokens.Add(new Token(TextSpan.FromBounds(start, i), kind, i < text.Length && char.IsWhiteSpace(text[i])));
        }
    }

    private static TokenKind ReadWord(ReadOnlySpan<char> text, ref int i)
    {
        int start = i;
        // Dotted initialisms: U.S., U.N., a.m. — a letter, a period, a letter, a period...
        if (i + 3 < text.Length && text[i + 1] == '.' && char.IsLetter(text[i + 2]) && text[i + 3] == '.')
        {
            while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.') i += 2;
            return TokenKind.Abbreviation;
        }

        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'
               || (text[i] is '’' or '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            i++;

        bool periodFollows = i < text.Length && text[i] == '.' && (i + 1 == text.Length || text[i + 1] != '.');
        if (periodFollows)
        {
            string word = text[start..i].ToString();
            bool initial = word.Length == 1 && char.IsUpper(word[0]);
            if (initial || Abbreviations.Contains(word))
            {
                i++;
                return TokenKind.Abbreviation;
            }
        }

        return TokenKind.Word;
    }
}
