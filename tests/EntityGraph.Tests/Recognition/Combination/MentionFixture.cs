using EntityGraph.Documents;
using EntityGraph.Recognition;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition.Combination;

/// <summary>
/// Hand-placed mentions on text tokenised by the default stages, so combination and resolution cases do not
/// depend on what the recognizers find.
/// </summary>
internal static class MentionFixture
{
    public const string Gazetteer = "gazetteer";
    public const string Statistical = "perceptron";
    public static readonly string[] Order = [Gazetteer, Statistical];

    private static readonly Pipeline TokensOnly = new PipelineBuilder()
        .AddRecognizer(new NoMentions())
        .ClearRelationExtractors()
        .Build();

    private sealed class NoMentions : IEntityRecognizer
    {
        public string Name => "none";
        public void Recognize(Document document, List<Mention> mentions) { }
    }

    public static Document Tokenised(string text) => TokensOnly.Process(text);

    /// <summary>A mention over the <paramref name="occurrence"/>-th (0-based) appearance of <paramref name="surface"/>,
    /// which must start and end on token boundaries.</summary>
    public static Mention At(Document doc, string surface, EntityType type, double confidence, string recognizer,
        string? key = null, int occurrence = 0)
    {
        int start = -1;
        for (int n = 0; n <= occurrence; n++)
        {
            start = doc.Text.IndexOf(surface, start + 1, StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), $"'{surface}' (occurrence {occurrence}) not in text");
        }
        int end = start + surface.Length;
        int first = -1, last = -1;
        for (int i = 0; i < doc.Tokens.Count; i++)
        {
            if (doc.Tokens[i].Start == start) first = i;
            if (doc.Tokens[i].End == end) last = i;
        }
        Assert.That(first >= 0 && last >= first, Is.True, $"'{surface}' is not a token range");
        return new Mention(TextSpan.FromBounds(start, end), first, last - first + 1, type, confidence, recognizer, key);
    }

    public static Mention G(Document doc, string surface, EntityType type, string key, double confidence = 0.95, int occurrence = 0) =>
        At(doc, surface, type, confidence, Gazetteer, key, occurrence);

    public static Mention P(Document doc, string surface, EntityType type, double confidence = 0.9, int occurrence = 0) =>
        At(doc, surface, type, confidence, Statistical, null, occurrence);

    public static IReadOnlyList<Mention> Merge(Document doc, params Mention[] candidates) =>
        MentionMerger.Merge(doc, candidates, Order);

    public static string TextOf(Document doc, Mention m) => doc.TextOf(m.Span);
}
