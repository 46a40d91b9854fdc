using System.Text;
using EntityGraph.Ingestion;
using NUnit.Framework;

namespace EntityGraph.Tests.Ingestion;

public class TextDecoderTests
{
    [Test]
    public void Valid_utf8_is_read_as_is_and_a_byte_order_mark_dropped()
    {
        var plain = TextDecoder.Decode(Encoding.UTF8.GetBytes("Zürich – 北京"));
        Assert.That((plain.Text, plain.Decoding, plain.Detail), Is.EqualTo(("Zürich – 北京", TextDecoding.Unicode, (string?)null)));

        var bom = TextDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'a']);
        Assert.That(bom.Text, Is.EqualTo("a"));
    }

    [Test]
    public void Utf16_with_a_byte_order_mark_is_text_despite_its_zero_bytes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("China")).ToArray();
        var result = TextDecoder.Decode(bytes);
        Assert.That(result.Text, Is.EqualTo("China"));
        Assert.That(result.Decoding, Is.EqualTo(TextDecoding.Unicode));
    }

    [Test]
    public void Invalid_utf8_falls_back_to_windows_1252_and_says_where()
    {
        // "Caf\xE9" is Latin-1/Windows-1252 for "Café"; 0x93/0x94 are Windows-1252's curly quotes.
        byte[] bytes = [.. "ok\nCaf"u8, 0xE9, (byte)' ', 0x93, (byte)'x', 0x94];
        var result = TextDecoder.Decode(bytes);
        Assert.That(result.Decoding, Is.EqualTo(TextDecoding.Windows1252Fallback));
        Assert.That(result.Text, Is.EqualTo("ok\nCafé \u201Cx\u201D"));
        Assert.That(result.Detail, Is.EqualTo("invalid UTF-8 at byte 6, line 2"));
    }

    [Test]
    public void A_nul_byte_means_binary()
    {
        var result = TextDecoder.Decode([(byte)'a', (byte)'b', 0, (byte)'c']);
        Assert.That(result.Text, Is.Null);
        Assert.That(result.Decoding, Is.EqualTo(TextDecoding.Binary));
        Assert.That(result.Detail, Is.EqualTo("NUL byte at byte 2"));
    }

    [Test]
    public void Mostly_control_characters_mean_binary_but_tabs_and_escapes_do_not()
    {
        // 3 control characters in 10 is over the 10% limit.
        var binary = TextDecoder.Decode([1, 2, 3, .. "abcdefg"u8]);
        Assert.That(binary.Decoding, Is.EqualTo(TextDecoding.Binary));
        Assert.That(binary.Detail, Is.EqualTo("3 of the first 10 characters are control characters"));

        var text = TextDecoder.Decode("a\tb\r\nc\u001B[0md\f"u8.ToArray());
        Assert.That(text.Decoding, Is.EqualTo(TextDecoding.Unicode));
    }

    [Test]
    public void Empty_input_is_empty_text()
    {
        Assert.That(TextDecoder.Decode([]).Text, Is.EqualTo(""));
    }
}
