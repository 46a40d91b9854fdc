using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace EntityGraph.Export;

/// <summary>
/// Writes JSON strings so that no character is lost. Newtonsoft leaves surrogates unescaped, and a UTF-8
/// encoder then replaces an unpaired one with U+FFFD; such strings (rare) get the lone surrogates written as
/// <c>\uXXXX</c> escapes, which JSON allows and Python's <c>json</c> and Newtonsoft read back exactly.
/// </summary>
internal static class JsonStrings
{
    public static void Write(JsonWriter writer, string value)
    {
        if (!HasUnpairedSurrogate(value))
        {
            writer.WriteValue(value);
            return;
        }
        writer.WriteRawValue(Escaped(value));
    }

    /// <summary>Writes a property name, with lone surrogates escaped as in <see cref="Write"/> (names can be any string: vote tables are keyed by names).</summary>
    public static void WritePropertyName(JsonWriter writer, string name)
    {
        if (!HasUnpairedSurrogate(name))
        {
            writer.WritePropertyName(name);
            return;
        }
        string quoted = Escaped(name);
        writer.WritePropertyName(quoted[1..^1], escape: false);
    }

    // The value as a quoted JSON string with every lone surrogate as a \uXXXX escape.
    private static string Escaped(string value)
    {
        string quoted = JsonConvert.ToString(value); // Newtonsoft's escaping for everything else
        var sb = new StringBuilder(quoted.Length + 16);
        for (int i = 0; i < quoted.Length; i++)
        {
            char c = quoted[i];
            if (char.IsHighSurrogate(c) && i + 1 < quoted.Length && char.IsLowSurrogate(quoted[i + 1]))
                sb.Append(c).Append(quoted[++i]);
            else if (char.IsSurrogate(c))
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    public static void WriteProperty(JsonWriter writer, string name, string value)
    {
        writer.WritePropertyName(name);
        Write(writer, value);
    }

    public static bool HasUnpairedSurrogate(string value)
    {
        int i = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0) return false;
        for (; i < value.Length; i++)
        {
            char c = value[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            return true;
        }
        return false;
    }
}
