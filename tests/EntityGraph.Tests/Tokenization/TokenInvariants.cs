using System.Globalization;
using EntityGraph.Documents;
using NUnit.Framework;

namespace EntityGraph.Tests.Tokenization;

/// <summary>
/// The contract every tokenization must keep, whatever the input (see <c>ITokenizer</c>): tokens are
/// non-empty spans inside the text, in order and not overlapping; they hold no white space and every other
/// character is inside one; SpaceAfter tells whether white space follows; kinds and normalised forms fit the
/// characters they describe.
/// </summary>
internal static class TokenInvariants
{
    /// <summary>The first broken rule, or null when all hold. Cheap enough for property tests.</summary>
    public static string? FirstViolation(string text, IReadOnlyList<Token> tokens)
    {
        int covered = 0; // every character before this is either in a token or white space
        for (int k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Span.Length <= 0) return $"token {k} is empty";
            if (t.Start < covered) return $"token {k} {t.Span} overlaps or precedes the previous one";
            if (t.End > text.Length) return $"token {k} {t.Span} runs past the end ({text.Length})";
            for (int c = covered; c < t.Start; c++)
                if (!char.IsWhiteSpace(text[c])) return $"character {c} (U+{(int)text[c]:X4}) is in no token";
            for (int c = t.Start; c < t.End; c++)
                if (char.IsWhiteSpace(text[c])) return $"token {k} {t.Span} holds white space at {c}";
            bool spaceAfter = t.End < text.Length && char.IsWhiteSpace(text[t.End]);
            if (t.SpaceAfter != spaceAfter) return $"token {k} {t.Span} has SpaceAfter {t.SpaceAfter}";
            if (t.Normalized is { } norm && norm == text.Substring(t.Start, t.Span.Length))
                return $"token {k} {t.Span} has a normalised form equal to its text";
            if (KindMismatch(text, t) is { } problem) return $"token {k} {t.Span}: {problem}";
            covered = t.End;
        }
        for (int c = covered; c < text.Length; c++)
            if (!char.IsWhiteSpace(text[c])) return $"character {c} (U+{(int)text[c]:X4}) is in no token";
        return null;
    }

    /// <summary>Asserts that <see cref="FirstViolation"/> finds nothing.</summary>
    public static void AssertHold(string text, IReadOnlyList<Token> tokens) =>
        Assert.That(FirstViolation(text, tokens), Is.Null);

    // Loose checks that catch a token of the wrong family without restating the rules.
    private static string? KindMismatch(string text, Token t)
    {
        var s = text.AsSpan(t.Start, t.Span.Length);
        switch (t.Kind)
        {
            case TokenKind.Other:
            case TokenKind.Control:
                // One code point (a lone surrogate counts as one).
                int units = char.IsHighSurrogate(s[0]) && s.Length == 2 && char.IsLowSurrogate(s[1]) ? 2 : 1;
                return s.Length == units ? null : $"{t.Kind} token of {s.Length} characters";
            case TokenKind.Word:
                return s.ContainsAny('(', ')', ' ') ? "Word token holding a bracket" : null;
            case TokenKind.Number:
                foreach (char c in s) if (char.IsDigit(c)) return null;
                return "Number token without a digit";
            case TokenKind.Bracket:
            case TokenKind.Bullet:
                return s.Length == 1 ? null : $"{t.Kind} token of {s.Length} characters";
            case TokenKind.Clitic:
                return s.ContainsAny('\'', '’') ? null : "Clitic without an apostrophe";
            case TokenKind.Quote:
                return s.Length == 1 && char.GetUnicodeCategory(s[0]) is UnicodeCategory.OtherPunctuation
                    or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                    or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.ModifierSymbol
                    ? null : "Quote that is not one quotation mark";
            default:
                return null;
        }
    }
}
