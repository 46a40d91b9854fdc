using EntityGraph.Export;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

public class SurrogateEscapeReaderTests
{
    private static string Filter(string json, int chunk)
    {
        using var reader = new SurrogateEscapeReader(new StringReader(json));
        var sb = new System.Text.StringBuilder();
        var buffer = new char[chunk];
        int n;
        while ((n = reader.Read(buffer, 0, chunk)) > 0) sb.Append(buffer, 0, n);
        return sb.ToString();
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(4096)]
    public void Only_surrogate_escapes_inside_strings_become_characters(int chunk)
    {
        // In order: a lone high surrogate escape (rewritten), an escaped backslash followed by the text
        // 'ud800' (kept), a BMP escape (kept), an escaped quote that does not end the string, then a
        // surrogate-looking escape outside any string (kept: it is not JSON, let the parser say so).
        const string input = "[\"a\\ud800b\", \"\\\\ud800\", \"\\u0041\", \"q\\\"\\uDC00\"] \\ud800";
        const string expected = "[\"a\ud800b\", \"\\\\ud800\", \"\\u0041\", \"q\\\"\uDC00\"] \\ud800";
        Assert.That(Filter(input, chunk), Is.EqualTo(expected));
    }

    [Test]
    public void Truncated_escape_at_the_end_is_passed_through()
    {
        Assert.That(Filter("\"\\ud8", 2), Is.EqualTo("\"\\ud8"));
    }
}
