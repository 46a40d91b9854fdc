using BenchmarkDotNet.Attributes;
using EntityGraph.Documents;
using EntityGraph.Recognition.Perceptron;

namespace EntityGraph.Benchmarks;

/// <summary>
/// Throughput of the perceptron recognizer on CoNLL-2003 train tokens (203,621), tokens already split, one
/// thread. The corpus is read at benchmark time from <c>../shared/data/conll2003/train.txt</c> (searched
/// upwards from the working and the assembly directories, or given by <c>ENTITYGRAPH_CONLL_TRAIN</c>); it is
/// never part of the repository. The file has no document markers, so consecutive sentences are grouped into
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
        var sentences = ReadSentences(FindCorpus());
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

    private static string FindCorpus()
    {
        if (Environment.GetEnvironmentVariable("ENTITYGRAPH_CONLL_TRAIN") is { Length: > 0 } env) return env;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data", "conll2003", "train.txt");
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new FileNotFoundException("CoNLL-2003 train.txt not found under any parent's shared/data/conll2003/; set ENTITYGRAPH_CONLL_TRAIN.");
    }

    private static List<string[]> ReadSentences(string path)
    {
        var sentences = new List<string[]>();
        var words = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (words.Count > 0) sentences.Add(words.ToArray());
                words.Clear();
                continue;
            }
            if (!line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) words.Add(line[..line.IndexOf(' ')]);
        }
        if (words.Count > 0) sentences.Add(words.ToArray());
        return sentences;
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
