using EntityGraph.Documents;

namespace EntityGraph.Tests.Relations;

/// <summary>
/// Processed documents written by hand, so a relation extractor can be tested on exactly the tokens, sentences
/// and entities a test states, whatever the recognizers and the resolver would make of the text.
/// </summary>
internal static class HandDocuments
{
    /// <summary>
    /// A document whose tokens are the space-separated pieces of <paramref name="text"/> (write punctuation as
    /// its own piece) and whose sentences end after each "." piece.
    /// </summary>
    public static Document Tokens(string text, string id = "hand")
    {
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        int first = 0;
        for (int start = 0; start < text.Length;)
        {
            int end = text.IndexOf(' ', start);
            if (end < 0) end = text.Length;
            tokens.Add(new Token(new TextSpan(start, end - start), TokenKind.Word, spaceAfter: end < text.Length));
            if (text.AsSpan(start, end - start) is ".")
            {
                sentences.Add(new Sentence(first, tokens.Count - first, TextSpan.FromBounds(tokens[first].Start, end)));
                first = tokens.Count;
            }
            start = end + 1;
        }
        if (first < tokens.Count)
            sentences.Add(new Sentence(first, tokens.Count - first, TextSpan.FromBounds(tokens[first].Start, tokens[^1].End)));
        return Document.Create(text, id).WithTokens(tokens, sentences);
    }

    /// <summary>An entity whose mentions are the one-token occurrences of <paramref name="word"/> in the document.</summary>
    public static Entity Entity(Document doc, string id, string word, EntityType type, string? iso3 = null, string? country = null)
    {
        var mentions = new List<Mention>();
        for (int t = 0; t < doc.Tokens.Count; t++)
            if (doc.Tokens[t].TextIn(doc.Text).SequenceEqual(word))
                mentions.Add(new Mention(doc.Tokens[t].Span, t, 1, type, 1.0, "hand", id));
        return new Entity(id, word, type, iso3, country, [word], mentions);
    }

    /// <summary>The document with these entities (and their mentions, in text order, as the mention layer).</summary>
    public static Document With(Document doc, params Entity[] entities) =>
        doc.WithMentions(entities.SelectMany(e => e.Mentions).OrderBy(m => m.FirstToken).ToArray()).WithEntities(entities);

    /// <summary>"Bonn met Bonn . Athens met .": two entities, never in the same sentence.</summary>
    public static Document NoSentenceWithTwoEntities()
    {
        var doc = Tokens("Bonn met Bonn . Athens met .");
        return With(doc, Entity(doc, "x:b", "Bonn", EntityType.Location), Entity(doc, "x:a", "Athens", EntityType.Location));
    }
}
