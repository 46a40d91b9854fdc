using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace EntityGraph.Ingestion;

/// <summary>
/// Turns the bytes of a text file into text, by a stated policy rather than a guess that could lose
/// characters silently: a byte order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE, decoded strictly);
/// otherwise strict UTF-8; bytes that are not valid UTF-8 are decoded as Windows-1252 and the result says so;
/// a NUL byte, or mostly control characters, means the bytes are not text at all. Stateless and thread-safe.
/// </summary>
public static class TextDecoder
{
    /// <summary>How many leading characters are checked for control characters.</summary>
    public const int ControlSampleLength = 4096;

    /// <summary>More than this share of control characters in the sample means binary data, not text.</summary>
    public const double MaxControlShare = 0.10;

    // Control characters that plain text does carry: tab, line feed, vertical tab, form feed, carriage return,
    // and escape (terminal colour codes in saved logs).
    private static readonly SearchValues<char> TextControls = SearchValues.Create("\t\n\v\f\r\u001B");

    // Looked up without registering the provider: a library must not change the process's encoding table.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    /// <summary>Decodes <paramref name="bytes"/> by the policy above.</summary>
    /// <param name="bytes">The whole file.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        string? text;
        var decoding = TextDecoding.Unicode;
        string? detail = null;
        if (TryDecodeWithByteOrderMark(bytes, out text, out var bomProblem))
        {
            if (bomProblem is not null) return new DecodedText(null, TextDecoding.Binary, bomProblem);
        }
        else
        {
            int nul = bytes.IndexOf((byte)0);
            if (nul >= 0) return new DecodedText(null, TextDecoding.Binary, $"NUL byte at byte {nul}");
            var chars = new char[bytes.Length];
            var status = Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                text = new string(chars, 0, written);
            }
            else
            {
                decoding = TextDecoding.Windows1252Fallback;
                detail = $"invalid UTF-8 at byte {read}, line {bytes[..read].Count((byte)'\n') + 1}";
                text = Windows1252.GetString(bytes);
            }
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, ControlSampleLength));
        int controls = 0;
        foreach (char c in sample)
        {
            if ((c < ' ' || c == '\u007F') && !TextControls.Contains(c)) controls++;
        }
        if (sample.Length > 0 && controls > MaxControlShare * sample.Length)
        {
            return new DecodedText(null, TextDecoding.Binary,
                $"{controls} of the first {sample.Length} characters are control characters");
        }
        return new DecodedText(text, decoding, detail);
    }

    // A byte order mark names the encoding outright; such text is decoded strictly, and a NUL in it is
    // legitimate for UTF-16/32 bytes but not as a character.
    private static bool TryDecodeWithByteOrderMark(ReadOnlySpan<byte> bytes, out string text, out string? problem)
    {
        text = "";
        problem = null;
        Encoding encoding;
        int skip;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) (encoding, skip) = (new UTF8Encoding(false, true), 3);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) (encoding, skip) = (new UTF32Encoding(false, false, true), 4);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) (encoding, skip) = (new UTF32Encoding(true, false, true), 4);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) (encoding, skip) = (new UnicodeEncoding(false, false, true), 2);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) (encoding, skip) = (new UnicodeEncoding(true, false, true), 2);
        else return false;

        try
        {
            text = encoding.GetString(bytes[skip..]);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"invalid {encoding.WebName} after its byte order mark (at byte {skip + Math.Max(0, e.Index)})";
            return true;
        }
        int nul = text.IndexOf('\0');
        if (nul >= 0) problem = $"NUL character at character {nul} of the {encoding.WebName} text";
        return true;
    }
}
