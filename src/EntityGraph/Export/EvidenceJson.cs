using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EntityGraph.Documents;

namespace EntityGraph.Export;

/// <summary>
/// The evidence of an edge as one compact JSON array of <c>{document, sentence, start, length, text}</c>
/// objects, for XML formats (GraphML, GEXF) whose attribute values are plain strings. Strings are stripped of
/// XML-illegal characters first (a lone surrogate cannot be JSON text at all once encoded as UTF-8).
/// </summary>
internal static class EvidenceJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        // The JSON ends up inside XML, which escapes what it must; HTML-safe escaping would only make the
        // sentences unreadable (every quote and apostrophe as \uXXXX).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON text; <paramref name="buffer"/> is scratch space reused across calls by one writer.</summary>
    public static string Write(IReadOnlyList<Evidence> evidence, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var e in evidence)
            {
                json.WriteStartObject();
                if (e.DocumentId is null) json.WriteNull("document");
                else json.WriteString("document", XmlChars.RemoveIllegal(e.DocumentId));
                json.WriteNumber("sentence", e.SentenceIndex);
                json.WriteNumber("start", e.Span.Start);
                json.WriteNumber("length", e.Span.Length);
                json.WriteString("text", XmlChars.RemoveIllegal(e.SentenceText ?? ""));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
