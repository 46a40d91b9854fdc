using System.Globalization;
using EntityGraph.Documents;

namespace EntityGraph.Tokenization;

/// <summary>
/// One pass of the English tokenizer over one text. A stack-only struct: all state of a call (the open
/// single quote, the e-mail look-ahead memo) lives here, so the tokenizer itself stays stateless and
/// thread-safe. Every scan method consumes at least one character and never looks back more than one, and
/// every look-ahead is either bounded or memoised, so a call is linear in the text length.
/// </summary>
internal ref partial struct TokenScanner
{
    private readonly ReadOnlySpan<char> _text;
    private readonly List<Token> _tokens;
    private readonly TokenizerLexicon _lexicon;

    // An opening single quote (‘ or ' in opening position) not yet closed: a trailing apostrophe after a word
    // then closes the quote instead of marking a plural possessive. Reset at a paragraph break, so one stray
    // quote cannot change the reading of the rest of a long text.
    private bool _singleQuoteOpen;

    // E-mail look-ahead memo: the local-part run that starts at or before the current word ends at
    // _emailLocalEnd; _emailEnd is where the address ends (or -1 when there is none).
    private int _emailLocalEnd;
    private int _emailEnd;

    public TokenScanner(ReadOnlySpan<char> text, List<Token> tokens, TokenizerLexicon lexicon)
    {
        _text = text;
        _tokens = tokens;
        _lexicon = lexicon;
        _singleQuoteOpen = false;
        _emailLocalEnd = -1;
        _emailEnd = -1;
    }

    /// <summary>Tokenizes the whole text.</summary>
    public void Run()
    {
        ReadOnlySpan<char> t = _text;
        int i = 0;
        while (i < t.Length)
        {
            char c = t[i];
            if (c < 128)
            {
                switch (CharClass.StartOf(c))
                {
                    case AsciiStart.Space: i = SkipSpace(i); break;
                    case AsciiStart.Letter: i = ScanWord(i, i); break;
                    case AsciiStart.Digit: i = IsKeycapAt(i) ? ScanEmoji(i, 1) : ScanWord(i, i); break;
                    case AsciiStart.Apostrophe: i = ScanLooseApostrophe(i); break;
                    case AsciiStart.DoubleQuote: i = EmitOne(i, TokenKind.Quote); break;
                    case AsciiStart.Backtick: i = EmitOne(i, TokenKind.Quote, NormalizedForms.Apostrophe); break;
                    case AsciiStart.Period: i = ScanPeriods(i); break;
                    case AsciiStart.Punctuation: i = EmitOne(i, TokenKind.Punctuation); break;
                    case AsciiStart.Bang: i = ScanBangs(i); break;
                    case AsciiStart.Hyphen: i = ScanDashOrSign(i); break;
                    case AsciiStart.Plus: i = SignedNumberStart(i) is var p and > 0 ? ScanWord(i, p) : EmitOne(i, TokenKind.Symbol); break;
                    case AsciiStart.Bracket: i = EmitOne(i, TokenKind.Bracket); break;
                    case AsciiStart.At: i = ScanHandle(i); break;
                    case AsciiStart.Hash: i = IsKeycapAt(i) ? ScanEmoji(i, 1) : ScanHashtag(i); break;
                    case AsciiStart.Star: i = IsKeycapAt(i) ? ScanEmoji(i, 1) : ScanStars(i); break;
                    case AsciiStart.Control: i = EmitOne(i, TokenKind.Control); break;
                    default: i = EmitOne(i, TokenKind.Symbol); break;
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                i = SkipSpace(i);
            }
            else
            {
                i = ScanNonAscii(i);
            }
        }
    }

    private void Emit(int start, int end, TokenKind kind, string? normalized = null)
    {
        bool spaceAfter = end < _text.Length && CharClass.IsWhiteSpace(_text[end]);
        _tokens.Add(new Token(new TextSpan(start, end - start), kind, spaceAfter, normalized));
    }

    private int EmitOne(int i, TokenKind kind, string? normalized = null)
    {
        Emit(i, i + 1, kind, normalized);
        return i + 1;
    }

    private int SkipSpace(int i)
    {
        ReadOnlySpan<char> t = _text;
        int breaks = 0;
        while (i < t.Length && CharClass.IsWhiteSpace(t[i]))
        {
            if (t[i] == '\n') breaks++;
            else if (t[i] == '\u2029') breaks += 2; // paragraph separator
            i++;
        }
        if (breaks >= 2) _singleQuoteOpen = false; // blank line: a new paragraph
        return i;
    }

    // Digit, '#' or '*' followed by VS16 or the keycap mark: 1️⃣, #️⃣.
    private readonly bool IsKeycapAt(int i) =>
        i + 1 < _text.Length && _text[i + 1] is Emoji.VariationSelector16 or Emoji.CombiningKeycap;

    private int ScanEmoji(int i, int baseLength)
    {
        int end = Emoji.SequenceEnd(_text, i, baseLength);
        Emit(i, end, TokenKind.Emoji);
        return end;
    }

    private int ScanNonAscii(int i)
    {
        ReadOnlySpan<char> t = _text;
        char c = t[i];
        if (char.IsSurrogate(c))
        {
            if (char.IsHighSurrogate(c) && i + 1 < t.Length && char.IsLowSurrogate(t[i + 1]))
                return ScanSupplementary(i, char.ConvertToUtf32(c, t[i + 1]));
            return EmitOne(i, TokenKind.Other); // a lone surrogate: kept, never dropped or repaired
        }

        // A symbol or punctuation mark with VS16 asks for emoji presentation: ©️ ‼️ ↔️.
        if (i + 1 < t.Length && t[i + 1] == Emoji.VariationSelector16 && !char.IsLetterOrDigit(c))
            return ScanEmoji(i, 1);

        switch (c)
        {
            case '\u2019': return ScanLooseApostrophe(i);
            case '\u2018':
                if (CharClass.IsOpeningContext(t, i)) _singleQuoteOpen = true;
                return EmitOne(i, TokenKind.Quote, NormalizedForms.Apostrophe);
            case '\u2026': return ScanPeriods(i);
            case '\u2212':
                return SignedNumberStart(i) is var p and > 0 ? ScanWord(i, p) : ScanDashes(i);
        }
        if (CharClass.SingleQuotes.Contains(c)) return EmitOne(i, TokenKind.Quote, NormalizedForms.Apostrophe);
        if (CharClass.DoubleQuotes.Contains(c)) return EmitOne(i, TokenKind.Quote, NormalizedForms.DoubleQuote);
        if (CharClass.Dashes.Contains(c)) return ScanDashes(i);
        if (CharClass.Bangs.Contains(c)) return ScanBangs(i);
        if (CharClass.Bullets.Contains(c)) return EmitOne(i, TokenKind.Bullet);
        if (Emoji.IsBmpEmoji(c)) return ScanEmoji(i, 1);

        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                return ScanWord(i, i);
            case UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation:
                return EmitOne(i, TokenKind.Bracket);
            case UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation:
                return EmitOne(i, TokenKind.Quote);
            case UnicodeCategory.DashPunctuation:
                return ScanDashes(i);
            case UnicodeCategory.OtherPunctuation or UnicodeCategory.ConnectorPunctuation:
                return EmitOne(i, TokenKind.Punctuation);
            case UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol:
                return EmitOne(i, TokenKind.Symbol);
            case UnicodeCategory.Control or UnicodeCategory.Format:
                return EmitOne(i, TokenKind.Control);
            default:
                // Lone combining marks, private use, unassigned code points.
                return EmitOne(i, TokenKind.Other);
        }
    }

    private int ScanSupplementary(int i, int codePoint)
    {
        if (Emoji.IsEmojiCodePoint(codePoint)) return ScanEmoji(i, 2);
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (CharClass.IsWordCategory(category, allowMarks: false)) return ScanWord(i, i);
        if (i + 2 < _text.Length && _text[i + 2] == Emoji.VariationSelector16) return ScanEmoji(i, 2);
        var kind = category switch
        {
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol => TokenKind.Symbol,
            UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation => TokenKind.Bracket,
            UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => TokenKind.Punctuation,
            UnicodeCategory.Format => TokenKind.Control,
            _ => TokenKind.Other,
        };
        Emit(i, i + 2, kind);
        return i + 2;
    }

    // A run of '.' and '…' is one token: "...", "…", "…." ; a lone '.' before a digit in opening position
    // starts a number (".5").
    private int ScanPeriods(int i)
    {
        ReadOnlySpan<char> t = _text;
        int j = i;
        while (j < t.Length && t[j] is '.' or '\u2026') j++;
        if (j - i == 1 && t[i] == '.' && j < t.Length && char.IsAsciiDigit(t[j]) && CharClass.IsOpeningContext(t, i))
            return ScanWord(i, j);
        Emit(i, j, TokenKind.Punctuation);
        return j;
    }

    private int ScanBangs(int i)
    {
        ReadOnlySpan<char> t = _text;
        int j = i + 1;
        while (j < t.Length && CharClass.Bangs.Contains(t[j])) j++;
        Emit(i, j, TokenKind.Punctuation);
        return j;
    }

    // "**" and "***" (footnote marks, separators) are one symbol.
    private int ScanStars(int i)
    {
        ReadOnlySpan<char> t = _text;
        int j = i + 1;
        while (j < t.Length && t[j] == '*') j++;
        Emit(i, j, TokenKind.Symbol);
        return j;
    }

    private int ScanDashOrSign(int i) =>
        SignedNumberStart(i) is var p and > 0 ? ScanWord(i, p) : ScanDashes(i);

    private int ScanDashes(int i)
    {
        ReadOnlySpan<char> t = _text;
        int j = i + 1;
        while (j < t.Length && CharClass.Dashes.Contains(t[j])) j++;
        Emit(i, j, TokenKind.Punctuation, NormalizedForms.Dashes(t[i..j]));
        return j;
    }

    // A sign (+, -, −) in opening position directly before a number ("-5", "+3.5%", "-.5") starts that
    // number; returns where its digits begin, or -1.
    private readonly int SignedNumberStart(int i)
    {
        ReadOnlySpan<char> t = _text;
        int d = i + 1;
        if (d < t.Length && t[d] == '.') d++;
        if (d >= t.Length || !char.IsAsciiDigit(t[d]) || !CharClass.IsOpeningContext(t, i)) return -1;
        return d;
    }

    // '@name' (letters, digits, underscore) is a handle; a lone '@' is a symbol.
    private int ScanHandle(int i)
    {
        ReadOnlySpan<char> t = _text;
        int j = i + 1;
        while (j < t.Length && (char.IsAsciiLetterOrDigit(t[j]) || t[j] == '_')) j++;
        if (j == i + 1) return EmitOne(i, TokenKind.Symbol);
        Emit(i, j, TokenKind.Handle);
        return j;
    }

    // '#topic' needs at least one letter: "#1" is a symbol and a number.
    private int ScanHashtag(int i)
    {
        ReadOnlySpan<char> t = _text;
        int j = i + 1;
        bool letter = false;
        while (j < t.Length)
        {
            if (t[j] == '_') { j++; continue; }
            int e = CharClass.SkipWordChars(t, j);
            if (e == j) break;
            for (int k = j; k < e && !letter; k++) letter = !CharClass.IsDigit(t[k]);
            j = e;
        }
        if (!letter) return EmitOne(i, TokenKind.Symbol);
        Emit(i, j, TokenKind.Hashtag);
        return j;
    }

    // An apostrophe not glued to a preceding word: a clitic typed apart ("Germany 's"), a decade ("'90s"),
    // or a quotation mark that opens (after space or a bracket) or closes (after punctuation).
    private int ScanLooseApostrophe(int i)
    {
        ReadOnlySpan<char> t = _text;
        string? straight = t[i] == '\'' ? null : NormalizedForms.Apostrophe;
        int cliticEnd = CliticEnd(i);
        if (cliticEnd > 0)
        {
            Emit(i, cliticEnd, TokenKind.Clitic, NormalizedForms.Clitic(t[i..cliticEnd]));
            return cliticEnd;
        }
        bool opening = CharClass.IsOpeningContext(t, i);
        if (opening && DecadeEnd(i) is var decadeEnd and > 0)
        {
            Emit(i, decadeEnd, TokenKind.Number, straight is null ? null : NormalizedForms.Straighten(t[i..decadeEnd]));
            return decadeEnd;
        }
        _singleQuoteOpen = opening;
        return EmitOne(i, TokenKind.Quote, straight);
    }

    // "'90s", "’98": two digits, an optional 's', then no more word characters.
    private readonly int DecadeEnd(int i)
    {
        ReadOnlySpan<char> t = _text;
        int j = i + 1;
        if (j + 1 >= t.Length || !char.IsAsciiDigit(t[j]) || !char.IsAsciiDigit(t[j + 1])) return -1;
        j += 2;
        if (j < t.Length && t[j] == 's') j++;
        return j < t.Length && CharClass.IsWordStartAt(t, j) ? -1 : j;
    }
}
