using System.Diagnostics;
using System.Text;
using EntityGraph.Documents;
using EntityGraph.Recognition.Perceptron;

namespace EntityGraph.Evaluation;

/// <summary>
/// <c>tag</c>: tags pre-tokenised text the way OpenNLP's <c>TokenNameFinder</c> does, for whole-process
/// comparisons: input has one sentence per line with tokens separated by single spaces, and an empty line
/// between documents; output repeats each line with entities wrapped as <c>&lt;START:person&gt; … &lt;END&gt;</c>.
/// Timing goes to standard error.
/// </summary>
internal static class TagCommand
{
    public static int Run(string[] args)
    {
        var a = new Arguments(args, new HashSet<string>(), new HashSet<string> { "--model", "--out" });
        if (a.Positional.Count != 1) throw new UsageException("tag needs exactly one FILE (use - for standard input).");
        var total = Stopwatch.StartNew();
        PerceptronModel model;
        if (a.Get("--model") is { } modelPath)
        {
            using var file = File.OpenRead(modelPath);
            model = PerceptronModel.Load(file, modelPath);
        }
        else model = PerceptronModel.Shipped;
        var recognizer = new PerceptronRecognizer(model);

        using var input = a.Positional[0] == "-" ? Console.In : new StreamReader(a.Positional[0]);
        using var output = a.Get("--out") is { } outPath
            ? new StreamWriter(outPath, false, new UTF8Encoding(false), 1 << 16)
            : new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        var sentences = new List<string[]>();
        var mentions = new List<Mention>();
        long tokens = 0;

        void Flush()
        {
            if (sentences.Count == 0) return;
            var doc = NerCommand.BuildDocument(new NerDocument(sentences.Select(s => new NerSentence(s, s)).ToArray()));
            mentions.Clear();
            recognizer.Recognize(doc, mentions);
            tokens += doc.Tokens.Count;
            int offset = 0, next = 0;
            var line = new StringBuilder();
            foreach (var words in sentences)
            {
                line.Clear();
                for (int i = 0; i < words.Length; i++)
                {
                    if (i > 0) line.Append(' ');
                    if (next < mentions.Count && mentions[next].FirstToken == offset + i)
                        line.Append("<START:").Append(OpenNlpType(mentions[next].Type)).Append("> ");
                    line.Append(words[i]);
                    if (next < mentions.Count && mentions[next].EndToken == offset + i + 1) { line.Append(" <END>"); next++; }
                }
                output.WriteLine(line);
                offset += words.Length;
            }
            output.WriteLine();
            sentences.Clear();
        }

        string? raw;
        while ((raw = input.ReadLine()) is not null)
        {
            if (raw.Trim().Length == 0) { Flush(); continue; }
            sentences.Add(raw.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        Flush();
        output.Flush();
        Console.Error.WriteLine($"tagged {tokens} tokens in {total.Elapsed.TotalSeconds:F2} s (start-up and I/O included)");
        return 0;
    }

    private static string OpenNlpType(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization or EntityType.PoliticalParty => "organization",
        EntityType.Location or EntityType.Country => "location",
        _ => "misc",
    };
}
