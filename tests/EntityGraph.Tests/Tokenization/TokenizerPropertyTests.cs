using EntityGraph.Documents;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static EntityGraph.Tests.Tokenization.TokenExpectation;

namespace EntityGraph.Tests.Tokenization;

/// <summary>A string built from fragments that exercise the tokenizer's special cases.</summary>
/// <param name="Value">The text.</param>
public sealed record TrickyText(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Show(Value);
}

/// <summary>FsCheck generators for <see cref="TrickyText"/>.</summary>
public static class TokenizerArbitraries
{
    // Pieces that trigger every branch of the scanner, including broken ones: surrogate halves, dangling
    // joiners and selectors, unbalanced quotes and brackets, separators without digits.
    private static readonly string[] Fragments =
    [
        "a", "Z", "Kim", "Il", "sung", "US", "s", "n", "t", "ll", "é", "\u0301", "𝐀", "中国", "7", "2014", "0",
        " ", "  ", "\n", "\n\n", "\t", "\u00A0", "\u2029",
        "'", "’", "‘", "\"", "“", "”", "«", "`",
        "-", "–", "—", "−", "\u2010", ".", "…", ",", ":", ";", "/", "%", "$", "€", "&", "*", "_", "+", "@", "#",
        "!", "?", "‼", "(", ")", "[", "]", "•", "·",
        "U.S.", "Mr.", "Ph.D.", "No.", "e.g.", "www.", "http://", "https://x.org/(a)", "a@b.co", "n't", "'s", "’s",
        "Pro-", "Sino-", "Guinea-Bissau",
        "😀", "👩", "\u200D", "\uFE0F", "\u20E3", "\U0001F3FD", "\U0001F1F0", "\U000E0067",
        "\uD83D", "\uDE00", "\uD800", "\uDFFF", "\u0000", "\u0007", "\u001F", "\u007F", "\u200B", "\u00AD", "\uFEFF", "\u202E", "\uE000",
    ];

    /// <summary>Concatenations of fragments, up to the generator's size.</summary>
    public static Arbitrary<TrickyText> Tricky() =>
        Arb.From(
            Gen.Elements(Fragments).ListOf().Select(parts => new TrickyText(string.Concat(parts))),
            t => Shrink(t.Value).Select(s => new TrickyText(s)));

    // Shrink by dropping single characters, so a failing case ends up small.
    private static IEnumerable<string> Shrink(string s)
    {
        for (int k = 0; k < s.Length; k++) yield return s.Remove(k, 1);
    }
}

/// <summary>
/// Properties over arbitrary and adversarial strings: whatever the input, the tokenization keeps the
/// contract checked by <see cref="TokenInvariants"/>, is deterministic and is local.
/// </summary>
public sealed class TokenizerPropertyTests
{
    [FsCheck.NUnit.Property(MaxTest = 2000)]
    public void Any_string_keeps_the_contract(NonNull<string> input)
    {
        string text = input.Get;
        Assert.That(TokenInvariants.FirstViolation(text, Tokenize(text)), Is.Null, Show(text));
    }

    [FsCheck.NUnit.Property(MaxTest = 2000)]
    public void Any_unicode_string_keeps_the_contract(UnicodeString input)
    {
        string text = input.Item ?? "";
        Assert.That(TokenInvariants.FirstViolation(text, Tokenize(text)), Is.Null, Show(text));
    }

    [FsCheck.NUnit.Property(MaxTest = 5000, EndSize = 60, Arbitrary = [typeof(TokenizerArbitraries)])]
    public void Tricky_strings_keep_the_contract(TrickyText input)
    {
        string text = input.Value;
        Assert.That(TokenInvariants.FirstViolation(text, Tokenize(text)), Is.Null, Show(text));
    }

    [FsCheck.NUnit.Property(MaxTest = 300, EndSize = 40, Arbitrary = [typeof(TokenizerArbitraries)])]
    public void Tokenizing_is_deterministic(TrickyText input) =>
        Assert.That(Tokenize(input.Value), Is.EqualTo(Tokenize(input.Value)));

    /// <summary>
    /// Decisions never look across a blank line, so two texts joined by one tokenize as the two texts
    /// apart, the second shifted (only the first text's last token gains its SpaceAfter).
    /// </summary>
    [FsCheck.NUnit.Property(MaxTest = 2000, EndSize = 40, Arbitrary = [typeof(TokenizerArbitraries)])]
    public void Paragraphs_tokenize_independently(TrickyText first, TrickyText second)
    {
        string a = first.Value, b = second.Value;
        var expected = Tokenize(a);
        if (expected.Count > 0 && expected[^1].End == a.Length)
        {
            var last = expected[^1];
            expected[^1] = new Token(last.Span, last.Kind, spaceAfter: true, last.Normalized);
        }
        int shift = a.Length + 2;
        expected.AddRange(Tokenize(b).Select(t =>
            new Token(new TextSpan(t.Start + shift, t.Span.Length), t.Kind, t.SpaceAfter, t.Normalized)));
        Assert.That(Tokenize(a + "\n\n" + b), Is.EqualTo(expected), $"{Show(a)} + {Show(b)}");
    }
}
