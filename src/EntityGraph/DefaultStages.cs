using EntityGraph.Recognition;
using EntityGraph.Recognition.Perceptron;
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

    // Built on first use (the perceptron model, the resolver's lexicon) and shared, like the gazetteer's trie
    // over every knowledge-base name: all are immutable and thread-safe, and building them per pipeline would
    // cost more than a document.
    private static readonly Lazy<PerceptronRecognizer> Perceptron =
        new(() => new PerceptronRecognizer(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<DocumentEntityResolver> SharedResolver =
        new(() => new DocumentEntityResolver(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The knowledge-base gazetteer first (it wins ties between knowledge mentions), then the statistical
    /// recognizer; <see cref="MentionMerger"/> combines the two by its stated policy.
    /// </summary>
    public static IEntityRecognizer[] Recognizers() => [GazetteerRecognizer.ForKnowledgeBase(), Perceptron.Value];

    public static IEntityResolver Resolver() => SharedResolver.Value;

    // Interactions (CAMEO/PLOVER events) first, then structural ties, then conflict stated as a noun
    // ("tension between X and Y"), then import restrictions decreed by an earlier sentence's issuer (reads the
    // event relations already found, so it must come after the event extractor), then the weak co-mention tier.
    private static readonly IRelationExtractor[] SharedExtractors =
        [new EventExtractor(), new StructuralExtractor(), new ConflictStateExtractor(), new ImportRestrictionExtractor(), new CoMentionExtractor()];

    public static IRelationExtractor[] RelationExtractors() => (IRelationExtractor[])SharedExtractors.Clone();
}
