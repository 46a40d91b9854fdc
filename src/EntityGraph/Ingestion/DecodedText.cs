namespace EntityGraph.Ingestion;

/// <summary>How the bytes of a text file were turned into text.</summary>
public enum TextDecoding : byte
{
    /// <summary>Valid UTF-8 (with or without a byte order mark), or UTF-16/UTF-32 announced by a byte order mark.</summary>
    Unicode,

    /// <summary>
    /// Not valid UTF-8 and no byte order mark: decoded as Windows-1252, the legacy encoding such text is
    /// nearly always in (HTML5 reads a declared ISO-8859-1 as Windows-1252 for the same reason). Every byte
    /// maps to a character, so nothing is dropped, but characters outside ASCII may be wrong.
    /// </summary>
    Windows1252Fallback,

    /// <summary>Not text (a NUL byte, or mostly control characters): <see cref="DecodedText.Text"/> is <c>null</c>.</summary>
    Binary,
}

/// <summary>The result of <see cref="TextDecoder.Decode"/>.</summary>
/// <param name="Text">The text, without a byte order mark; <c>null</c> when the bytes are <see cref="TextDecoding.Binary"/>.</param>
/// <param name="Decoding">How the bytes were read.</param>
/// <param name="Detail">For anything but <see cref="TextDecoding.Unicode"/>, where and why, e.g.
/// <c>invalid UTF-8 at byte 1234, line 12</c> or <c>NUL byte at byte 17</c>; else <c>null</c>.</param>
public sealed record DecodedText(string? Text, TextDecoding Decoding, string? Detail);
