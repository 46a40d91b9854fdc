using EntityGraph.Documents;
using EntityGraph.Recognition;
using EntityGraph.Relations;
using EntityGraph.Resolution;
using EntityGraph.Segmentation;
using EntityGraph.Tokenization;

namespace EntityGraph;

/// <summary>
/// The library's entry point: a frozen sequence of stages (tokenizer → sentence splitter → entity
/// recognizers → mention merger → entity resolver → relation extractors) that turns texts into processed
/// <see cref="Document"/>s. Build one with <see cref="PipelineBuilder"/> (or <see cref="CreateDefault"/>),
/// then reuse it: a pipeline is immutable and safe to use from many threads at once.
/// </summary>
/// <example>
/// <code>
/// var pipeline = Pipeline.CreateDefault();
/// Document doc = pipeline.Process("North Korea ordered cadres to cut trade with China.");
/// foreach (var entity in doc.Entities) Console.WriteLine($"{entity.Name} ({entity.Iso3})");
/// </code>
/// </example>
public sealed class Pipeline
{
    private readonly IEntityRecognizer[] _recognizers;
    private readonly string[] _recognizerOrder;
    private readonly IRelationExtractor[] _relationExtractors;

    internal Pipeline(ITokenizer tokenizer, ISentenceSplitter splitter, IEntityRecognizer[] recognizers,
        IEntityResolver resolver, IRelationExtractor[] relationExtractors)
    {
        Tokenizer = tokenizer;
        SentenceSplitter = splitter;
        _recognizers = recognizers;
        _recognizerOrder = recognizers.Select(r => r.Name).ToArray();
        Resolver = resolver;
        _relationExtractors = relationExtractors;
    }

    /// <summary>A pipeline with every default stage.</summary>
    public static Pipeline CreateDefault() => new PipelineBuilder().Build();

    /// <summary>The tokenizer stage.</summary>
    public ITokenizer Tokenizer { get; }

    /// <summary>The sentence-splitter stage.</summary>
    public ISentenceSplitter SentenceSplitter { get; }

    /// <summary>The entity recognizers, in priority order.</summary>
    public IReadOnlyList<IEntityRecognizer> Recognizers => _recognizers;

    /// <summary>The entity resolver stage.</summary>
    public IEntityResolver Resolver { get; }

    /// <summary>The relation extractors, in the order they run.</summary>
    public IReadOnlyList<IRelationExtractor> RelationExtractors => _relationExtractors;

    /// <summary>Processes one text.</summary>
    /// <param name="text">The text; it is kept unchanged in the result.</param>
    /// <param name="id">An optional document id.</param>
    /// <param name="date">An optional publication date.</param>
    /// <param name="source">An optional source.</param>
    public Document Process(string text, string? id = null, DateOnly? date = null, string? source = null) =>
        Process(Document.Create(text, id, date, source));

    /// <summary>Runs every stage on <paramref name="document"/> and returns the processed copy.</summary>
    /// <param name="document">A document; any layers it already has are recomputed.</param>
    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = new List<Token>(Math.Max(16, document.Text.Length / 5));
        Tokenizer.Tokenize(document.Text, tokens);
        var sentences = new List<Sentence>();
        SentenceSplitter.Split(document.Text, tokens, sentences);
        var doc = document.WithTokens(tokens.ToArray(), sentences.ToArray());

        var candidates = new List<Mention>();
        foreach (var recognizer in _recognizers) recognizer.Recognize(doc, candidates);
        doc = doc.WithMentions(MentionMerger.Merge(doc, candidates, _recognizerOrder));

        doc = doc.WithEntities(Resolver.Resolve(doc));

        var relations = new List<Relation>();
        foreach (var extractor in _relationExtractors) extractor.Extract(doc, relations);
        return doc.WithRelations(relations.ToArray());
    }

    /// <summary>
    /// Processes documents lazily, one at a time, in the order given: suited to streaming a corpus that does
    /// not fit in memory.
    /// </summary>
    public IEnumerable<Document> Process(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var d in documents) yield return Process(d);
    }

    /// <summary>
    /// Processes documents on several threads and returns the results in input order.
    /// </summary>
    /// <param name="documents">The documents.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; <c>-1</c> for one per core.</param>
    public IReadOnlyList<Document> ProcessParallel(IEnumerable<Document> documents, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.AsParallel().AsOrdered()
            .WithDegreeOfParallelism(maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount)
            .Select(Process)
            .ToArray();
    }
}
