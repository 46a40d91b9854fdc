using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EntityGraph.Documents;
using EntityGraph.Recognition.Perceptron;

namespace EntityGraph.Evaluation;

/// <summary>
/// <c>ner</c>: tags the gold tokens of a corpus with the library's <see cref="PerceptronRecognizer"/> and scores
/// the result with conlleval semantics. The pipeline's tokens are built directly from the gold tokens (the
/// text is the tokens joined by single spaces, sentences by a line break), so there is no re-tokenisation.
/// </summary>
/// <remarks>
/// CrossNER label mapping (our type → CrossNER label): Person → <c>person</c> or <c>politician</c>
/// (<c>--per-label</c>; politician scores better on politics dev, see the README); Organization →
/// <c>politicalparty</c> when a token of the mention is a party word (Party, Democrats, Socialists, Front,
/// Alliance, League, …; the list was extended on CrossNER train, where it raised micro F1 0.595 → 0.603),
/// else <c>organisation</c>; Location → <c>country</c> when the mention is a country name in the model's
/// name lists, else <c>location</c>; Misc → <c>misc</c>. CrossNER's <c>election</c> and <c>event</c> are
/// never predicted.
/// </remarks>
internal static class NerCommand
{
    private static readonly HashSet<string> PartyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Party", "Parties", "Democrats", "Republicans", "Socialists", "Liberals", "Conservatives", "Greens",
        "Labour", "Labor", "Tories", "Whigs", "Communists", "Democrat", "Socialist",
        "Movement", "Front", "Alliance", "Union", "League", "Bloc", "Coalition", "Left",
    };

    public static int Run(string[] args)
    {
        var a = new Arguments(args, new HashSet<string>(),
            new HashSet<string> { "--format", "--predictions", "--model", "--per-label", "--repeat", "--documents" });
        if (a.Positional.Count != 1) throw new UsageException("ner needs exactly one FILE.");
        string path = a.Positional[0];
        var format = a.Get("--format") switch
        {
            null or "conll2003" => CorpusFormat.Conll2003,
            "crossner" => CorpusFormat.CrossNer,
            var f => throw new UsageException($"--format must be conll2003 or crossner, not '{f}'."),
        };
        string perLabel = a.Get("--per-label") ?? "politician";
        if (perLabel is not ("person" or "politician")) throw new UsageException("--per-label must be person or politician.");

        var total = Stopwatch.StartNew();
        var load = Stopwatch.StartNew();
        PerceptronModel model;
        if (a.Get("--model") is { } modelPath)
        {
            using var file = File.OpenRead(modelPath);
            model = PerceptronModel.Load(file, modelPath);
        }
        else model = PerceptronModel.Shipped;
        load.Stop();

        var scope = a.Get("--documents") switch
        {
            null or "file" => DocumentScope.File,
            "sentence" => DocumentScope.Sentence,
            var d => throw new UsageException($"--documents must be file or sentence, not '{d}'."),
        };
        var docs = ConllReader.Read(path, format, scope);
        var recognizer = new PerceptronRecognizer(model);
        int repeat = a.Int("--repeat", 0);
        if (repeat > 0) Throughput(docs, recognizer, repeat);
        var countries = new HashSet<string>(model.NameListEntries.Where(e => e.Category == GazetteerCategory.Country)
            .Select(e => e.Phrase), StringComparer.OrdinalIgnoreCase);

        var scorer = new NerScorer();
        using var predictions = a.Get("--predictions") is { } outPath ? new StreamWriter(outPath, false, new UTF8Encoding(false)) : null;
        var tagging = new Stopwatch();
        long tokens = 0;
        var mentions = new List<Mention>();
        foreach (var nerDoc in docs)
        {
            var document = BuildDocument(nerDoc);
            mentions.Clear();
            tagging.Start();
            recognizer.Recognize(document, mentions);
            tagging.Stop();
            tokens += document.Tokens.Count;

            int offset = 0, next = 0;
            foreach (var sentence in nerDoc.Sentences)
            {
                int n = sentence.Words.Count;
                var predicted = new List<LabeledSpan>();
                while (next < mentions.Count && mentions[next].FirstToken < offset + n)
                {
                    var m = mentions[next++];
                    string label = format == CorpusFormat.CrossNer ? CrossNerLabel(m, sentence, offset, perLabel, countries) : ConllLabel(m.Type);
                    predicted.Add(new LabeledSpan(m.FirstToken - offset, m.TokenCount, label));
                }
                var gold = TagScheme.ToSpans(sentence.Tags);
                scorer.Add(gold, predicted);
                if (predictions is not null)
                {
                    var tags = TagScheme.ToIob2(predicted, n);
                    for (int i = 0; i < n; i++) predictions.WriteLine($"{sentence.Words[i]}\t{sentence.Tags[i]}\t{tags[i]}");
                    predictions.WriteLine();
                }
                offset += n;
            }
        }
        total.Stop();

        double tokensPerSecond = tokens / Math.Max(tagging.Elapsed.TotalSeconds, 1e-9);
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine($"{path}: {docs.Count} documents, {tokens} tokens");
        Console.WriteLine(string.Create(ci, $"model load {load.Elapsed.TotalMilliseconds:F0} ms ({model.FeatureCount:N0} features, stacked: {model.IsStacked}); tagging {tagging.Elapsed.TotalSeconds:F2} s = {tokensPerSecond:N0} tokens/s; whole command {total.Elapsed.TotalSeconds:F2} s"));
        Console.WriteLine($"{"label",-16} {"precision",9} {"recall",9} {"F1",9} {"support",8} {"predicted",9}");
        var perType = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var s in scorer.PerLabel())
        {
            Console.WriteLine(string.Create(ci, $"{s.Label,-16} {s.Precision,9:F4} {s.Recall,9:F4} {s.F1,9:F4} {s.Gold,8} {s.Predicted,9}"));
            perType[s.Label!] = new { precision = Round(s.Precision), recall = Round(s.Recall), f1 = Round(s.F1), support = s.Gold };
        }
        var micro = scorer.Micro();
        Console.WriteLine(string.Create(ci, $"{"micro",-16} {micro.Precision,9:F4} {micro.Recall,9:F4} {micro.F1,9:F4} {micro.Gold,8} {micro.Predicted,9}"));
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            f1 = Round(micro.F1),
            precision = Round(micro.Precision),
            recall = Round(micro.Recall),
            tokensPerSecond = Math.Round(tokensPerSecond),
            perType,
        }));
        return 0;
    }

    /// <summary>Steady-state throughput: tags the whole corpus <paramref name="repeat"/> times (after the JIT has
    /// warmed up on the first round) and prints each round's tokens/s.</summary>
    private static void Throughput(List<NerDocument> docs, PerceptronRecognizer recognizer, int repeat)
    {
        var documents = docs.Select(BuildDocument).ToArray();
        long tokens = documents.Sum(d => (long)d.Tokens.Count);
        var mentions = new List<Mention>();
        for (int round = 0; round <= repeat; round++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var d in documents) { mentions.Clear(); recognizer.Recognize(d, mentions); }
            sw.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}{(round == 0 ? " (warm-up)" : "")}: {tokens / sw.Elapsed.TotalSeconds:N0} tokens/s"));
        }
    }

    private static double Round(double x) => Math.Round(x, 6);

    /// <summary>The text is the tokens joined by spaces (a line break between sentences); tokens and sentences
    /// are the gold ones.</summary>
    internal static Document BuildDocument(NerDocument nerDoc)
    {
        var text = new StringBuilder();
        var tokens = new List<Token>(nerDoc.TokenCount);
        var sentences = new List<Sentence>(nerDoc.Sentences.Count);
        foreach (var s in nerDoc.Sentences)
        {
            int first = tokens.Count, start = text.Length;
            for (int i = 0; i < s.Words.Count; i++)
            {
                if (i > 0) text.Append(' ');
                tokens.Add(new Token(new TextSpan(text.Length, s.Words[i].Length), TokenKind.Word, i + 1 < s.Words.Count));
                text.Append(s.Words[i]);
            }
            sentences.Add(new Sentence(first, s.Words.Count, TextSpan.FromBounds(start, text.Length)));
            text.Append('\n');
        }
        return Document.Create(text.ToString()).WithTokens(tokens, sentences);
    }

    private static string ConllLabel(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization or EntityType.PoliticalParty => "ORG",
        EntityType.Location or EntityType.Country => "LOC",
        _ => "MISC",
    };

    private static string CrossNerLabel(Mention m, NerSentence sentence, int offset, string perLabel, HashSet<string> countries)
    {
        var words = Enumerable.Range(m.FirstToken - offset, m.TokenCount).Select(i => sentence.Words[i]).ToArray();
        return m.Type switch
        {
            EntityType.Person => perLabel,
            EntityType.Organization or EntityType.PoliticalParty => words.Any(PartyWords.Contains) ? "politicalparty" : "organisation",
            EntityType.Location or EntityType.Country => countries.Contains(string.Join(' ', words)) ? "country" : "location",
            _ => "misc",
        };
    }
}
