using EntityGraph.Documents;

namespace EntityGraph.Relations;

/// <summary>
/// The weakest relation tier: two different entities named in the same sentence. One undirected
/// <c>co-mention</c> relation per pair and sentence, with the source being the entity whose id sorts first
/// (ordinal), so the output does not depend on mention order. Confidence is fixed and low, because
/// co-occurrence says nothing about what the relation is.
/// </summary>
public sealed class CoMentionExtractor : IRelationExtractor
{
    /// <summary>The relation type this extractor produces.</summary>
    public const string RelationType = "co-mention";

    /// <summary>The confidence given to every co-mention.</summary>
    public const double CoMentionConfidence = 0.1;

    /// <inheritdoc />
    public string Name => "co-mention";

    /// <inheritdoc />
    public void Extract(Document document, List<Relation> relations)
    {
        if (document.Entities.Count < 2 || document.Sentences.Count == 0) return;

        // Map each token to its sentence once, then bucket entity ids per sentence.
        var sentenceOfToken = new int[document.Tokens.Count];
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++) sentenceOfToken[t] = s;
        }

        var idsPerSentence = new SortedSet<string>?[document.Sentences.Count];
        foreach (var entity in document.Entities)
            foreach (var mention in entity.Mentions)
                (idsPerSentence[sentenceOfToken[mention.FirstToken]] ??= new SortedSet<string>(StringComparer.Ordinal)).Add(entity.Id);

        for (int s = 0; s < idsPerSentence.Length; s++)
        {
            var ids = idsPerSentence[s];
            if (ids is null || ids.Count < 2) continue;
            var sentence = document.Sentences[s];
            var evidence = new Evidence(document.Id, s, sentence.Span, document.TextOf(sentence));
            var list = ids.ToArray();
            for (int i = 0; i < list.Length; i++)
                for (int j = i + 1; j < list.Length; j++)
                    relations.Add(new Relation(list[i], list[j], RelationType, CoMentionConfidence, evidence));
        }
    }
}
