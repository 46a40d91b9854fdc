using System.Globalization;
using System.Text;

namespace EntityGraph.Export;

/// <summary>
/// Turns any string (an entity id) into a valid <c>xs:NMTOKEN</c>, as GraphML requires for node ids, in a
/// deterministic and reversible way. ASCII letters, digits, <c>.</c>, <c>-</c>, <c>:</c> and <c>_</c> are
/// kept, so ids such as <c>country:PRK</c> pass through unchanged; every other UTF-16 code unit becomes
/// <c>_xHHHH_</c> (upper-case hex), the convention of <see cref="System.Xml.XmlConvert.EncodeName"/>. An
/// underscore that would start such a sequence is itself escaped, so decoding is unambiguous and two
/// different ids never share a token. The empty string, which is no NMTOKEN, becomes <c>_x_</c>.
/// </summary>
/// <remarks>
/// Only ASCII is kept because the set of non-ASCII name characters differs between editions of XML 1.0,
/// and readers disagree on which they implement.
/// </remarks>
internal static class NmToken
{
    private const string EmptyToken = "_x_";

    public static string Encode(string value)
    {
        if (value.Length == 0) return EmptyToken;
        int i = 0;
        while (i < value.Length && KeepsAt(value, i)) i++;
        if (i == value.Length) return value;

        var sb = new StringBuilder(value.Length + 16);
        sb.Append(value, 0, i);
        for (; i < value.Length; i++)
        {
            if (KeepsAt(value, i)) sb.Append(value[i]);
            else sb.Append("_x").Append(((int)value[i]).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
        }
        return sb.ToString();
    }

    /// <summary>Reverses <see cref="Encode"/>; text that is not an escape is copied as is.</summary>
    public static string Decode(string token)
    {
        if (token == EmptyToken) return "";
        if (!token.Contains("_x", StringComparison.Ordinal)) return token;
        var sb = new StringBuilder(token.Length);
        for (int i = 0; i < token.Length; i++)
        {
            if (token[i] == '_' && i + 6 < token.Length && token[i + 1] == 'x' && token[i + 6] == '_'
                && ushort.TryParse(token.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                sb.Append((char)unit);
                i += 6;
            }
            else sb.Append(token[i]);
        }
        return sb.ToString();
    }

    private static bool KeepsAt(string value, int i)
    {
        char c = value[i];
        if (c == '_') return !(i + 1 < value.Length && value[i + 1] == 'x');
        return char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':';
    }
}
