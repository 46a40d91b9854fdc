using EntityGraph.Documents;

namespace EntityGraph.Relations;

/// <summary>
/// The text of a document's sentences for relation evidence, cut out of the document once per sentence: every
/// relation carries its sentence, and several extractors relate actors of the same sentence, so copying the
/// text per relation cost one string each. The texts of the last document asked about are kept per thread, and a
/// sentence that spans the whole text is the document's own string.
/// </summary>
internal static class SentenceTexts
{
    [ThreadStatic] private static LastDocumentCache<string?[]>? t_last;

    /// <summary>The text of sentence <paramref name="index"/> of <paramref name="document"/>.</summary>
    public static string Of(Document document, int index)
    {
        var cache = t_last ??= new LastDocumentCache<string?[]>();
        var texts = cache.Get(document) ?? cache.Set(document, new string?[document.Sentences.Count]);
        return texts[index] ??= Cut(document, document.Sentences[index]);
    }

    // A sentence that is the whole text (a headline, a one-sentence report) is the text itself: no copy.
    private static string Cut(Document document, Sentence sentence) =>
        sentence.Span.Start == 0 && sentence.Span.Length == document.Text.Length ? document.Text : document.TextOf(sentence);
}
