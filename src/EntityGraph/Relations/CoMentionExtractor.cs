using System.Buffers;
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

    // Sentence first, then id by ordinal order: the order in which pairs are emitted.
    private static readonly Comparison<(int Sentence, string Id)> BySentenceThenId =
        static (a, b) => a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence) : string.CompareOrdinal(a.Id, b.Id);

    /// <inheritdoc />
    public string Name => "co-mention";

    /// <inheritdoc />
    public void Extract(Document document, List<Relation> relations)
    {
        var entities = document.Entities;
        if (entities.Count < 2 || document.Sentences.Count == 0) return;

        // One (sentence, id) entry per mention, sorted and read off with repeats skipped: per sentence, the
        // distinct ids in ordinal order, as a sorted set per sentence gave them, without a set, a per-token
        // sentence table or an id array per sentence. The entries live in a pooled array.
        int count = 0;
        for (int e = 0; e < entities.Count; e++) count += entities[e].Mentions.Count;
        var rented = ArrayPool<(int Sentence, string Id)>.Shared.Rent(count);
        try
        {
            int n = 0;
            for (int e = 0; e < entities.Count; e++)
            {
                var entity = entities[e];
                for (int m = 0; m < entity.Mentions.Count; m++)
                    rented[n++] = (SentenceOf(document.Sentences, entity.Mentions[m].FirstToken), entity.Id);
            }
            var entries = rented.AsSpan(0, n);
            entries.Sort(BySentenceThenId);
            int distinct = 0;
            for (int i = 0; i < entries.Length; i++)
                if (distinct == 0 || BySentenceThenId(entries[distinct - 1], entries[i]) != 0) entries[distinct++] = entries[i];
            entries = entries[..distinct];

            for (int start = 0, end; start < entries.Length; start = end)
            {
                int s = entries[start].Sentence;
                for (end = start + 1; end < entries.Length && entries[end].Sentence == s; end++) { }
                if (end - start < 2) continue;
                var sentence = document.Sentences[s];
                // The sentence's text is cut once per document and shared with the other extractors' evidence.
                var evidence = new Evidence(document.Id, s, sentence.Span, SentenceTexts.Of(document, s));
                for (int i = start; i < end; i++)
                    for (int j = i + 1; j < end; j++)
                        relations.Add(new Relation(entries[i].Id, entries[j].Id, RelationType, CoMentionConfidence, evidence));
            }
        }
        finally
        {
            ArrayPool<(int, string)>.Shared.Return(rented, clearArray: true);
        }
    }

    /// <summary>
    /// The sentence holding <paramref name="token"/> (sentences are in text order and do not overlap). A token
    /// outside every sentence counts for the first one, as the per-token table this replaced had it.
    /// </summary>
    private static int SentenceOf(IReadOnlyList<Sentence> sentences, int token)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            var sentence = sentences[mid];
            if (token < sentence.FirstToken) hi = mid - 1;
            else if (token >= sentence.EndToken) lo = mid + 1;
            else return mid;
        }
        return 0;
    }
}
