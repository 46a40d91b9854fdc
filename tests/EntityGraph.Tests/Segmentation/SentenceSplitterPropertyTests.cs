using EntityGraph.Documents;
using EntityGraph.Segmentation;
using EntityGraph.Tokenization;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace EntityGraph.Tests.Segmentation;

/// <summary>
/// Invariants that must hold for any input: every token in exactly one sentence, in order, none empty,
/// spans from first to last token, no exception — with the real tokenizer, the contract tokenizer, and
/// tokens no tokenizer would produce.
/// </summary>
public sealed class SentenceSplitterPropertyTests
{
    private static readonly ITokenizer[] Tokenizers = [new EnglishTokenizer(), new ContractTokenizer()];
    private static readonly RuleSentenceSplitter Splitter = new();

    // Pieces that exercise every rule: stops, abbreviations, titles, starters, quotes, brackets, bullets,
    // every kind of line break, and characters that are easy to mishandle (emoji, zero-width space, a
    // lone surrogate).
    private static readonly string[] Pieces =
    [
        "Mr.", "Gen.", "U.S.", "J.", "A.", "etc.", "Kim", "the", "The", "He", "he", "Sorry", "2020", "first",
        ".", "!", "?", "?!", "…", "...", ",", ":", ";", "-", "(", ")", "[", "]", "‘", "’", "“", "”", "\"", "'",
        "•", " ", " ", " ", " ", "\n", "\n", "\n\n", "\r\n", "\r", "\t", "\u2029", "\u2028", "😀", "\u200B",
        "\uD800", "x",
    ];

    private static readonly Gen<string> TrickyText =
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(string.Concat);

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool Any_string_is_partitioned_into_sentences(string? text)
    {
        text ??= "";
        return Tokenizers.All(t => IsPartition(text, Tokenize(t, text, 0), out _));
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Rule_heavy_text_is_partitioned_into_sentences() =>
        Prop.ForAll(TrickyText.ToArbitrary(),
            text => Tokenizers.All(t => IsPartition(text, Tokenize(t, text, 0), out _)));

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property A_blank_line_is_a_hard_boundary_nothing_crosses() =>
        // Splitting "a⏎⏎b" must give the sentences of a, then those of b: no rule may look across a
        // paragraph break.
        Prop.ForAll(TrickyText.ToArbitrary(), TrickyText.ToArbitrary(), (a, b) =>
            Tokenizers.All(t =>
            {
                string joined = a + "\n\n" + b;
                int shift = a.Length + 2;
                var tokensA = Tokenize(t, a, 0);
                var tokensB = Tokenize(t, b, shift);
                if (!IsPartition(joined, [.. tokensA, .. tokensB], out var together)) return false;

                var separate = Split(a, tokensA);
                foreach (var s in Split(joined, tokensB))
                    separate.Add(s with { FirstToken = s.FirstToken + tokensA.Count });
                return together.SequenceEqual(separate);
            }));

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Tokens_no_tokenizer_would_make_never_crash_it()
    {
        // Overlapping, out-of-range, negative and zero-length spans of any kind.
        var token = Gen.Zip(
                Gen.Zip(Gen.Choose(-5, 40), Gen.Choose(-3, 8)),
                Gen.Zip(Gen.Elements(Enum.GetValues<TokenKind>()), Gen.Elements(true, false)))
            .Select(p => new Token(new TextSpan(p.Item1.Item1, p.Item1.Item2), p.Item2.Item1, p.Item2.Item2));
        var input = Gen.Zip(TrickyText, Gen.ListOf(token));

        return Prop.ForAll(input.ToArbitrary(), p =>
        {
            var (text, tokens) = p;
            var sentences = new List<Sentence>();
            Splitter.Split(text, tokens.ToList(), sentences);

            int next = 0;
            foreach (var s in sentences)
            {
                if (s.FirstToken != next || s.TokenCount <= 0) return false;
                if (s.Span.Start < 0 || s.Span.Length < 0 || s.Span.End > text.Length) return false;
                next = s.EndToken;
            }
            return next == tokens.Count;
        });
    }

    [Test]
    public void Splitting_the_seed_on_many_threads_gives_the_same_sentences()
    {
        string text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt"));
        var tokens = Tokenize(new EnglishTokenizer(), text, 0);
        var expected = Split(text, tokens);

        var results = new List<Sentence>[16];
        Parallel.For(0, results.Length, i => results[i] = Split(text, tokens));

        Assert.That(results, Has.All.EqualTo(expected));
    }

    private static List<Token> Tokenize(ITokenizer tokenizer, string text, int shift)
    {
        var tokens = new List<Token>();
        tokenizer.Tokenize(text, tokens);
        if (shift == 0) return tokens;
        return tokens.Select(t => new Token(new TextSpan(t.Start + shift, t.Span.Length), t.Kind, t.SpaceAfter, t.Normalized)).ToList();
    }

    private static List<Sentence> Split(string text, List<Token> tokens)
    {
        var sentences = new List<Sentence>();
        Splitter.Split(text, tokens, sentences);
        return sentences;
    }

    private static bool IsPartition(string text, List<Token> tokens, out List<Sentence> sentences)
    {
        sentences = Split(text, tokens);
        int next = 0;
        foreach (var s in sentences)
        {
            if (s.FirstToken != next || s.TokenCount <= 0) return false;
            if (s.Span != TextSpan.FromBounds(tokens[s.FirstToken].Start, tokens[s.EndToken - 1].End)) return false;
            next = s.EndToken;
        }
        return next == tokens.Count;
    }
}
