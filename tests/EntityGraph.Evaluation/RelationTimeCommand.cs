using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EntityGraph.Evaluation;

/// <summary>
/// <c>relation-time FILE... [--repeat N]</c>: the time relation extraction adds to the entity stages inside the
/// pipeline, per input (see <see cref="RelationTiming"/>). An input is a PLOVER-style JSON array of records (each
/// record's <c>text</c> a document), a CoNLL-2003 file (tokens joined by spaces, sentences by newlines; each
/// <c>-DOCSTART-</c> starts a document) or any other text file (one document). Nothing is written but the figures.
/// </summary>
internal static class RelationTimeCommand
{
    public static int Run(string[] args)
    {
        var a = new Arguments(args, new HashSet<string>(), new HashSet<string> { "--repeat" });
        if (a.Positional.Count == 0) throw new UsageException("relation-time needs at least one FILE.");
        int repeat = a.Int("--repeat", 30);
        if (repeat < 1) throw new UsageException("--repeat must be at least 1.");
        var json = new List<string>();
        foreach (var path in a.Positional)
        {
            var texts = Read(path);
            if (texts.Count == 0) throw new InvalidDataException($"{path}: no text to time.");
            var r = RelationTiming.Measure(texts, repeat);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}: {texts.Count} documents; entity stages {r.EntityMs:0.00} ms, whole pipeline {r.PipelineMs:0.00} ms per round; relations add {r.Median:P1} (median of {r.Rounds} alternating rounds; quartiles {r.Lower:P1} – {r.Upper:P1}); timed apart: the extractors' own work {r.OwnWork:P1}, the entity stages slower by {r.EntitySlowdown:P1}"));
            json.Add(string.Create(CultureInfo.InvariantCulture,
                $"{{\"file\":{JsonSerializer.Serialize(path)},\"documents\":{texts.Count},\"median\":{r.Median:0.0000},\"lowerQuartile\":{r.Lower:0.0000},\"upperQuartile\":{r.Upper:0.0000},\"entityMs\":{r.EntityMs:0.000},\"pipelineMs\":{r.PipelineMs:0.000},\"ownWork\":{r.OwnWork:0.0000},\"entitySlowdown\":{r.EntitySlowdown:0.0000}}}"));
        }
        Console.WriteLine($"{{\"inputs\":[{string.Join(',', json)}]}}");
        return 0;
    }

    private static List<(string Text, string Id)> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file.", path);
        string name = Path.GetFileName(path);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return ReadRecords(path);
        string? first = File.ReadLines(path).FirstOrDefault(l => l.Length > 0);
        if (first is not null && (first.StartsWith("-DOCSTART-", StringComparison.Ordinal) || first.Split(' ').Length == 4))
            return ReadConll(path);
        return [(File.ReadAllText(path), name)];
    }

    private static List<(string, string)> ReadRecords(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        if (doc.RootElement.ValueKind != JsonValueKind.Array) throw new InvalidDataException($"{path}: expected a JSON array of records.");
        var texts = new List<(string, string)>();
        foreach (var element in doc.RootElement.EnumerateArray())
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                texts.Add((text.GetString()!, element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : $"#{texts.Count}"));
        return texts;
    }

    private static List<(string, string)> ReadConll(string path)
    {
        var texts = new List<(string, string)>();
        var text = new StringBuilder();
        bool lineStart = true;
        int lineNumber = 0;
        void End()
        {
            if (text.Length > 0) texts.Add((text.ToString(), $"{Path.GetFileName(path)}#{texts.Count + 1}"));
            text.Clear();
            lineStart = true;
        }
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) { End(); continue; }
            if (line.Length == 0) { if (!lineStart) { text.Append('\n'); lineStart = true; } continue; }
            int space = line.IndexOf(' ');
            if (space <= 0) throw new CorpusFormatException(path, lineNumber, "expected 'token POS chunk NER'.");
            if (!lineStart) text.Append(' ');
            text.Append(line, 0, space);
            lineStart = false;
        }
        End();
        return texts;
    }
}
