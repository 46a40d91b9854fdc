using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EntityGraph.Exporter;

/// <summary>One input line of <c>extract</c>: either an article to process or the reason it was rejected.</summary>
/// <param name="LineNumber">1-based physical line number in the input.</param>
/// <param name="Id">The id to echo in the output: the line's <c>id</c> as given (a string or a number), or
/// the line number when the line has no id (or <c>"id": null</c>).</param>
/// <param name="DocumentId">The id as text, for <see cref="Documents.Document.Id"/>.</param>
/// <param name="Text">The article text, or <c>null</c> when the line is bad.</param>
/// <param name="Date">The publication date, when given.</param>
/// <param name="Error">Why the line is bad, or <c>null</c> when it is good.</param>
public sealed record JsonLine(int LineNumber, JToken? Id, string? DocumentId, string? Text, DateOnly? Date, string? Error)
{
    /// <summary>Whether the line can be processed.</summary>
    public bool IsGood => Error is null;
}

/// <summary>
/// Reads JSON Lines of <c>{"id": string|number, "text": string, "date": "yyyy-MM-dd"?}</c> one line at a
/// time. Blank (whitespace-only) lines are skipped silently; any other line that is not one such object
/// comes back with an <see cref="JsonLine.Error"/> instead of throwing, so one bad line never stops a run.
/// Members other than <c>id</c>, <c>text</c> and <c>date</c> are ignored. A UTF-8 byte-order mark is the
/// reader's business (<see cref="StreamReader"/> drops it).
/// </summary>
public static class JsonLinesReader
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        // Two "text" members would make it a guess which one the user meant.
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
        LineInfoHandling = LineInfoHandling.Ignore,
    };

    /// <summary>Reads the lines of <paramref name="reader"/> lazily, in order, skipping blank ones.</summary>
    /// <exception cref="IOException">Reading failed (the caller reports it as an input error).</exception>
    public static IEnumerable<JsonLine> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(line, lineNumber);
        }
    }

    /// <summary>Parses one non-blank line.</summary>
    /// <param name="line">The line, without its line break.</param>
    /// <param name="lineNumber">Its 1-based number, used as the id when the line has none.</param>
    public static JsonLine Parse(string line, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        JToken token;
        try
        {
            using var json = new JsonTextReader(new StringReader(line))
            {
                // Dates and numbers come back as written: "2014-03-01" stays a string we check ourselves,
                // and a numeric id keeps its digits (no double rounding).
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                SupportMultipleContent = true, // so that trailing content is ours to report, below
            };
            token = JToken.ReadFrom(json, LoadSettings);
            while (json.Read())
            {
                if (json.TokenType != JsonToken.Comment)
                    return Bad(lineNumber, $"extra content after the JSON value at column {json.LinePosition}");
            }
        }
        catch (JsonReaderException e)
        {
            // Newtonsoft ends its message with "Path '', line 1, position N.": the line is ours to give.
            string message = e.Message;
            int path = message.LastIndexOf(" Path '", StringComparison.Ordinal);
            if (path > 0) message = message[..path];
            return Bad(lineNumber, $"not valid JSON at column {e.LinePosition}: {message.TrimEnd('.', ' ')}");
        }

        if (token is not JObject obj)
            return Bad(lineNumber, $"expected a JSON object, found {Describe(token)}");

        JToken id;
        string documentId;
        var idToken = obj["id"];
        switch (idToken?.Type)
        {
            case null or JTokenType.Null:
                id = new JValue(lineNumber);
                documentId = lineNumber.ToString(CultureInfo.InvariantCulture);
                break;
            case JTokenType.String:
                id = idToken;
                documentId = (string)idToken!;
                break;
            case JTokenType.Integer or JTokenType.Float:
                id = idToken;
                documentId = idToken!.ToString(Formatting.None);
                break;
            default:
                return Bad(lineNumber, $"\"id\" is {Describe(idToken!)}; it must be a string or a number");
        }

        var textToken = obj["text"];
        if (textToken is null) return Bad(lineNumber, "missing \"text\"");
        if (textToken.Type != JTokenType.String)
            return Bad(lineNumber, $"\"text\" is {Describe(textToken)}; it must be a string");

        DateOnly? date = null;
        var dateToken = obj["date"];
        if (dateToken is not null && dateToken.Type != JTokenType.Null)
        {
            if (dateToken.Type != JTokenType.String || !TryParseDate((string)dateToken!, out var d))
                return Bad(lineNumber, $"\"date\" is {Describe(dateToken)}; it must be a date such as \"2014-03-01\" (an ISO 8601 date-time is accepted, its date part is used)");
            date = d;
        }

        return new JsonLine(lineNumber, id, documentId, (string)textToken!, date, null);
    }

    /// <summary>
    /// Accepts <c>yyyy-MM-dd</c>, or an ISO 8601 date-time starting with one (<c>2014-03-01T08:00:00Z</c>),
    /// whose date is taken as written: converting to another time zone could move it to another day.
    /// </summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length < 10 || !DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return false;
        if (text.Length > 10 && !(text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)))
            return false;
        date = d;
        return true;
    }

    private static JsonLine Bad(int lineNumber, string reason) => new(lineNumber, null, null, null, null, reason);

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.String => $"the string {Shorten(token.ToString(Formatting.None))}",
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.Integer or JTokenType.Float => $"the number {Shorten(token.ToString(Formatting.None))}",
        JTokenType.Boolean => $"the boolean {token.ToString(Formatting.None)}",
        JTokenType.Null => "null",
        _ => token.Type.ToString(),
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";
}
