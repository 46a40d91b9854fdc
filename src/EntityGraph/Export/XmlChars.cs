using System.Text;

namespace EntityGraph.Export;

/// <summary>
/// Removes characters that XML 1.0 cannot carry at all, not even as character references: C0 controls
/// other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. Anything else is left
/// to the <see cref="System.Xml.XmlWriter"/> to escape.
/// </summary>
internal static class XmlChars
{
    /// <summary>Returns <paramref name="value"/> itself when it is clean (the common case), else a cleaned copy.</summary>
    public static string RemoveIllegal(string value)
    {
        // Fast path: everything in [U+0020, U+D7FF] is legal, which covers nearly all real text.
        int first = value.AsSpan().IndexOfAnyExceptInRange('\u0020', '\uD7FF');
        if (first < 0) return value;
        int bad = FirstIllegal(value, first);
        if (bad < 0) return value;

        var sb = new StringBuilder(value.Length);
        sb.Append(value, 0, bad);
        for (int i = bad; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (IsLegalSingle(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>Whether <paramref name="value"/> has no character that <see cref="RemoveIllegal"/> would drop.</summary>
    public static bool IsClean(string value) => FirstIllegal(value, 0) < 0;

    /// <summary>Whether <paramref name="value"/> has no character that <see cref="RemoveIllegal"/> would drop.</summary>
    public static bool IsClean(ReadOnlySpan<char> value)
    {
        int first = value.IndexOfAnyExceptInRange('\u0020', '\uD7FF');
        return first < 0 || FirstIllegal(value, first) < 0;
    }

    private static int FirstIllegal(ReadOnlySpan<char> value, int from)
    {
        for (int i = from; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (!IsLegalSingle(c)) return i;
        }
        return -1;
    }

    // A character that is legal on its own, i.e. not part of a surrogate pair.
    private static bool IsLegalSingle(char c) =>
        c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
