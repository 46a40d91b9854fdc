using System.Text.Json;
using EntityGraph.Documents;
using EntityGraph.Graphs;

namespace EntityGraph.Export;

/// <summary>
/// The evidence of an edge as one compact JSON array, for formats whose attribute values are plain strings
/// (GraphML, GEXF, CSV). Each item is
/// <c>{"document": string|null, "sentence", "start", "length", "text", "confidence", "date"?, "goldstein"?, "quad_class"?, "cameo"?}</c>;
/// the optional members are left out when unknown. Strings are stripped of XML-illegal characters first (a
/// lone surrogate cannot be JSON text at all once encoded as UTF-8). A number that is not finite is written
/// as the string <c>"NaN"</c>, <c>"Infinity"</c> or <c>"-Infinity"</c>, since JSON has no spelling for it.
/// </summary>
internal static class EvidenceJson
{
    private static readonly JsonEncodedText Document = JsonEncodedText.Encode("document");
    private static readonly JsonEncodedText Sentence = JsonEncodedText.Encode("sentence");
    private static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText Length = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText Goldstein = JsonEncodedText.Encode("goldstein");
    private static readonly JsonEncodedText QuadClass = JsonEncodedText.Encode("quad_class");
    private static readonly JsonEncodedText Cameo = JsonEncodedText.Encode("cameo");

    /// <summary>
    /// Writes the JSON into <paramref name="scratch"/> (finished: read it from <see cref="JsonScratch.Text"/> or
    /// <see cref="JsonScratch.WriteTo"/>). Nothing is allocated per item unless a string needs cleaning.
    /// </summary>
    public static void Write(IReadOnlyList<EdgeEvidence> items, JsonScratch scratch)
    {
        var json = scratch.Start();
        Span<char> date = stackalloc char[ValueText.MaxLength];
        json.WriteStartArray();
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var e = item.Evidence;
            json.WriteStartObject();
            if (e.DocumentId is null) json.WriteNull(Document);
            else json.WriteString(Document, XmlChars.RemoveIllegal(e.DocumentId));
            json.WriteNumber(Sentence, e.SentenceIndex);
            json.WriteNumber(Start, e.Span.Start);
            json.WriteNumber(Length, e.Span.Length);
            json.WriteString(Text, XmlChars.RemoveIllegal(e.SentenceText ?? ""));
            WriteDouble(json, Confidence, item.Confidence);
            if (item.Date is { } d) json.WriteString(DateName, date[..ValueText.FormatDate(d, date)]);
            if (item.Goldstein is { } goldstein) WriteDouble(json, Goldstein, goldstein);
            if (item.QuadClass is { } quad) json.WriteNumber(QuadClass, quad);
            if (item.Cameo is { } cameo) json.WriteString(Cameo, XmlChars.RemoveIllegal(cameo));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        scratch.Finish();
    }

    /// <summary>Reads what <see cref="Write"/> wrote, in the file's order.</summary>
    /// <exception cref="FormatException">The text is not such an array; the message says which item and what is wrong.</exception>
    public static EdgeEvidence[] Read(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Array) throw new FormatException("not an array");
            var result = new EdgeEvidence[doc.RootElement.GetArrayLength()];
            int i = 0;
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) throw new FormatException($"item {i} is not an object");
                string? documentId = null, sentenceText = null, cameo = null;
                int sentence = -1, start = -1, length = -1;
                double? confidence = null, goldstein = null;
                int? quad = null;
                DateOnly? date = null;
                bool hasDocument = false;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in item.EnumerateObject())
                {
                    if (!seen.Add(p.Name)) throw new FormatException($"item {i} has '{p.Name}' twice");
                    var v = p.Value;
                    switch (p.Name)
                    {
                        case "document":
                            hasDocument = true;
                            documentId = v.ValueKind == JsonValueKind.Null ? null : String(v, i, p.Name);
                            break;
                        case "sentence": sentence = Count(v, i, p.Name); break;
                        case "start": start = Count(v, i, p.Name); break;
                        case "length": length = Count(v, i, p.Name); break;
                        case "text": sentenceText = String(v, i, p.Name); break;
                        case "confidence": confidence = Double(v, i, p.Name); break;
                        case "goldstein": goldstein = Double(v, i, p.Name); break;
                        case "quad_class": quad = Count(v, i, p.Name); break;
                        case "cameo": cameo = String(v, i, p.Name); break;
                        case "date":
                            string d = String(v, i, p.Name);
                            if (!GraphValues.TryParseDate(d, out var parsed))
                                throw new FormatException($"item {i} has 'date' '{d}', not a yyyy-MM-dd date");
                            date = parsed;
                            break;
                        default: throw new FormatException($"item {i} has an unknown property '{p.Name}'");
                    }
                }
                if (!hasDocument || sentence < 0 || start < 0 || length < 0 || sentenceText is null || confidence is null)
                    throw new FormatException($"item {i} lacks one of document, sentence, start, length, text and confidence");
                result[i++] = new EdgeEvidence(new Evidence(documentId, sentence, new TextSpan(start, length), sentenceText), confidence.Value)
                {
                    Date = date,
                    Goldstein = goldstein,
                    QuadClass = quad,
                    Cameo = cameo,
                };
            }
            return result;
        }
        catch (JsonException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    private static void WriteDouble(Utf8JsonWriter json, JsonEncodedText name, double value)
    {
        if (double.IsFinite(value)) json.WriteNumber(name, value);
        else json.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    }

    private static string String(JsonElement v, int item, string name) =>
        v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new FormatException($"item {item}: '{name}' must be a string");

    private static int Count(JsonElement v, int item, string name) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int n) && n >= 0
            ? n
            : throw new FormatException($"item {item}: '{name}' must be a whole number from 0 to {int.MaxValue}");

    private static double Double(JsonElement v, int item, string name)
    {
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out double d)) return d;
        if (v.ValueKind == JsonValueKind.String)
        {
            switch (v.GetString())
            {
                case "NaN": return double.NaN;
                case "Infinity": return double.PositiveInfinity;
                case "-Infinity": return double.NegativeInfinity;
            }
        }
        throw new FormatException($"item {item}: '{name}' must be a number");
    }
}
