using System.Text.Json;
using BenchmarkDotNet.Attributes;
using EntityGraph.Documents;
using EntityGraph.Relations;

namespace EntityGraph.Benchmarks;

/// <summary>
/// What relation extraction adds to the entity stages (issue #4's budget: at most 30%). <see cref="EntityStages"/>
/// is the baseline: tokenize, split, recognise and resolve every document. <see cref="AllRelationExtractors"/> runs
/// the default pipeline's relation extractors on the same documents, already resolved, so BenchmarkDotNet's
/// <c>Ratio</c> column is the share relation extraction adds. The other methods time one extractor each, to see
/// where that share goes.
/// </summary>
/// <remarks>
/// Three corpora: <c>seed</c>, the repository's showcase article (one long document with reader comments);
/// <c>news</c>, the 216 Reuters stories of CoNLL-2003 dev (<c>eng.testa</c>, 51k tokens; tokens joined by spaces,
/// sentences by newlines), the closest we have to a day of wire news; and <c>plover</c>, the text of the PLOVER
/// dev records (158 one-sentence documents picked because each reports an event): the worst case for relations,
/// whose cost is per sentence with two actors, against entity stages with a per-document part. Both shared
/// corpora are read at run time from <c>../shared/data</c> and are never part of the repository.
/// <para>Each method runs in processes of its own, all of one method's before the other's, and on a shared machine
/// a process's speed moves by ±10% from one to the next and drifts over minutes; for the ratio, run one corpus at a
/// time over ten processes per method:
/// <c>--filter '*RelationExtractionBenchmarks.EntityStages*plover*' '*RelationExtractionBenchmarks.FullPipeline*plover*'
/// --launchCount 10</c>. Even so, on PLOVER dev three such runs gave +23% and then, after a change that made
/// relations 6% cheaper, +31% and +35% on the loaded 2-core test machine; the evaluation tool's <c>relation-time</c>,
/// which alternates the two in one process, is steadier (about +25%).</para>
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RelationExtractionBenchmarks
{
    private readonly Pipeline _entityPipeline = new PipelineBuilder().ClearRelationExtractors().Build();
    private readonly Pipeline _fullPipeline = Pipeline.CreateDefault();
    private readonly IReadOnlyList<IRelationExtractor> _extractors = Pipeline.CreateDefault().RelationExtractors;
    private readonly List<Relation> _sink = [];
    private (string Text, string Id)[] _texts = [];
    private Document[] _documents = [];

    /// <summary>Which texts: <c>seed</c>, <c>news</c> or <c>plover</c>.</summary>
    [Params("seed", "news", "plover")]
    public string Corpus { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus switch { "seed" => ReadSeed(), "news" => ReadNews(), _ => ReadPlover() };
        _documents = _texts.Select(t => _entityPipeline.Process(t.Text, t.Id)).ToArray();
    }

    /// <summary>The baseline: every entity stage on every text.</summary>
    [Benchmark(Baseline = true)]
    public int EntityStages()
    {
        int entities = 0;
        foreach (var (text, id) in _texts) entities += _entityPipeline.Process(text, id).Entities.Count;
        return entities;
    }

    /// <summary>
    /// The default pipeline, relations included, document by document as a caller runs it: the honest measure,
    /// since relation extraction then starts each document with caches full of the entity stages' data
    /// (<c>Ratio</c> − 1 is the share relations add).
    /// </summary>
    [Benchmark]
    public int FullPipeline()
    {
        int relations = 0;
        foreach (var (text, id) in _texts) relations += _fullPipeline.Process(text, id).Relations.Count;
        return relations;
    }

    /// <summary>Every default relation extractor on the resolved documents, in pipeline order.</summary>
    [Benchmark]
    public int AllRelationExtractors()
    {
        int relations = 0;
        foreach (var resolved in _documents)
        {
            var document = Fresh(resolved);
            _sink.Clear();
            foreach (var extractor in _extractors) extractor.Extract(document, _sink);
            relations += _sink.Count;
        }
        return relations;
    }

    [Benchmark]
    public int Events() => Run<EventExtractor>();

    [Benchmark]
    public int Structural() => Run<StructuralExtractor>();

    [Benchmark]
    public int ConflictStates() => Run<ConflictStateExtractor>();

    [Benchmark]
    public int CoMentions() => Run<CoMentionExtractor>();

    // The import-restriction extractor reads the event relations already in the sink, so it is timed with them.
    [Benchmark]
    public int EventsThenImportRestrictions()
    {
        var events = _extractors.OfType<EventExtractor>().Single();
        var imports = _extractors.OfType<ImportRestrictionExtractor>().Single();
        int relations = 0;
        foreach (var resolved in _documents)
        {
            var document = Fresh(resolved);
            _sink.Clear();
            events.Extract(document, _sink);
            imports.Extract(document, _sink);
            relations += _sink.Count;
        }
        return relations;
    }

    /// <summary>
    /// A new instance of a resolved document (same layers, one small object): the actor layer and sentence texts
    /// are cached per document instance, as they are in the pipeline, where every document is new; reusing the
    /// same instances here would time those caches' hits instead of the work.
    /// </summary>
    private static Document Fresh(Document resolved) => resolved.WithRelations([]);

    private int Run<T>() where T : IRelationExtractor
    {
        var extractor = _extractors.OfType<T>().Single();
        int relations = 0;
        foreach (var resolved in _documents)
        {
            var document = Fresh(resolved);
            _sink.Clear();
            extractor.Extract(document, _sink);
            relations += _sink.Count;
        }
        return relations;
    }

    private static (string, string)[] ReadSeed()
    {
        string folder = SharedFiles.FindRepositoryFolder("seeds");
        return Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (File.ReadAllText(f), Path.GetFileName(f))).ToArray();
    }

    private static (string, string)[] ReadNews()
    {
        string path = SharedFiles.Find(Path.Combine("shared", "data", "conll2003", "original-iob1", "eng.testa"));
        var stories = new List<(string, string)>();
        var text = new System.Text.StringBuilder();
        bool lineStart = true;
        void EndStory()
        {
            if (text.Length > 0) stories.Add((text.ToString(), $"testa-{stories.Count + 1}"));
            text.Clear();
            lineStart = true;
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) { EndStory(); continue; }
            if (line.Length == 0) { if (!lineStart) { text.Append('\n'); lineStart = true; } continue; }
            if (!lineStart) text.Append(' ');
            text.Append(line.AsSpan(0, line.IndexOf(' ') is > 0 and int space ? space : line.Length));
            lineStart = false;
        }
        EndStory();
        return [.. stories];
    }

    private static (string, string)[] ReadPlover()
    {
        string path = SharedFiles.Find(Path.Combine("shared", "data", "plover-dev", "plover-gsr-dev.json"));
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return json.RootElement.EnumerateArray()
            .Where(r => r.TryGetProperty("text", out _) && r.TryGetProperty("id", out _))
            .Select(r => (r.GetProperty("text").GetString()!, r.GetProperty("id").GetString()!))
            .ToArray();
    }
}
