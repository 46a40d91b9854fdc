using EntityGraph.Recognition;
using EntityGraph.Relations;
using EntityGraph.Resolution;
using EntityGraph.Segmentation;
using EntityGraph.Tokenization;

namespace EntityGraph;

/// <summary>The stages a <see cref="PipelineBuilder"/> uses when the caller does not choose one.</summary>
internal static class DefaultStages
{
    // Stateless after construction and thread-safe, so one shared instance serves every pipeline.
    public static readonly ITokenizer Tokenizer = new EnglishTokenizer();
    public static readonly ISentenceSplitter SentenceSplitter = new RuleSentenceSplitter();

    public static IEntityRecognizer[] Recognizers() => [GazetteerRecognizer.ForCountries()];

    public static IEntityResolver Resolver() => new KeyEntityResolver();

    public static IRelationExtractor[] RelationExtractors() => [new CoMentionExtractor()];
}
