using EntityGraph.Export;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

public class XmlCharsTests
{
    [TestCase("North Korea", "North Korea")]
    [TestCase("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [TestCase("a\u0000b\u0001c\u001Fd", "abcd")]
    [TestCase("x\uFFFEy\uFFFFz", "xyz")]
    [TestCase("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    [TestCase("private \uE000 and \uFFFD kept", "private \uE000 and \uFFFD kept")]
    [TestCase("", "")]
    public void Removes_exactly_the_characters_XML_cannot_carry(string input, string expected)
    {
        Assert.That(XmlChars.RemoveIllegal(input), Is.EqualTo(expected));
        Assert.That(XmlChars.IsClean(expected), Is.True);
    }

    // Lone surrogates cannot be stored in attribute arguments (metadata keeps them as UTF-8), hence a source.
    private static IEnumerable<TestCaseData> LoneSurrogates()
    {
        yield return new TestCaseData("lone \uD800 high", "lone  high").SetName("Lone high surrogate");
        yield return new TestCaseData("lone \uDC00 low", "lone  low").SetName("Lone low surrogate");
        yield return new TestCaseData("end \uD83C", "end ").SetName("High surrogate at the end");
        yield return new TestCaseData("\uDE00\uD83D", "").SetName("Pair in the wrong order");
    }

    [TestCaseSource(nameof(LoneSurrogates))]
    public void Removes_lone_surrogates(string input, string expected) =>
        Assert.That(XmlChars.RemoveIllegal(input), Is.EqualTo(expected));

    [Test]
    public void A_clean_string_is_returned_as_is_without_copying()
    {
        const string s = "Kim Il-sung \u2019s \uD83D\uDE00";
        Assert.That(XmlChars.RemoveIllegal(s), Is.SameAs(s));
    }
}
