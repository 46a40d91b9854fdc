using System.Globalization;

namespace EntityGraph.Tokenization;

/// <summary>
/// Emoji recognition by code-point ranges: the pictographic planes plus the BMP symbols that render as emoji.
/// An emoji token is a base followed by any number of modifiers (variation selectors, skin tones, the keycap
/// mark, tag characters) and further bases joined by ZWJ, so 👩🏽‍💻 or 🏴󠁧󠁢󠁳󠁣󠁴󠁿 stay one token.
/// </summary>
internal static class Emoji
{
    public const char VariationSelector16 = '\uFE0F';
    public const char VariationSelector15 = '\uFE0E';
    public const char ZeroWidthJoiner = '\u200D';
    public const char CombiningKeycap = '\u20E3';

    /// <summary>Whether a supplementary code point is an emoji base (mahjong tiles to symbols and pictographs extended-A).</summary>
    public static bool IsEmojiCodePoint(int cp) => cp is >= 0x1F000 and <= 0x1FAFF;

    /// <summary>Whether a BMP character is an emoji on its own (without a variation selector).</summary>
    public static bool IsBmpEmoji(char c)
    {
        if (c < '\u231A') return false;
        // Misc symbols and dingbats: only the pictographs (So); the block also holds brackets and circled digits.
        if (c is >= '\u2600' and <= '\u27BF') return char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol;
        return c is '\u231A' or '\u231B' or '\u2328' or '\u23CF' or (>= '\u23E9' and <= '\u23F3') or (>= '\u23F8' and <= '\u23FA')
            or '\u2B05' or '\u2B06' or '\u2B07' or '\u2B1B' or '\u2B1C' or '\u2B50' or '\u2B55'
            or '\u3030' or '\u303D' or '\u3297' or '\u3299';
    }

    /// <summary>Length (1 or 2) of the emoji base at <paramref name="i"/>, or 0 when there is none.</summary>
    public static int BaseLengthAt(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                && IsEmojiCodePoint(char.ConvertToUtf32(c, text[i + 1])) ? 2 : 0;
        }
        return IsBmpEmoji(c) ? 1 : 0;
    }

    /// <summary>
    /// End of the emoji sequence whose base (of <paramref name="baseLength"/> characters) starts at
    /// <paramref name="i"/>. Linear: every step consumes at least one character.
    /// </summary>
    public static int SequenceEnd(ReadOnlySpan<char> text, int i, int baseLength)
    {
        int n = text.Length;
        int j = i + baseLength;
        // A flag is a pair of regional indicators (U+1F1E6..U+1F1FF = D83C DDE6..DDFF).
        if (IsRegionalIndicatorAt(text, i) && IsRegionalIndicatorAt(text, j)) j += 2;
        while (true)
        {
            while (j < n)
            {
                char c = text[j];
                if (c is VariationSelector16 or VariationSelector15 or CombiningKeycap) { j++; continue; }
                // Skin tones U+1F3FB..U+1F3FF and tag characters U+E0020..U+E007F (subdivision flags).
                if (j + 1 < n && ((c == '\uD83C' && text[j + 1] is >= '\uDFFB' and <= '\uDFFF')
                                  || (c == '\uDB40' && text[j + 1] is >= '\uDC20' and <= '\uDC7F')))
                {
                    j += 2;
                    continue;
                }
                break;
            }
            if (j + 1 < n && text[j] == ZeroWidthJoiner)
            {
                int next = BaseLengthAt(text, j + 1);
                if (next > 0) { j += 1 + next; continue; }
            }
            return j;
        }
    }

    private static bool IsRegionalIndicatorAt(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i] == '\uD83C' && text[i + 1] is >= '\uDDE6' and <= '\uDDFF';
}
