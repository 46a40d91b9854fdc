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
/// (it once cost 0.5–1 KB of garbage per edge). The buffers are rented from the shared array pools and
/// given back on <see cref="Dispose"/>, so an edge with thousands of evidence items does not leave
/// megabytes of grown buffers behind every export. Not thread-safe: one export, one scratch.
/// </summary>
internal sealed class JsonScratch : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        // The JSON ends up inside XML (or CSV), which escapes what it must; HTML-safe escaping would only make
        // the sentences unreadable (every quote and apostrophe as \uXXXX).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly PooledBytes _bytes = new();
    private readonly Utf8JsonWriter _json;
    private char[] _chars = ArrayPool<char>.Shared.Rent(1024);
    private int _length;

    public JsonScratch() => _json = new Utf8JsonWriter(_bytes, Options);

    /// <summary>The JSON writer, emptied: write one value to it, then call <see cref="Finish"/>.</summary>
    public Utf8JsonWriter Start()
    {
        _bytes.Reset();
        _json.Reset(_bytes);
        return _json;
    }

    /// <summary>Ends the value written since <see cref="Start"/> and decodes it into <see cref="Text"/>.</summary>
    public void Finish()
    {
        _json.Flush();
        var utf8 = _bytes.Written;
        int max = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (_chars.Length < max)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = []; // nothing is left pointing at the returned array if Rent throws
            _chars = ArrayPool<char>.Shared.Rent(max);
        }
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

    /// <summary>Gives the buffers back to the pools; the scratch is unusable afterwards.</summary>
    public void Dispose()
    {
        _json.Dispose();
        _bytes.Dispose();
        if (_chars.Length > 0) ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        _length = 0;
    }

    // ArrayBufferWriter over a pooled array: what Utf8JsonWriter writes into.
    private sealed class PooledBytes : IBufferWriter<byte>, IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
        private int _written;

        public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _written);

        public void Reset() => _written = 0;

        public void Advance(int count)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _written);
            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsSpan(_written);
        }

        private void Ensure(int sizeHint)
        {
            int need = Math.Max(sizeHint, 1);
            if (_buffer.Length - _written >= need) return;
            long size = Math.Max(2L * _buffer.Length, (long)_written + need);
            if (size > Array.MaxLength) size = Math.Max(Array.MaxLength, (long)_written + need);
            var bigger = ArrayPool<byte>.Shared.Rent(checked((int)size));
            Written.CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        public void Dispose()
        {
            if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _written = 0;
        }
    }
}
