using EntityGraph.Recognition;
using EntityGraph.Relations;
using EntityGraph.Resolution;
using EntityGraph.Segmentation;
using EntityGraph.Tokenization;

namespace EntityGraph;

/// <summary>
/// Collects stages and builds a <see cref="Pipeline"/>. Every stage has a default, so
/// <c>new PipelineBuilder().Build()</c> gives a working pipeline; the <c>Use…</c>/<c>Add…</c> methods swap
/// or add stages. <see cref="Build"/> copies the configuration, so changing the builder afterwards never
/// changes a pipeline already built.
/// </summary>
public sealed class PipelineBuilder
{
    private ITokenizer? _tokenizer;
    private ISentenceSplitter? _splitter;
    private IEntityResolver? _resolver;
    private readonly List<IEntityRecognizer> _recognizers = [];
    private bool _defaultRecognizers = true;
    private readonly List<IRelationExtractor> _relationExtractors = [];
    private bool _defaultRelationExtractors = true;

    /// <summary>Uses <paramref name="tokenizer"/> instead of the default <see cref="EnglishTokenizer"/>.</summary>
    public PipelineBuilder UseTokenizer(ITokenizer tokenizer)
    {
        _tokenizer = tokenizer ?? throw new ArgumentNullException(nameof(tokenizer));
        return this;
    }

    /// <summary>Uses <paramref name="splitter"/> instead of the default <see cref="RuleSentenceSplitter"/>.</summary>
    public PipelineBuilder UseSentenceSplitter(ISentenceSplitter splitter)
    {
        _splitter = splitter ?? throw new ArgumentNullException(nameof(splitter));
        return this;
    }

    /// <summary>
    /// Adds a recognizer. The first call replaces the default recognizers; recognizers added earlier win
    /// ties in the mention merge (see <see cref="MentionMerger"/>).
    /// </summary>
    public PipelineBuilder AddRecognizer(IEntityRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        if (_defaultRecognizers) { _recognizers.Clear(); _defaultRecognizers = false; }
        _recognizers.Add(recognizer);
        return this;
    }

    /// <summary>Uses <paramref name="resolver"/> instead of the default resolver.</summary>
    public PipelineBuilder UseResolver(IEntityResolver resolver)
    {
        _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        return this;
    }

    /// <summary>Adds a relation extractor. The first call replaces the default extractors.</summary>
    public PipelineBuilder AddRelationExtractor(IRelationExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        if (_defaultRelationExtractors) { _relationExtractors.Clear(); _defaultRelationExtractors = false; }
        _relationExtractors.Add(extractor);
        return this;
    }

    /// <summary>Removes every relation extractor (including the defaults).</summary>
    public PipelineBuilder ClearRelationExtractors()
    {
        _relationExtractors.Clear();
        _defaultRelationExtractors = false;
        return this;
    }

    /// <summary>Builds an immutable pipeline from the current configuration.</summary>
    public Pipeline Build()
    {
        IEntityRecognizer[] recognizers = _defaultRecognizers
            ? DefaultStages.Recognizers()
            : _recognizers.ToArray();
        IRelationExtractor[] extractors = _defaultRelationExtractors
            ? DefaultStages.RelationExtractors()
            : _relationExtractors.ToArray();
        return new Pipeline(
            _tokenizer ?? DefaultStages.Tokenizer,
            _splitter ?? DefaultStages.SentenceSplitter,
            recognizers,
            _resolver ?? DefaultStages.Resolver(),
            extractors);
    }
}
