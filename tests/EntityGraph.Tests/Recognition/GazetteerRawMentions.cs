using EntityGraph.Documents;
using EntityGraph.Recognition;

namespace EntityGraph.Tests.Recognition;

/// <summary>
/// The gazetteer's own mentions for a text, before the pipeline merges them with other recognizers' (the
/// merger may lower the confidence of a mention no other recognizer confirms). Confidence tests use this,
/// so they test the gazetteer's rule rather than the merge policy.
/// </summary>
internal static class GazetteerRawMentions
{
    private sealed class Recorder(IEntityRecognizer inner) : IEntityRecognizer
    {
        public List<Mention> Seen { get; } = [];
        public string Name => inner.Name;

        public void Recognize(Document document, List<Mention> mentions)
        {
            int before = mentions.Count;
            inner.Recognize(document, mentions);
            Seen.AddRange(mentions.Skip(before));
        }
    }

    /// <summary>(surface text, key, confidence) of each mention <paramref name="recognizer"/> finds in <paramref name="text"/>.</summary>
    public static (string Text, string? Key, double Confidence)[] Of(GazetteerRecognizer recognizer, string text)
    {
        var recorder = new Recorder(recognizer);
        var doc = new PipelineBuilder().AddRecognizer(recorder).ClearRelationExtractors().Build().Process(text);
        return recorder.Seen.Select(m => (doc.TextOf(m.Span), m.Key, m.Confidence)).ToArray();
    }
}
