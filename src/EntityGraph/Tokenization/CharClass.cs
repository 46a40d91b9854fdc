using System.Buffers;
using System.Globalization;

namespace EntityGraph.Tokenization;

/// <summary>What the scanner does with an ASCII character found where a token may start.</summary>
internal enum AsciiStart : byte
{
    Control,
    Space,
    Letter,
    Digit,
    Apostrophe,
    DoubleQuote,
    Backtick,
    Period,
    Punctuation,
    Bang,
    Hyphen,
    Plus,
    Bracket,
    At,
    Hash,
    Star,
    Symbol,
}

/// <summary>
/// Character classes for the scanner. ASCII goes through two 128-entry tables (one load, no branches on
/// Unicode data); everything else falls back to <see cref="char.GetUnicodeCategory(char)"/>, which is only
/// reached for non-ASCII text.
/// </summary>
internal static class CharClass
{
    private const byte SpaceFlag = 1, LetterFlag = 2, UpperFlag = 4, DigitFlag = 8;
    private const byte WordFlag = LetterFlag | DigitFlag;

    // Built from char.IsWhiteSpace so "white space" means the same thing in the tables, in the fallback
    // and in the tests (U+001C..U+001F are control characters for .NET, not white space).
    private static readonly byte[] AsciiFlags = BuildFlags();
    private static readonly AsciiStart[] AsciiStarts = BuildStarts();

    /// <summary>Dash characters: hyphen-minus, Unicode hyphens and dashes, minus sign, small and full-width forms.</summary>
    public static readonly SearchValues<char> Dashes =
        SearchValues.Create("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D");

    /// <summary>List bullets. The middle dot is included: in English news it separates items, it is not a letter.</summary>
    public static readonly SearchValues<char> Bullets =
        SearchValues.Create("\u00B7\u2022\u2023\u2043\u2219\u25A0\u25A1\u25AA\u25AB\u25CB\u25CF\u25E6");

    /// <summary>Exclamation and question marks that run together into one token (<c>!!!</c>, <c>?!</c>, <c>‼</c>).</summary>
    public static readonly SearchValues<char> Bangs = SearchValues.Create("!?\u203C\u2047\u2048\u2049\uFF01\uFF1F");

    /// <summary>Quotation marks whose straight form is the apostrophe.</summary>
    public static readonly SearchValues<char> SingleQuotes = SearchValues.Create("`\u2018\u2019\u201A\u201B\u2039\u203A\uFF07");

    /// <summary>Quotation marks whose straight form is the double quote.</summary>
    public static readonly SearchValues<char> DoubleQuotes = SearchValues.Create("\u00AB\u00BB\u201C\u201D\u201E\u201F\u301D\u301E\u301F\uFF02");

    private static byte[] BuildFlags()
    {
        var flags = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            byte f = 0;
            if (char.IsWhiteSpace((char)c)) f |= SpaceFlag;
            if (char.IsAsciiLetter((char)c)) f |= LetterFlag;
            if (char.IsAsciiLetterUpper((char)c)) f |= UpperFlag;
            if (char.IsAsciiDigit((char)c)) f |= DigitFlag;
            flags[c] = f;
        }
        return flags;
    }

    private static AsciiStart[] BuildStarts()
    {
        var starts = new AsciiStart[128];
        for (int c = 0; c < 128; c++)
        {
            char ch = (char)c;
            starts[c] = ch switch
            {
                _ when char.IsWhiteSpace(ch) => AsciiStart.Space,
                _ when char.IsAsciiLetter(ch) => AsciiStart.Letter,
                _ when char.IsAsciiDigit(ch) => AsciiStart.Digit,
                _ when char.IsControl(ch) => AsciiStart.Control,
                '\'' => AsciiStart.Apostrophe,
                '"' => AsciiStart.DoubleQuote,
                '`' => AsciiStart.Backtick,
                '.' => AsciiStart.Period,
                ',' or ';' or ':' => AsciiStart.Punctuation,
                '!' or '?' => AsciiStart.Bang,
                '-' => AsciiStart.Hyphen,
                '+' => AsciiStart.Plus,
                '(' or ')' or '[' or ']' or '{' or '}' => AsciiStart.Bracket,
                '@' => AsciiStart.At,
                '#' => AsciiStart.Hash,
                '*' => AsciiStart.Star,
                _ => AsciiStart.Symbol,
            };
        }
        return starts;
    }

    /// <summary>How an ASCII character (below 128) starts a token.</summary>
    public static AsciiStart StartOf(char c) => AsciiStarts[c];

    /// <summary>White space as <see cref="char.IsWhiteSpace(char)"/> defines it.</summary>
    public static bool IsWhiteSpace(char c) => c < 128 ? (AsciiFlags[c] & SpaceFlag) != 0 : char.IsWhiteSpace(c);

    /// <summary>A letter (any script); surrogate halves are not letters.</summary>
    public static bool IsLetter(char c) => c < 128 ? (AsciiFlags[c] & LetterFlag) != 0 : char.IsLetter(c);

    /// <summary>An upper-case or title-case letter.</summary>
    public static bool IsUpper(char c) =>
        c < 128 ? (AsciiFlags[c] & UpperFlag) != 0 : char.IsUpper(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    /// <summary>A decimal digit of any script.</summary>
    public static bool IsDigit(char c) => c < 128 ? (AsciiFlags[c] & DigitFlag) != 0 : char.IsDigit(c);

    /// <summary>An ASCII letter or digit.</summary>
    public static bool IsAsciiWord(char c) => c < 128 && (AsciiFlags[c] & WordFlag) != 0;

    /// <summary>Whether a word may start at <paramref name="i"/>: a letter or a number (a surrogate pair counts).</summary>
    public static bool IsWordStartAt(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 128) return (AsciiFlags[c] & WordFlag) != 0;
        return WordLengthAt(text, i, allowMarks: false) > 0;
    }

    /// <summary>
    /// Skips the letters, digits and marks starting at <paramref name="i"/> and returns the index of the first
    /// character that does not continue a word. ASCII stays in a tight table loop.
    /// </summary>
    public static int SkipWordChars(ReadOnlySpan<char> text, int i)
    {
        while ((uint)i < (uint)text.Length)
        {
            char c = text[i];
            if (c < 128)
            {
                if ((AsciiFlags[c] & WordFlag) == 0) break;
                i++;
            }
            else
            {
                int w = WordLengthAt(text, i, allowMarks: true);
                if (w == 0) break;
                i += w;
            }
        }
        return i;
    }

    /// <summary>
    /// Length (1 or 2) of the non-ASCII word character at <paramref name="i"/>, or 0. Marks and the invisible
    /// joiners (soft hyphen, ZWJ, ZWNJ, word joiner) continue a word but never start one; a joiner counts only
    /// when a word character follows it, so a trailing one is left for a Control token.
    /// </summary>
    private static int WordLengthAt(ReadOnlySpan<char> text, int i, bool allowMarks)
    {
        char c = text[i];
        if (char.IsSurrogate(c))
        {
            if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return 0;
            int cp = char.ConvertToUtf32(c, text[i + 1]);
            if (Emoji.IsEmojiCodePoint(cp)) return 0;
            return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(cp), allowMarks) ? 2 : 0;
        }
        var category = char.GetUnicodeCategory(c);
        if (IsWordCategory(category, allowMarks)) return 1;
        if (allowMarks && category == UnicodeCategory.Format && c is '\u00AD' or '\u200C' or '\u200D' or '\u2060'
            && i + 1 < text.Length && IsWordStartAt(text, i + 1))
            return 1;
        return 0;
    }

    /// <summary>Letters and numbers (and, inside a word, combining marks).</summary>
    public static bool IsWordCategory(UnicodeCategory category, bool allowMarks) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => allowMarks,
        _ => false,
    };

    /// <summary>
    /// Whether a quote or sign at <paramref name="i"/> stands where something opens: at the start, after white
    /// space, after an opening bracket or quote, or after a dash.
    /// </summary>
    public static bool IsOpeningContext(ReadOnlySpan<char> text, int i)
    {
        if (i == 0) return true;
        char p = text[i - 1];
        if (IsWhiteSpace(p)) return true;
        return p is '(' or '[' or '{' or '"' or '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039'
            || Dashes.Contains(p);
    }
}
