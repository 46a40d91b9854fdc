namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// Tags one document with a <see cref="PerceptronModel"/>: extracts features, scores every token, decodes each
/// sentence with <see cref="ConstrainedViterbi"/>, then (stacked models) repeats with the first pass's tags as
/// extra features. Holds reusable scratch buffers, so it is not thread-safe: use one per thread.
/// </summary>
internal sealed class PerceptronTagger
{
    private const int K = BilouTags.Count;
    private readonly PerceptronModel _model;
    private readonly FeatureExtractor _extractor;
    private readonly FeatureBuffer _features = new();
    private float[] _emissions = new float[256 * K];
    private int[] _firstPass = new int[256];
    private readonly WordScoreCache _firstCache;
    private readonly WordScoreCache? _secondCache;

    private ReadOnlyMemory<char>[] _words = new ReadOnlyMemory<char>[256];
    private int[] _tags = new int[256];
    private float[] _confidence = new float[256];

    /// <summary>Reusable input and output arrays of at least <paramref name="n"/> elements (valid until the next call).</summary>
    public (ReadOnlyMemory<char>[] Words, int[] Tags, float[] Confidence) Scratch(int n)
    {
        if (_words.Length < n)
        {
            int size = Math.Max(n, _words.Length * 2);
            _words = new ReadOnlyMemory<char>[size];
            _tags = new int[size];
            _confidence = new float[size];
        }
        return (_words, _tags, _confidence);
    }

    public PerceptronTagger(PerceptronModel model)
    {
        _model = model;
        _extractor = new FeatureExtractor(model.Gazetteer) { CachesWords = true };
        _firstCache = new WordScoreCache(model.First.Weights);
        _secondCache = model.Second is null ? null : new WordScoreCache(model.Second.Weights);
    }

    /// <summary>Tags a document.</summary>
    /// <param name="words">Token texts.</param>
    /// <param name="sentences">Sentence ranges covering the tokens in order.</param>
    /// <param name="tags">Receives one BILOU tag id per token.</param>
    /// <param name="confidence">Receives one confidence per token, or empty to skip computing it.</param>
    public void Tag(ReadOnlySpan<ReadOnlyMemory<char>> words, ReadOnlySpan<SentenceRange> sentences, Span<int> tags,
        Span<float> confidence)
    {
        int n = words.Length;
        if (n == 0) return;
        if (_emissions.Length < n * K) _emissions = new float[Math.Max(n * K, _emissions.Length * 2)];
        if (_model.Second is null)
        {
            RunPass(_model.First, _firstCache, words, sentences, default, tags, confidence);
            return;
        }
        if (_firstPass.Length < n) _firstPass = new int[Math.Max(n, _firstPass.Length * 2)];
        var first = _firstPass.AsSpan(0, n);
        RunPass(_model.First, _firstCache, words, sentences, default, first, default);
        RunPass(_model.Second, _secondCache!, words, sentences, first, tags, confidence);
    }

    private void RunPass(ModelPass pass, WordScoreCache cache, ReadOnlySpan<ReadOnlyMemory<char>> words,
        ReadOnlySpan<SentenceRange> sentences, ReadOnlySpan<int> firstPass, Span<int> tags, Span<float> confidence)
    {
        _extractor.Extract(words, sentences, _features, firstPass);
        var facts = _extractor.Facts(words.Length);
        Span<int> acc = stackalloc int[K];
        var weights = pass.Weights;
        float scale = weights.Scale;
        foreach (var s in sentences)
        {
            for (int i = s.Start; i < s.End; i++)
            {
                acc.Clear();
                weights.Accumulate(_features.Of(i), acc);
                // The single-word features the extractor left out, from the cache (see FeatureExtractor.EmitWord).
                Add(acc, cache.Get(in facts[i]), WordGroup.Self);
                if (i > s.Start) Add(acc, cache.Get(in facts[i - 1]), WordGroup.Previous);
                if (i + 1 < s.End) Add(acc, cache.Get(in facts[i + 1]), WordGroup.Next);
                if (i - 1 > s.Start) Add(acc, cache.Get(in facts[i - 2]), WordGroup.SecondPrevious);
                if (i + 2 < s.End) Add(acc, cache.Get(in facts[i + 2]), WordGroup.SecondNext);
                var row = _emissions.AsSpan(i * K, K);
                for (int t = 0; t < K; t++) row[t] = acc[t] * scale;
            }
        }
        foreach (var s in sentences)
        {
            ConstrainedViterbi.Decode(_emissions.AsSpan(s.Start * K, s.Count * K), pass.Transitions,
                tags.Slice(s.Start, s.Count),
                confidence.IsEmpty ? default : confidence.Slice(s.Start, s.Count), _model.Temperature);
        }
    }

    private static void Add(Span<int> acc, ReadOnlySpan<int> groups, WordGroup group)
    {
        var v = groups.Slice((int)group * K, K);
        for (int t = 0; t < K; t++) acc[t] += v[t];
    }
}
