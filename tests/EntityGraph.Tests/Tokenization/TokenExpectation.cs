using System.Text;
using System.Text.RegularExpressions;
using EntityGraph.Documents;
using EntityGraph.Tokenization;
using NUnit.Framework;

namespace EntityGraph.Tests.Tokenization;

/// <summary>
/// Compact token expectations: token texts separated by <c>|</c>, each optionally annotated with its kind and
/// normalised form, e.g. <c>China|’s:Clitic='s|economy</c>.
/// <list type="bullet">
/// <item><description><c>text</c> — only the text is checked.</description></item>
/// <item><description><c>text:Kind</c> — the kind is checked too.</description></item>
/// <item><description><c>text:Kind=norm</c> — and the normalised form; <c>text:Kind=</c> means it must be null.</description></item>
/// </list>
/// A colon not followed by a kind name belongs to the text (<c>10:30</c>, <c>::Punctuation</c>).
/// </summary>
internal static partial class TokenExpectation
{
    private static readonly EnglishTokenizer Tokenizer = new();

    [GeneratedRegex(@"^(?<text>.+?)(?::(?<kind>[A-Z][a-z]+)(?<norm>=.*)?)?$", RegexOptions.Singleline)]
    private static partial Regex Segment();

    /// <summary>Tokenizes with the default tokenizer.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Token texts joined with <c>|</c>.</summary>
    public static string Texts(string text, IEnumerable<Token> tokens) =>
        string.Join("|", tokens.Select(t => t.TextIn(text).ToString()));

    /// <summary>Asserts that <paramref name="input"/> tokenizes as <paramref name="expected"/> describes.</summary>
    public static void AssertTokens(string input, string expected)
    {
        var tokens = Tokenize(input);
        var parts = expected.Split('|').Select(Parse).ToArray();
        Assert.That(Texts(input, tokens), Is.EqualTo(string.Join("|", parts.Select(p => p.Text))), $"token texts of {Show(input)}");
        Assert.Multiple(() =>
        {
            for (int k = 0; k < parts.Length; k++)
            {
                var (text, kind, checkNorm, norm) = parts[k];
                if (kind is { } expectedKind)
                    Assert.That(tokens[k].Kind, Is.EqualTo(expectedKind), $"kind of token {k} '{text}' in {Show(input)}");
                if (checkNorm)
                    Assert.That(tokens[k].Normalized, Is.EqualTo(norm), $"normalised form of token {k} '{text}' in {Show(input)}");
            }
        });
    }

    /// <summary>
    /// Asserts that the tokens of <paramref name="text"/> starting at offset <paramref name="start"/> are those
    /// <paramref name="expected"/> describes (as many as it lists).
    /// </summary>
    public static void AssertTokensAt(string text, List<Token> tokens, int start, string expected)
    {
        int first = tokens.FindIndex(t => t.Start == start);
        Assert.That(first, Is.GreaterThanOrEqualTo(0), $"no token starts at offset {start}");
        var parts = expected.Split('|').Select(Parse).ToArray();
        var actual = tokens.Skip(first).Take(parts.Length).ToList();
        Assert.That(Texts(text, actual), Is.EqualTo(string.Join("|", parts.Select(p => p.Text))), $"tokens from offset {start}");
        for (int k = 0; k < parts.Length; k++)
        {
            if (parts[k].Kind is { } kind) Assert.That(actual[k].Kind, Is.EqualTo(kind), $"kind of '{parts[k].Text}' at offset {actual[k].Start}");
            if (parts[k].CheckNorm) Assert.That(actual[k].Normalized, Is.EqualTo(parts[k].Norm), $"normalised form of '{parts[k].Text}'");
        }
    }

    private static (string Text, TokenKind? Kind, bool CheckNorm, string? Norm) Parse(string segment)
    {
        var m = Segment().Match(segment);
        string text = m.Groups["text"].Value;
        if (!m.Groups["kind"].Success) return (segment, null, false, null);
        if (!Enum.TryParse<TokenKind>(m.Groups["kind"].Value, out var kind))
            throw new ArgumentException($"Bad expectation '{segment}': '{m.Groups["kind"].Value}' is not a TokenKind.");
        if (!m.Groups["norm"].Success) return (text, kind, false, null);
        string norm = m.Groups["norm"].Value[1..];
        return (text, kind, true, norm.Length == 0 ? null : norm);
    }

    /// <summary>The input with invisible characters escaped, for test names and messages.</summary>
    public static string Show(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (char c in s)
        {
            if (c == '\n') sb.Append("\\n");
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\r') sb.Append("\\r");
            else if (char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
                sb.Append("\\u").Append(((int)c).ToString("X4"));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
