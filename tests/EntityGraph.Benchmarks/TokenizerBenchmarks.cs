using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using EntityGraph.Documents;
using EntityGraph.Tokenization;

namespace EntityGraph.Benchmarks;

/// <summary>
/// Throughput of <see cref="EnglishTokenizer"/> on realistic news text: the CoNLL-2003 train split joined back
/// into running text (see <see cref="ConllText"/>), one thread, growing input sizes (the whole split is
/// 14,041 sentences, about 1.1 MB). The "Tokens/s" column counts the tokens the tokenizer emits.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
[Config(typeof(ColumnConfig))]
public class TokenizerBenchmarks
{
    private readonly EnglishTokenizer _tokenizer = new();
    private string _text = "";
    private List<Token> _tokens = [];

    /// <summary>How many sentences of the train split to tokenize.</summary>
    [Params(100, 1_000, 14_041)]
    public int Sentences { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = ConllText.Text(Sentences);
        // Sized once so the measurement is the tokenizer, not List growth.
        _tokens = new List<Token>(TokenCount(Sentences) + 16);
    }

    [Benchmark]
    public int Tokenize()
    {
        _tokens.Clear();
        _tokenizer.Tokenize(_text, _tokens);
        return _tokens.Count;
    }

    /// <summary>Number of tokens the tokenizer produces for the first <paramref name="sentences"/> sentences.</summary>
    internal static int TokenCount(int sentences)
    {
        var tokens = new List<Token>();
        new EnglishTokenizer().Tokenize(ConllText.Text(sentences), tokens);
        return tokens.Count;
    }

    private sealed class ColumnConfig : ManualConfig
    {
        public ColumnConfig() => AddColumn(new TokensPerSecondColumn());
    }

    /// <summary>Tokens per second = tokens emitted / mean time per call. Computed in the host process.</summary>
    private sealed class TokensPerSecondColumn : IColumn
    {
        public string Id => nameof(TokensPerSecondColumn);
        public string ColumnName => "Tokens/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Tokens emitted per second (tokens of the input / mean time per call)";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (summary[benchmarkCase]?.ResultStatistics?.Mean is not { } meanNs || meanNs <= 0) return "n/a";
            if (benchmarkCase.Parameters[nameof(Sentences)] is not int sentences) return "n/a";
            double perSecond = TokenCount(sentences) / (meanNs * 1e-9);
            return $"{perSecond / 1e6:F2} M";
        }
    }
}
