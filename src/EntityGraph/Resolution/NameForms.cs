using System.Text;
using EntityGraph.Documents;

namespace EntityGraph.Resolution;

/// <summary>
/// The forms a name is compared and identified by. Matching ignores case, spaces, hyphens, apostrophes and
/// periods, so "Kim Jong-il", "Kim Jong Il" and "KIM JONG-IL" meet, and so do "Xi Jin Ping" and "Xi Jinping";
/// ids keep word breaks readable ("person:kim-jong-il"). Pure functions, thread-safe.
/// </summary>
internal static class NameForms
{
    /// <summary>Lower-case letters and digits only: the key two spellings of one name share.</summary>
    public static string MatchKey(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        int n = 0;
        foreach (char c in name)
            if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
        return new string(buffer[..n]);
    }

    /// <summary>
    /// The name part of an id: lower-case letters and digits, every run of other characters (spaces, hyphens,
    /// periods) one hyphen, apostrophes dropped ("Korean Workers’ Party" → <c>korean-workers-party</c>).
    /// Empty when the name has no letter or digit.
    /// </summary>
    public static string Slug(ReadOnlySpan<char> name)
    {
        var sb = new StringBuilder(name.Length);
        bool gap = false;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && sb.Length > 0) sb.Append('-');
                gap = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (!IsApostrophe(c)) gap = true;
        }
        return sb.ToString();
    }

    /// <summary>Whether <paramref name="c"/> is an apostrophe, straight or curly.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`';

    /// <summary>The text of a token with a trailing period removed ("Mr." → "Mr"), for word-list lookups.</summary>
    public static ReadOnlySpan<char> Word(Document document, Token token)
    {
        var w = token.Normalized is { } n ? n.AsSpan() : token.TextIn(document.Text);
        return w.Length > 1 && w[^1] == '.' ? w[..^1] : w;
    }

    /// <summary>Whether the token is a possessive clitic ("’s", "'s") or a lone apostrophe.</summary>
    public static bool IsPossessive(Document document, Token token)
    {
        var w = token.TextIn(document.Text);
        return (w.Length == 2 && IsApostrophe(w[0]) && (w[1] == 's' || w[1] == 'S')) || (w.Length == 1 && IsApostrophe(w[0]));
    }

    /// <summary>Whether the token starts with an upper-case letter or a digit.</summary>
    public static bool IsCapitalised(Document document, Token token)
    {
        var w = token.TextIn(document.Text);
        return w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    /// <summary>
    /// The tokens <paramref name="first"/>..<paramref name="end"/> joined: normalised forms, one space where
    /// the text has a gap.
    /// </summary>
    public static string Join(Document document, int first, int end)
    {
        var tokens = document.Tokens;
        var sb = new StringBuilder();
        for (int i = first; i < end; i++)
        {
            if (i > first && tokens[i].Start > tokens[i - 1].End) sb.Append(' ');
            sb.Append(tokens[i].NormalizedText(document.Text));
        }
        return sb.ToString();
    }

    /// <summary>The span's text with each run of white space read as one space.</summary>
    public static string Surface(string text, TextSpan span)
    {
        var slice = span.Slice(text);
        // Most names hold only single spaces: return them without building a new string char by char.
        bool plain = true;
        for (int k = 0; k < slice.Length && plain; k++)
            plain = !char.IsWhiteSpace(slice[k]) || (slice[k] == ' ' && k > 0 && k < slice.Length - 1 && slice[k - 1] != ' ');
        if (plain) return slice.ToString();
        var sb = new StringBuilder(slice.Length);
        bool space = false;
        foreach (char c in slice)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
