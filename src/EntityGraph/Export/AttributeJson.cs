using System.Text.Json;

namespace EntityGraph.Export;

/// <summary>
/// Small JSON values inside XML attribute values (GraphML <c>data</c>): a node's vote tables as objects
/// (<c>{"North Korea": 3, "DPRK": 1}</c>, value → count, in ordinal order) and the graph's document ids as an
/// array of strings. JSON rather than a delimiter-joined list because names and ids may contain any
/// delimiter. Strings are stripped of XML-illegal characters by the caller.
/// </summary>
internal static class AttributeJson
{
    /// <summary>A vote table as a JSON object, in the table's order, into <paramref name="scratch"/> (finished).</summary>
    public static void WriteVotes<T>(IReadOnlyDictionary<T, int> votes, Func<T, string> name, JsonScratch scratch)
        where T : notnull
    {
        var json = scratch.Start();
        json.WriteStartObject();
        foreach (var (value, count) in votes) json.WriteNumber(name(value), count);
        json.WriteEndObject();
        scratch.Finish();
    }

    /// <summary>Reads a vote table: an object of positive whole numbers, no name twice.</summary>
    /// <exception cref="FormatException">It is not one; the message says what is wrong.</exception>
    public static List<KeyValuePair<string, int>> ReadVotes(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException("not a JSON object of value → count");
            var result = new List<KeyValuePair<string, int>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (!seen.Add(p.Name)) throw new FormatException($"'{p.Name}' is given twice");
                if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetInt32(out int n) || n <= 0)
                    throw new FormatException($"the count of '{p.Name}' must be a whole number from 1 to {int.MaxValue}");
                result.Add(new(p.Name, n));
            }
            return result;
        }
        catch (JsonException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    /// <summary>Strings as a JSON array, into <paramref name="scratch"/> (finished).</summary>
    public static void WriteStrings(IEnumerable<string> values, JsonScratch scratch)
    {
        var json = scratch.Start();
        json.WriteStartArray();
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
        scratch.Finish();
    }

    /// <summary>Reads a JSON array of strings.</summary>
    /// <exception cref="FormatException">It is not one.</exception>
    public static List<string> ReadStrings(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Array) throw new FormatException("not a JSON array of strings");
            var result = new List<string>();
            foreach (var item in doc.RootElement.EnumerateArray())
                result.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw new FormatException($"item {result.Count} is not a string"));
            return result;
        }
        catch (JsonException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
    }
}
