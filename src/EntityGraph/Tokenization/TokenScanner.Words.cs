using EntityGraph.Documents;

namespace EntityGraph.Tokenization;

internal ref partial struct TokenScanner
{
    /// <summary>
    /// Scans a word or number whose token starts at <paramref name="start"/> and whose first word character is
    /// at <paramref name="runStart"/> (after a sign or a leading period, when there is one). The word grows
    /// over inner apostrophes (O'Brien), joining hyphens (Il-sung, self-defence, 2014-04-30), digit separators
    /// (1,000.50, 10:30) and a few glue characters (AT&amp;T, F*ck, snake_case); it stops at everything else.
    /// Emits the word (and any clitic or closing quote split off it) and returns the index after them.
    /// </summary>
    private int ScanWord(int start, int runStart)
    {
        ReadOnlySpan<char> t = _text;
        int n = t.Length;
        // A token that starts with a digit is a number ("5bn", "2000s", "10%") unless a hyphen later joins a
        // part that starts with a letter ("24-hour").
        bool number = CharClass.IsDigit(t[runStart]);
        // Still one plain run with nothing joined: only such a run can be an abbreviation or a URL scheme.
        bool simple = start == runStart;
        int partStart = runStart;
        int i = runStart;
        while (true)
        {
            i = CharClass.SkipWordChars(t, i);
            if (i >= n) break;
            char c = t[i];
            switch (c)
            {
                case '\'':
                case '\u2019':
                {
                    int end = SplitAtApostrophe(start, i, number);
                    if (end >= 0) return end;
                    i++; // an inner apostrophe (O'Brien, Qur'an): the word goes on
                    simple = false;
                    continue;
                }
                case '-':
                case '\u2010':
                case '\u2011':
                {
                    if (i + 1 >= n || !CharClass.IsWordStartAt(t, i + 1)) goto Done;
                    if (c == '-' && TryEmail(start) is var email and > 0) { Emit(start, email, TokenKind.Email); return email; }
                    if (!JoinsHyphen(partStart, i)) goto Done;
                    if (!CharClass.IsDigit(t[i + 1])) number = false;
                    i++;
                    partStart = i;
                    simple = false;
                    continue;
                }
                case '.':
                case ',':
                case ':':
                case '/':
                {
                    // Digit separators: 1,000.50  3.5m  10:30  24/7  1.2.3
                    if (i + 1 < n && char.IsAsciiDigit(t[i + 1]) && char.IsAsciiDigit(t[i - 1]))
                    {
                        i++;
                        simple = false;
                        continue;
                    }
                    if (c == '.')
                    {
                        if (TryEmail(start) is var email and > 0) { Emit(start, email, TokenKind.Email); return email; }
                        if (!simple) goto Done;
                        if (i - start == 3 && t.Slice(start, 3).Equals("www", StringComparison.OrdinalIgnoreCase)
                            && i + 1 < n && CharClass.IsWordStartAt(t, i + 1)
                            && ScanUrl(start, i + 1) is var www and > 0)
                            return www;
                        int abbreviation = AbbreviationEnd(start, i);
                        if (abbreviation > 0)
                        {
                            // An abbreviation can start a lower-case compound: U.S.-led, Ill.-based.
                            if (abbreviation + 1 < n && t[abbreviation] == '-' && char.IsLower(t[abbreviation + 1]))
                            {
                                i = abbreviation + 1;
                                partStart = i;
                                simple = false;
                                continue;
                            }
                            Emit(start, abbreviation, TokenKind.Abbreviation);
                            return abbreviation;
                        }
                    }
                    else if (c == ':' && simple && i + 2 < n && t[i + 1] == '/' && t[i + 2] == '/' && IsScheme(t[start..i])
                             && ScanUrl(start, i + 3) is var url and > 0)
                    {
                        return url;
                    }
                    goto Done;
                }
                case '$':
                    // Currency prefixes glued to the dollar sign are one symbol: US$, HK$, C$, NZ$.
                    if (simple && i - start <= 3 && IsAsciiUpper(t[start..i])) { Emit(start, i + 1, TokenKind.Symbol); return i + 1; }
                    goto Done;
                case '%':
                    if (number && char.IsAsciiDigit(t[i - 1])) i++; // "10%" is one number
                    goto Done;
                case '&':
                    // AT&T, S&P, R&D: capitals on both sides.
                    if (i + 1 < n && char.IsAsciiLetterUpper(t[i - 1]) && char.IsAsciiLetterUpper(t[i + 1]))
                    {
                        i++;
                        simple = false;
                        continue;
                    }
                    goto Done;
                case '*':
                {
                    // Censored words (F*ck, s**t): stars between letters.
                    if (!CharClass.IsLetter(t[i - 1])) goto Done;
                    int j = i;
                    while (j < n && t[j] == '*') j++;
                    if (j >= n || !CharClass.IsLetter(t[j])) goto Done;
                    i = j;
                    simple = false;
                    continue;
                }
                case '@':
                case '_':
                case '+':
                {
                    if (TryEmail(start) is var email and > 0) { Emit(start, email, TokenKind.Email); return email; }
                    if (c == '_' && i + 1 < n && CharClass.IsWordStartAt(t, i + 1))
                    {
                        i++;
                        simple = false;
                        continue;
                    }
                    goto Done;
                }
                default:
                    goto Done;
            }
        }
    Done:
        Emit(start, i, number ? TokenKind.Number : TokenKind.Word);
        return i;
    }

    private static bool IsAsciiUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    private void EmitWord(int start, int end, bool number)
    {
        if (end > start) Emit(start, end, number ? TokenKind.Number : TokenKind.Word);
    }

    /// <summary>
    /// Decides what the apostrophe at <paramref name="apostrophe"/>, right after the word [start, apostrophe),
    /// is. Returns -1 when it is inside the word (O'Brien) and the word goes on; otherwise emits the word and
    /// what follows it and returns the index after them:
    /// a clitic ('s 'll 're 've 'd 'm, and n't taking the word's last n), a possessive apostrophe after a
    /// plural in s (Koreans'), or the closing quote of an open single quotation.
    /// </summary>
    private int SplitAtApostrophe(int start, int apostrophe, bool number)
    {
        ReadOnlySpan<char> t = _text;
        int n = t.Length;
        int next = apostrophe + 1;
        if (next < n && CharClass.IsLetter(t[next]))
        {
            int cliticEnd = CliticEnd(apostrophe);
            if (cliticEnd > 0)
            {
                EmitWord(start, apostrophe, number);
                Emit(apostrophe, cliticEnd, TokenKind.Clitic, NormalizedForms.Clitic(t[apostrophe..cliticEnd]));
                return cliticEnd;
            }
            // n't: don't → do n't, can't → ca n't, won't → wo n't (the Penn Treebank split).
            if (t[next] is 't' or 'T' && t[apostrophe - 1] is 'n' or 'N' && !IsWordContinuation(next + 1))
            {
                int nt = apostrophe - 1;
                EmitWord(start, nt, number);
                Emit(nt, next + 1, TokenKind.Clitic, NormalizedForms.Clitic(t[nt..(next + 1)]));
                return next + 1;
            }
            return -1;
        }

        // A trailing apostrophe. Inside an open single quotation it closes the quotation ("… with the US’.");
        // otherwise after a word in s it is the plural possessive ("Koreans'", "Workers’ Party"); after any
        // other word it can only be a closing quote.
        EmitWord(start, apostrophe, number);
        string? straight = t[apostrophe] == '\'' ? null : NormalizedForms.Apostrophe;
        if (!_singleQuoteOpen && t[apostrophe - 1] is 's' or 'S')
        {
            Emit(apostrophe, next, TokenKind.Clitic, straight);
        }
        else
        {
            Emit(apostrophe, next, TokenKind.Quote, straight);
            _singleQuoteOpen = false;
        }
        return next;
    }

    /// <summary>
    /// End of the clitic 's 'S 'll 're 've 'd 'm (any case) starting at the apostrophe <paramref name="apostrophe"/>
    /// and followed by no further word character, or -1.
    /// </summary>
    private readonly int CliticEnd(int apostrophe)
    {
        ReadOnlySpan<char> t = _text;
        int j = apostrophe + 1;
        int e = j;
        // Clitics have at most two letters, so looking at three is enough to say no.
        while (e < t.Length && e - j < 3 && CharClass.IsLetter(t[e])) e++;
        if (e == j || IsWordContinuation(e)) return -1;
        var tail = t[j..e];
        bool clitic = tail.Length switch
        {
            1 => (tail[0] | 0x20) is 's' or 'd' or 'm',
            2 => tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
                 || tail.Equals("re", StringComparison.OrdinalIgnoreCase)
                 || tail.Equals("ve", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
        return clitic ? e : -1;
    }

    private readonly bool IsWordContinuation(int i) => i < _text.Length && CharClass.IsWordStartAt(_text, i);

    /// <summary>
    /// Whether the hyphen at <paramref name="hyphen"/> joins the part starting at <paramref name="partStart"/>
    /// to the word after it. Joined: anything with a digit on either side (F-16, 2014-04-30, 24-hour), a
    /// lower-case left part (self-defence, pro-American), a lower-case right part (Il-sung, Beijing-based), and
    /// capitalised pairs listed as prefixes or whole compounds (Pro-Russian, Guinea-Bissau). Split: other
    /// capitalised pairs, which in news are dyads (DPRK-China, Pyongyang-Moscow, US-China).
    /// </summary>
    private readonly bool JoinsHyphen(int partStart, int hyphen)
    {
        ReadOnlySpan<char> t = _text;
        char left = t[partStart];
        char right = t[hyphen + 1];
        if (CharClass.IsDigit(left) || CharClass.IsDigit(right)) return true;
        if (!CharClass.IsUpper(left) || !CharClass.IsUpper(right)) return true;
        if (_lexicon.IsCompoundPrefix(t[partStart..hyphen])) return true;
        int limit = Math.Min(t.Length, partStart + _lexicon.MaxCompoundLength + 1);
        int end = hyphen + 1;
        while (end < limit && CharClass.IsLetter(t[end])) end++;
        return end - partStart <= _lexicon.MaxCompoundLength && _lexicon.IsCompound(t[partStart..end]);
    }

    /// <summary>
    /// End of the abbreviation made by the plain run [start, period) and the period at <paramref name="period"/>
    /// (and maybe more letter-period groups), or -1 when the period is ordinary punctuation.
    /// </summary>
    private readonly int AbbreviationEnd(int start, int period)
    {
        ReadOnlySpan<char> t = _text;
        int n = t.Length;
        if (period - start == 1 && CharClass.IsLetter(t[start]))
        {
            // Single letters joined by periods: U.S., D.P.R.K., e.g.; "U.S" without its last period too.
            int j = start;
            int groups = 0;
            do
            {
                groups++;
                j += 2;
            }
            while (j + 1 < n && CharClass.IsLetter(t[j]) && t[j + 1] == '.');
            if (j < n && CharClass.IsLetter(t[j]) && !IsWordContinuation(j + 1))
                return j + 1;
            if (groups >= 2) return j;
            // An initial: J. R. R. Tolkien, "my S." — but not "I.", far more often the pronoun or a numeral.
            if (CharClass.IsUpper(t[start]) && t[start] != 'I') return period + 1;
        }

        for (int k = start; k < period; k++)
            if (!CharClass.IsLetter(t[k])) return -1;

        // Listed abbreviations, trying longer forms with inner periods too (Ph.D.).
        int best = -1;
        int max = _lexicon.MaxAbbreviationLength;
        int end = period + 1;
        while (end - start <= max)
        {
            if (_lexicon.IsAbbreviation(t[start..end])) best = end;
            int m = end;
            while (m < n && m - start < max && CharClass.IsLetter(t[m])) m++;
            if (m == end || m >= n || t[m] != '.') break;
            end = m + 1;
        }
        return best;
    }
}
