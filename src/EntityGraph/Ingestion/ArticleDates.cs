using System.Globalization;

namespace EntityGraph.Ingestion;

/// <summary>Reads the publication dates that article metadata carries.</summary>
public static class ArticleDates
{
    /// <summary>
    /// Accepts <c>yyyy-MM-dd</c>, or an ISO 8601 date-time that starts with one (<c>2014-03-01T08:00:00Z</c>),
    /// whose date is taken as written: converting to another time zone could move it to another day.
    /// Surrounding white space is ignored. Thread-safe.
    /// </summary>
    /// <param name="text">The date as written.</param>
    /// <param name="date">The date, when the result is <c>true</c>.</param>
    /// <returns>Whether <paramref name="text"/> is such a date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (text.Length < 10 || !DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return false;
        if (text.Length > 10 && !((text[10] == 'T' || text[10] == ' ')
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)))
            return false;
        date = d;
        return true;
    }
}
