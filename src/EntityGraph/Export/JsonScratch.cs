using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace EntityGraph.Export;

/// <summary>
/// Reusable buffers for the small JSON values the XML and CSV writers embed (evidence arrays, vote tables):
/// one <see cref="Utf8JsonWriter"/> over one byte buffer, and one char buffer the UTF-8 is decoded into. A
/// writer makes one per export, so the JSON of a million edges costs no string, writer or buffer per edge
/// (it once cost 0.5–1 KB of garbage per edge). Not thread-safe: one export, one scratch.
/// </summary>
internal sealed class JsonScratch
{
    private static readonly JsonWriterOptions Options = new()
    {
        // The JSON ends up inside XML (or CSV), which escapes what it must; HTML-safe escaping would only make
        // the sentences unreadable (every quote and apostrophe as \uXXXX).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ArrayBufferWriter<byte> _bytes = new(1024);
    private readonly Utf8JsonWriter _json;
    private char[] _chars = new char[1024];
    private int _length;

    public JsonScratch() => _json = new Utf8JsonWriter(_bytes, Options);

    /// <summary>The JSON writer, emptied: write one value to it, then call <see cref="Finish"/>.</summary>
    public Utf8JsonWriter Start()
    {
        _bytes.ResetWrittenCount();
        _json.Reset(_bytes);
        return _json;
    }

    /// <summary>Ends the value written since <see cref="Start"/> and decodes it into <see cref="Text"/>.</summary>
    public void Finish()
    {
        _json.Flush();
        var utf8 = _bytes.WrittenSpan;
        int max = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (_chars.Length < max) _chars = new char[Math.Max(max, _chars.Length * 2)];
        _length = Encoding.UTF8.GetChars(utf8, _chars);
    }

    /// <summary>The text of the last finished value.</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(0, _length);

    /// <summary>The text of the last finished value as a string.</summary>
    public override string ToString() => new(Text);

    /// <summary>
    /// Writes the last finished value as XML text (element content or, between WriteStartAttribute and
    /// WriteEndAttribute, an attribute value), exactly as <c>xml.WriteString(XmlChars.RemoveIllegal(ToString()))</c> would.
    /// </summary>
    public void WriteTo(XmlWriter xml)
    {
        // The strings were cleaned before they went into the JSON, so this check only guards the promise.
        if (XmlChars.IsClean(Text)) xml.WriteChars(_chars, 0, _length);
        else xml.WriteString(XmlChars.RemoveIllegal(ToString()));
    }
}
