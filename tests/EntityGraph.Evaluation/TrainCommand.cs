using System.Diagnostics;
using EntityGraph.Recognition.Perceptron;

namespace EntityGraph.Evaluation;

/// <summary><c>train-ner</c>: trains the perceptron on CoNLL-2003 and writes the binary model.</summary>
internal static class TrainCommand
{
    public static int Run(string[] args)
    {
        var a = new Arguments(args, new HashSet<string> { "--stack" },
            new HashSet<string> { "--train", "--dev", "--out", "--epochs", "--seed", "--folds", "--prune", "--data" });
        var options = new PerceptronTrainingOptions
        {
            Epochs = a.Int("--epochs", 20),
            Seed = a.Int("--seed", 1),
            Folds = a.Int("--folds", 5),
            PruneBelow = a.Int("--prune", 8),
            Stacked = a.Has("--stack"),
        };
        string data = a.Get("--data") ?? Path.Combine("..", "shared", "data");
        if (!Directory.Exists(data)) throw new DirectoryNotFoundException($"{data}: name-list data directory not found (use --data DIR).");
        var sw = Stopwatch.StartNew();
        var train = ConllReader.Read(a.Require("--train"), CorpusFormat.Conll2003);
        var dev = a.Get("--dev") is { } devPath ? ConllReader.Read(devPath, CorpusFormat.Conll2003) : null;
        Console.WriteLine($"train: {train.Count} documents, {train.Sum(d => d.TokenCount)} tokens; dev: {dev?.Count ?? 0} documents, {dev?.Sum(d => d.TokenCount) ?? 0} tokens");
        var trainer = new PerceptronTrainer(options, Console.WriteLine);
        var model = trainer.Train(train, dev, new SharedNameLists(data));
        string output = a.Require("--out");
        using (var file = File.Create(output)) model.Save(file);
        Console.WriteLine($"wrote {output}: {new FileInfo(output).Length:N0} bytes, {model.FeatureCount:N0} features, {model.GazetteerPhraseCount:N0} phrases; {sw.Elapsed.TotalSeconds:F1} s in all");
        return 0;
    }
}
