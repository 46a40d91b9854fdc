using System.Diagnostics;
using EntityGraph.Documents;
using EntityGraph.Tokenization;

namespace EntityGraph.Benchmarks;

/// <summary>
/// A fast check without BenchmarkDotNet (<c>-- quick</c>): tokens per second over the whole CoNLL-2003 train
/// text (best and median of repeated runs, after warm-up), and how often a CoNLL token comes out as exactly one
/// token, with the most frequent differences. Prints to the console only; nothing is written to the repository.
/// </summary>
internal static class QuickTokenizerRun
{
    public static int Run(string[] args)
    {
        int runs = args.Length > 0 && int.TryParse(args[0], out int r) && r > 0 ? r : 30;
        string[][] sentences;
        try
        {
            sentences = ConllText.AllSentences;
        }
        catch (FileNotFoundException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        string text = ConllText.Text(int.MaxValue);
        var tokenizer = new EnglishTokenizer();
        var tokens = new List<Token>(text.Length / 3);
        for (int k = 0; k < 5; k++) { tokens.Clear(); tokenizer.Tokenize(text, tokens); }

        var times = new List<double>();
        for (int k = 0; k < runs; k++)
        {
            tokens.Clear();
            long start = Stopwatch.GetTimestamp();
            tokenizer.Tokenize(text, tokens);
            times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        times.Sort();
        int conllTokens = sentences.Sum(s => s.Length);
        Console.WriteLine($"Text: {text.Length:N0} chars, {sentences.Length:N0} sentences, {conllTokens:N0} CoNLL tokens, {tokens.Count:N0} tokens emitted");
        Console.WriteLine($"Best   {times[0] * 1e3:F2} ms = {tokens.Count / times[0] / 1e6:F2} M tokens/s");
        Console.WriteLine($"Median {times[runs / 2] * 1e3:F2} ms = {tokens.Count / times[runs / 2] / 1e6:F2} M tokens/s ({runs} runs)");

        ReportAgreement(text, sentences, tokens);
        return 0;
    }

    // A CoNLL token agrees when one emitted token covers exactly its characters.
    private static void ReportAgreement(string text, string[][] sentences, List<Token> tokens)
    {
        var spans = new HashSet<(int, int)>(tokens.Select(t => (t.Start, t.End)));
        var differences = new Dictionary<string, int>();
        int position = 0, total = 0, same = 0;
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence)
            {
                total++;
                if (spans.Contains((position, position + word.Length))) same++;
                else
                {
                    var pieces = tokens.Where(t => t.Start >= position && t.End <= position + word.Length)
                        .Select(t => text.Substring(t.Start, t.Span.Length));
                    string key = $"{word} → {string.Join(" ", pieces)}";
                    differences[key] = differences.GetValueOrDefault(key) + 1;
                }
                position += word.Length + 1;
            }
        }
        Console.WriteLine($"CoNLL tokens kept whole: {same:N0} of {total:N0} ({100.0 * same / total:F2}%)");
        foreach (var (key, count) in differences.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).Take(int.TryParse(Environment.GetEnvironmentVariable("ENTITYGRAPH_QUICK_TOP"), out int top) ? top : 25))
            Console.WriteLine($"  {count,6}  {key}");
    }
}
