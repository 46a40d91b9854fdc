using BenchmarkDotNet.Attributes;
using EntityGraph.Documents;
using EntityGraph.Recognition.Perceptron;

namespace EntityGraph.Benchmarks;

/// <summary>
/// Throughput of the perceptron recognizer on CoNLL-2003 train tokens (203,621), tokens already split, one
/// thread. The corpus is read at benchmark time through <see cref="ConllText"/> (from
/// <c>../shared/data/conll2003/train.txt</c>); it is never part of the repository. The file has no document
/// markers, so consecutive sentences are grouped into
/// documents of <see cref="SentencesPerDocument"/> sentences: 1 is the worst case for per-document overhead,
/// 20 is about a news story. One operation = one token, so BenchmarkDotNet's "Mean" is time per token and
/// tokens/s = 10⁹ / Mean(ns).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PerceptronRecognizerBenchmarks
{
    private const int TrainTokens = 203_621;
    private Document[] _documents = [];
    private readonly PerceptronRecognizer _recognizer = new();
    private readonly List<Mention> _mentions = [];

    /// <summary>Sentences per document.</summary>
    [Params(1, 20)]
    public int SentencesPerDocument { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sentences = ConllText.AllSentences;
        _documents = sentences.Chunk(SentencesPerDocument).Select(Build).ToArray();
        int tokens = _documents.Sum(d => d.Tokens.Count);
        if (tokens != TrainTokens) throw new InvalidOperationException($"Expected {TrainTokens} tokens, read {tokens}.");
        _ = _recognizer.Model;   // load the model outside the measurement
    }

    [Benchmark(OperationsPerInvoke = TrainTokens)]
    public int Recognize()
    {
        int count = 0;
        foreach (var d in _documents)
        {
            _mentions.Clear();
            _recognizer.Recognize(d, _mentions);
            count += _mentions.Count;
        }
        return count;
    }

    private static Document Build(string[][] sentences)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var ranges = new List<Sentence>();
        foreach (var words in sentences)
        {
            int first = tokens.Count, start = text.Length;
            foreach (var w in words)
            {
                tokens.Add(new Token(new TextSpan(text.Length, w.Length), TokenKind.Word, true));
                text.Append(w).Append(' ');
            }
            ranges.Add(new Sentence(first, words.Length, TextSpan.FromBounds(start, text.Length - 1)));
        }
        return Document.Create(text.ToString()).WithTokens(tokens, ranges);
    }
}
