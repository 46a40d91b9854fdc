using System.Globalization;

namespace EntityGraph.Export;

/// <summary>
/// The spellings the writers use for numbers and dates, formatted into a caller's buffer instead of a new
/// string (a million-edge export formats several million of them). Each matches, character for character,
/// the allocating call it replaces; the tests compare them over random and special values.
/// </summary>
internal static class ValueText
{
    /// <summary>Longest spelling of a double ("R": up to 17 digits, sign, point, exponent) with room to spare.</summary>
    public const int MaxLength = 32;

    /// <summary>As <see cref="System.Xml.XmlConvert.ToString(int)"/>.</summary>
    public static int FormatXml(int value, Span<char> destination) =>
        value.TryFormat(destination, out int n, default, NumberFormatInfo.InvariantInfo) ? n : throw TooShort();

    /// <summary>As <see cref="System.Xml.XmlConvert.ToString(double)"/>: <c>INF</c>, <c>-INF</c>, <c>-0</c>, else round-trip.</summary>
    public static int FormatXml(double value, Span<char> destination)
    {
        if (double.IsNegativeInfinity(value)) return Copy("-INF", destination);
        if (double.IsPositiveInfinity(value)) return Copy("INF", destination);
        if (value == 0 && double.IsNegative(value)) return Copy("-0", destination);
        return value.TryFormat(destination, out int n, "R", NumberFormatInfo.InvariantInfo) ? n : throw TooShort();
    }

    /// <summary>
    /// As Newtonsoft's <c>JsonTextWriter.WriteValue(double)</c> with <c>FloatFormatHandling.Symbol</c>: round-trip,
    /// with <c>.0</c> added to a finite whole number, and <c>NaN</c>/<c>Infinity</c>/<c>-Infinity</c> bare.
    /// </summary>
    public static int FormatJson(double value, Span<char> destination)
    {
        if (!value.TryFormat(destination, out int n, "R", CultureInfo.InvariantCulture)) throw TooShort();
        if (double.IsFinite(value) && destination[..n].IndexOfAny('.', 'E', 'e') < 0)
        {
            if (n + 2 > destination.Length) throw TooShort();
            destination[n++] = '.';
            destination[n++] = '0';
        }
        return n;
    }

    /// <summary>As <see cref="GraphValues.Date(DateOnly)"/>.</summary>
    public static int FormatDate(DateOnly date, Span<char> destination) =>
        date.TryFormat(destination, out int n, GraphValues.DateFormat, CultureInfo.InvariantCulture) ? n : throw TooShort();

    private static int Copy(string text, Span<char> destination)
    {
        text.CopyTo(destination);
        return text.Length;
    }

    private static InvalidOperationException TooShort() => new("value buffer too short (a bug in the writer)");
}
