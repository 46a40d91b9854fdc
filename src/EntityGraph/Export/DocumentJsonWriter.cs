using System.Globalization;
using EntityGraph.Documents;
using EntityGraph.Knowledge;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EntityGraph.Export;

/// <summary>
/// Writes one processed <see cref="Document"/> as a single compact JSON object (no indentation, no line
/// breaks, so one document per line makes JSON Lines):
/// <code>
/// {"id":…,"entities":[{"id","name","type","kind"?,"iso3"?,"country"?,"aliases":[…],"mentions":[{"start","end","text"}]}],
///  "relations":[{"source","target","type","category"?,"cameo"?,"quadClass"?,"goldstein"?,"confidence","negated",
///                "evidence":{"sentence","start","end","text"}}]}
/// </code>
/// Keys always come in this order. Members marked <c>?</c> are left out when they have no value (an
/// organisation of unknown <c>kind</c>, a relation without a PLOVER <c>category</c>). <c>type</c> and
/// <c>kind</c> are the names of <see cref="EntityType"/> and <see cref="OrganizationKind"/>
/// (<c>Country</c>, <c>Igo</c>). Relation <c>source</c>/<c>target</c> are entity ids of the same object.
/// Every <c>start</c>/<c>end</c> is a 0-based offset in UTF-16 code units into <see cref="Document.Text"/>,
/// <c>end</c> exclusive, so <c>text == Text.Substring(start, end - start)</c>; <c>sentence</c> is the 0-based
/// sentence index. Strings stay readable (non-ASCII is written as is) except for unpaired surrogates, which
/// are written as <c>\uXXXX</c> escapes so that no character of the text is lost to an encoder.
/// Output is deterministic for the same document. Stateless and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var doc = Pipeline.CreateDefault().Process(text, id: "a1");
/// Console.WriteLine(DocumentJsonWriter.WriteToString(doc));
/// </code>
/// </example>
public static class DocumentJsonWriter
{
    /// <summary>
    /// Writes <paramref name="document"/> as one JSON object to <paramref name="writer"/>, which stays open
    /// and is not flushed. Nothing is written before or after the object (no line break).
    /// </summary>
    /// <param name="document">The processed document.</param>
    /// <param name="writer">Where the object goes; its formatting settings apply.</param>
    /// <param name="id">The value written as <c>"id"</c> in place of <see cref="Document.Id"/>, for callers
    /// that must echo an id exactly as they received it (a JSON number stays a number). When <c>null</c>,
    /// <see cref="Document.Id"/> is written as a string, or <c>"id"</c> is left out if the document has none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(Document document, JsonWriter writer, JToken? id = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        string text = document.Text;

        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WritePropertyName("id");
            id.WriteTo(writer);
        }
        else if (document.Id is not null)
        {
            JsonStrings.WriteProperty(writer, "id", document.Id);
        }

        writer.WritePropertyName("entities");
        writer.WriteStartArray();
        foreach (var entity in document.Entities)
        {
            writer.WriteStartObject();
            JsonStrings.WriteProperty(writer, "id", entity.Id);
            JsonStrings.WriteProperty(writer, "name", entity.Name);
            writer.WritePropertyName("type");
            writer.WriteValue(entity.Type.ToString());
            if (entity.Kind != OrganizationKind.None)
            {
                writer.WritePropertyName("kind");
                writer.WriteValue(entity.Kind.ToString());
            }
            WriteOptional(writer, "iso3", entity.Iso3);
            WriteOptional(writer, "country", entity.Country);
            writer.WritePropertyName("aliases");
            writer.WriteStartArray();
            foreach (var alias in entity.Aliases) WriteString(writer, alias);
            writer.WriteEndArray();
            writer.WritePropertyName("mentions");
            writer.WriteStartArray();
            foreach (var mention in entity.Mentions)
            {
                writer.WriteStartObject();
                WriteSpan(writer, text, mention.Span);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WritePropertyName("relations");
        writer.WriteStartArray();
        foreach (var relation in document.Relations)
        {
            writer.WriteStartObject();
            JsonStrings.WriteProperty(writer, "source", relation.Source);
            JsonStrings.WriteProperty(writer, "target", relation.Target);
            JsonStrings.WriteProperty(writer, "type", relation.Type);
            WriteOptional(writer, "category", relation.Category);
            WriteOptional(writer, "cameo", relation.Cameo);
            if (relation.QuadClass is { } quad)
            {
                writer.WritePropertyName("quadClass");
                writer.WriteValue(quad);
            }
            if (relation.Goldstein is { } goldstein)
            {
                writer.WritePropertyName("goldstein");
                writer.WriteValue(goldstein);
            }
            writer.WritePropertyName("confidence");
            writer.WriteValue(relation.Confidence);
            writer.WritePropertyName("negated");
            writer.WriteValue(relation.Negated);
            writer.WritePropertyName("evidence");
            writer.WriteStartObject();
            writer.WritePropertyName("sentence");
            writer.WriteValue(relation.Evidence.SentenceIndex);
            WriteSpan(writer, text, relation.Evidence.Span);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes <paramref name="document"/> as one compact JSON object to <paramref name="writer"/>, which
    /// stays open; no line break follows.
    /// </summary>
    /// <param name="document">The processed document.</param>
    /// <param name="writer">Where the object goes.</param>
    /// <param name="id">See <see cref="Write(Document, JsonWriter, JToken?)"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(Document document, TextWriter writer, JToken? id = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        using var json = CreateWriter(writer);
        Write(document, json, id);
        json.Flush();
    }

    /// <summary>The compact JSON object of <paramref name="document"/>.</summary>
    /// <param name="document">The processed document.</param>
    /// <param name="id">See <see cref="Write(Document, JsonWriter, JToken?)"/>.</param>
    public static string WriteToString(Document document, JToken? id = null)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        Write(document, sw, id);
        return sw.ToString();
    }

    /// <summary>
    /// A <see cref="JsonTextWriter"/> with the settings this class uses: no indentation, invariant culture,
    /// and <paramref name="writer"/> left open when the JSON writer is disposed. Reuse one for many
    /// documents to avoid an allocation per object.
    /// </summary>
    public static JsonTextWriter CreateWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new JsonTextWriter(writer)
        {
            Formatting = Formatting.None,
            CloseOutput = false,
            Culture = CultureInfo.InvariantCulture,
            StringEscapeHandling = StringEscapeHandling.Default,
            FloatFormatHandling = FloatFormatHandling.String,
        };
    }

    private static void WriteSpan(JsonWriter writer, string text, TextSpan span)
    {
        writer.WritePropertyName("start");
        writer.WriteValue(span.Start);
        writer.WritePropertyName("end");
        writer.WriteValue(span.End);
        writer.WritePropertyName("text");
        // A span that does not fit the text would be a bug upstream; write what is there rather than throw
        // and lose the whole document.
        int start = Math.Clamp(span.Start, 0, text.Length);
        int end = Math.Clamp(span.End, start, text.Length);
        WriteString(writer, text.Substring(start, end - start));
    }

    private static void WriteOptional(JsonWriter writer, string name, string? value)
    {
        if (value is not null) JsonStrings.WriteProperty(writer, name, value);
    }

    // Unpaired surrogates are escaped by hand so no character is lost (offsets still count it).
    private static void WriteString(JsonWriter writer, string value) => JsonStrings.Write(writer, value);
}
