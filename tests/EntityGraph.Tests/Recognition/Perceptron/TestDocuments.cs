using EntityGraph.Documents;

namespace EntityGraph.Tests.Recognition.Perceptron;

/// <summary>Builds documents from hand-written tokens, independent of the tokenizer under development.</summary>
internal static class TestDocuments
{
    /// <summary>One document; each inner array is a sentence of tokens, joined by single spaces.</summary>
    public static Document FromSentences(params string[][] sentences)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var ranges = new List<Sentence>();
        foreach (var words in sentences)
        {
            if (text.Length > 0) text.Append(' ');
            int first = tokens.Count, start = text.Length;
            for (int i = 0; i < words.Length; i++)
            {
                if (i > 0) text.Append(' ');
                tokens.Add(new Token(new TextSpan(text.Length, words[i].Length), TokenKind.Word, true));
                text.Append(words[i]);
            }
            ranges.Add(new Sentence(first, words.Length, TextSpan.FromBounds(start, text.Length)));
        }
        return Document.Create(text.ToString()).WithTokens(tokens, ranges);
    }

    /// <summary>A one-sentence document from space-separated tokens.</summary>
    public static Document FromTokens(string spaceSeparated) => FromSentences(spaceSeparated.Split(' '));
}
