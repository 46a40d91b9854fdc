using System.Globalization;
using EntityGraph.Documents;

namespace EntityGraph.Tokenization;

internal ref partial struct TokenScanner
{
    /// <summary>
    /// If an e-mail address starts at <paramref name="start"/>, returns where it ends; otherwise -1. Called
    /// only when a word stops at a character an address may hold (. - _ + @), and memoised per run of
    /// local-part characters, so a long run such as "a.a.a.a…" is scanned once, not once per word.
    /// </summary>
    private int TryEmail(int start)
    {
        if (start >= _emailLocalEnd)
        {
            ReadOnlySpan<char> t = _text;
            int j = start;
            while (j < t.Length && IsEmailLocalChar(t[j])) j++;
            _emailLocalEnd = j;
            _emailEnd = j < t.Length && t[j] == '@' ? EmailDomainEnd(j + 1) : -1;
        }
        return _emailEnd;
    }

    private static bool IsEmailLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    // Domain labels of ASCII letters, digits and hyphens separated by single periods; at least two labels and
    // a last label of two or more letters. A period after the last label is sentence punctuation, not domain.
    private readonly int EmailDomainEnd(int d)
    {
        ReadOnlySpan<char> t = _text;
        int j = d;
        int labels = 0;
        int end = -1;
        while (true)
        {
            int labelStart = j;
            bool letters = true;
            while (j < t.Length && (char.IsAsciiLetterOrDigit(t[j]) || t[j] == '-'))
            {
                if (!char.IsAsciiLetter(t[j])) letters = false;
                j++;
            }
            if (j == labelStart) break;
            labels++;
            if (labels >= 2 && letters && j - labelStart >= 2) end = j;
            if (j + 1 < t.Length && t[j] == '.' && char.IsAsciiLetterOrDigit(t[j + 1])) { j++; continue; }
            break;
        }
        return end;
    }

    // A URL scheme before "://": 2 to 10 ASCII letters (http, https, ftp, …).
    private static bool IsScheme(ReadOnlySpan<char> scheme)
    {
        if (scheme.Length is < 2 or > 10) return false;
        foreach (char c in scheme)
            if (!char.IsAsciiLetter(c)) return false;
        return true;
    }

    /// <summary>
    /// Emits the URL that starts at <paramref name="start"/> and whose body (after "scheme://" or "www.")
    /// starts at <paramref name="body"/>, and returns its end; -1 (nothing emitted) when the body is empty.
    /// The URL runs to white space or a character URLs do not hold; trailing sentence punctuation is given
    /// back, and a closing bracket only when the URL has no matching opening one (Wikipedia-style links keep theirs).
    /// </summary>
    private int ScanUrl(int start, int body)
    {
        ReadOnlySpan<char> t = _text;
        int end = body;
        int openParens = 0, closeParens = 0, openSquare = 0, closeSquare = 0;
        while (end < t.Length && IsUrlChar(t[end]))
        {
            switch (t[end])
            {
                case '(': openParens++; break;
                case ')': closeParens++; break;
                case '[': openSquare++; break;
                case ']': closeSquare++; break;
            }
            end++;
        }
        while (end > body)
        {
            char last = t[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*') { end--; continue; }
            if (last == ')' && closeParens > openParens) { closeParens--; end--; continue; }
            if (last == ']' && closeSquare > openSquare) { closeSquare--; end--; continue; }
            break;
        }
        if (end == body) return -1;
        Emit(start, end, TokenKind.Url);
        return end;
    }

    // Printable ASCII except the characters that delimit URLs in text (quotes, angle brackets, braces,
    // backtick, backslash, pipe), plus non-ASCII letters, digits and marks (internationalised addresses).
    private static bool IsUrlChar(char c)
    {
        if (c < 128) return c > ' ' && c != 127 && c is not ('"' or '<' or '>' or '`' or '{' or '}' or '|' or '\\');
        return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark;
    }
}
