using NUnit.Framework;
using System.Text;
using EntityGraph.Documents;
using EntityGraph.Segmentation;
using EntityGraph.Tokenization;

namespace EntityGraph.Tests.Segmentation;

/// <summary>Runs tokenizer + splitter on a string and checks the splitter's invariants on every call.</summary>
internal static class SplitHarness
{
    /// <summary>Each splitter fixture runs once with the real tokenizer and once with the contract one.</summary>
    public static IEnumerable<TestFixtureData> Tokenizers()
    {
        yield return new TestFixtureData(new EnglishTokenizer()).SetArgDisplayNames(nameof(EnglishTokenizer));
        yield return new TestFixtureData(new ContractTokenizer()).SetArgDisplayNames(nameof(ContractTokenizer));
    }

    public static readonly RuleSentenceSplitter Splitter = new();

    /// <summary>The sentences of <paramref name="text"/>, verbatim.</summary>
    public static string[] RawSentences(ITokenizer tokenizer, string text)
    {
        var tokens = new List<Token>();
        tokenizer.Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        Splitter.Split(text, tokens, sentences);
        AssertCoversAllTokens(tokens, sentences);
        return sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToArray();
    }

    /// <summary>
    /// The sentences of <paramref name="text"/> with every run of white space shown as one space, so
    /// expectations for indented, hard-wrapped comments stay readable.
    /// </summary>
    public static string[] Sentences(ITokenizer tokenizer, string text) =>
        RawSentences(tokenizer, text).Select(CollapseWhiteSpace).ToArray();

    public static string CollapseWhiteSpace(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool inSpace = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) { inSpace = true; continue; }
            if (inSpace && sb.Length > 0) sb.Append(' ');
            inSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Every token in exactly one sentence, in order, none empty, spans from first to last token.</summary>
    public static void AssertCoversAllTokens(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        int next = 0;
        foreach (var s in sentences)
        {
            Assert.That(s.FirstToken, Is.EqualTo(next), "sentences must be contiguous and in order");
            Assert.That(s.TokenCount, Is.GreaterThan(0), "no empty sentence");
            Assert.That(s.Span, Is.EqualTo(TextSpan.FromBounds(tokens[s.FirstToken].Start, tokens[s.EndToken - 1].End)));
            next = s.EndToken;
        }
        Assert.That(next, Is.EqualTo(tokens.Count), "every token is in a sentence");
    }
}
