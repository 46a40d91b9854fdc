using EntityGraph.Documents;

namespace EntityGraph.Relations;

/// <summary>
/// The text of a document's sentences for relation evidence, cut out of the document once per sentence: every
/// relation carries its sentence, and several extractors relate actors of the same sentence, so copying the
/// text per relation cost one string each. Like <see cref="ActorLayer.For"/>, the cache belongs to the last
/// document asked for on this thread, held weakly.
/// </summary>
internal static class SentenceTexts
{
    [ThreadStatic] private static WeakReference<Document>? t_document;
    [ThreadStatic] private static string?[]? t_texts;

    /// <summary>The text of sentence <paramref name="index"/> of <paramref name="document"/>.</summary>
    public static string Of(Document document, int index)
    {
        if (t_texts is null || !t_document!.TryGetTarget(out var known) || !ReferenceEquals(known, document))
        {
            t_texts = new string?[document.Sentences.Count];
            if (t_document is null) t_document = new WeakReference<Document>(document);
            else t_document.SetTarget(document);
        }
        return t_texts[index] ??= document.TextOf(document.Sentences[index]);
    }
}
