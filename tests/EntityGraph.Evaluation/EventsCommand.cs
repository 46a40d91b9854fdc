using System.Globalization;
using System.Text.Json;
using EntityGraph.Documents;
using EntityGraph.Relations;

namespace EntityGraph.Evaluation;

/// <summary>
/// <c>events FILE [--repeat N] [--show]</c>: scores interaction relations against PLOVER gold records (a JSON
/// array, format in ../shared/data/plover-dev/README.md). Each record's text is one document. A triple is
/// (source actor, target actor, PLOVER 2021 category), an actor being a country's ISO-3 code or the country
/// a person or body acts for (<see cref="ActorCodes"/>); gold 0.5b1 categories are renamed to 2021 ones and
/// SRC/TAR (reciprocal) actors give both directions. Negated relations are not events and are not scored.
/// Micro precision/recall/F1 over records, plus the same for dyads (source, target) alone. The gold file is
/// CC BY-SA evaluation data: it is read at run time and nothing of it is written anywhere.
/// </summary>
internal static class EventsCommand
{
    public static int Run(string[] args)
    {
        var a = new Arguments(args, new HashSet<string> { "--show" }, new HashSet<string> { "--repeat" });
        if (a.Positional.Count != 1) throw new UsageException("events needs one gold FILE.");
        int repeat = a.Int("--repeat", 3);
        if (repeat < 1) throw new UsageException("--repeat must be at least 1.");
        var records = ReadGold(a.Positional[0]);

        var entityPipeline = new PipelineBuilder().ClearRelationExtractors().Build();
        // Every relation extractor of the default pipeline (events, conflict states, structure, co-mentions):
        // the scores are of what the library emits, and only relations with a PLOVER category count.
        var extractors = Pipeline.CreateDefault().RelationExtractors;
        var docs = records.Select(r => entityPipeline.Process(r.Text, r.Id)).ToList();   // warm-up and the documents

        int tp = 0, predicted = 0, gold = 0, dyadTp = 0, dyadPredicted = 0, dyadGold = 0, noTarget = 0;
        var perCategory = new SortedDictionary<string, int[]>(StringComparer.Ordinal);   // tp, pred, gold
        for (int i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var relations = new List<Relation>();
            foreach (var extractor in extractors) extractor.Extract(docs[i], relations);
            var byId = docs[i].Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
            var pred = new HashSet<(string, string, string)>();
            foreach (var r in relations)
            {
                if (r.Negated || r.Category is null) continue;
                string? s = GoldCode(ActorCodes.Of(byId[r.Source])), t = GoldCode(ActorCodes.Of(byId[r.Target]));
                if (s is null || t is null || s == t) continue;
                pred.Add((s, t, r.Category));
            }
            // A gold event without any coded target has no (source, target) triple to find: it is left out of
            // the scores (and counted, with the recall it costs, on a separate line).
            noTarget += record.Triples.Count(x => x.Target == "-");
            var scored = record.Triples.Where(x => x.Target != "-").ToHashSet();
            tp += pred.Count(scored.Contains);
            predicted += pred.Count;
            gold += scored.Count;
            var predDyads = pred.Select(x => (x.Item1, x.Item2)).ToHashSet();
            var goldDyads = scored.Select(x => (x.Source, x.Target)).ToHashSet();
            dyadTp += predDyads.Count(goldDyads.Contains);
            dyadPredicted += predDyads.Count;
            dyadGold += goldDyads.Count;
            foreach (var x in pred) Slot(perCategory, x.Item3)[1]++;
            foreach (var x in scored) Slot(perCategory, x.Category)[2]++;
            foreach (var x in pred.Where(scored.Contains)) Slot(perCategory, x.Item3)[0]++;
            if (a.Has("--show"))
                Console.WriteLine($"{record.Id}: gold [{string.Join(' ', record.Triples)}] predicted [{string.Join(' ', pred)}] actors [{string.Join(' ', docs[i].Entities.Select(e => GoldCode(ActorCodes.Of(e)) ?? "?").Distinct())}] unplaced [{string.Join("; ", docs[i].Entities.Where(e => ActorCodes.Of(e) is null).Select(e => $"{e.Type}:{e.Name}"))}]");
        }

        // Timing: what relation extraction adds to the entity stages inside the pipeline, on the records' texts.
        var timing = RelationTiming.Measure(records.Select(r => (r.Text, r.Id)).ToList(), repeat);

        var (p, rc, f) = Prf(tp, predicted, gold);
        var (dp, dr, df) = Prf(dyadTp, dyadPredicted, dyadGold);
        Console.WriteLine($"records: {records.Count}, gold triples: {gold} (plus {noTarget} gold events without a coded target, not scored), predicted: {predicted}, correct: {tp}");
        Console.WriteLine("category      tp  pred  gold     P      R     F1");
        foreach (var (category, c) in perCategory)
        {
            var (cp, cr, cf) = Prf(c[0], c[1], c[2]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category,-11} {c[0],4} {c[1],5} {c[2],5}  {cp,5:0.000}  {cr,5:0.000}  {cf,5:0.000}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"triples: P {p:0.000} R {rc:0.000} F1 {f:0.000}; dyads: P {dp:0.000} R {dr:0.000} F1 {df:0.000}"));
        double recallAll = gold + noTarget == 0 ? 0 : (double)tp / (gold + noTarget);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"counting the untargeted gold events as misses: triple recall {recallAll:0.000}"));
        double ratio = timing.Median;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"time per round: entity stages {timing.EntityMs:0.0} ms, whole pipeline {timing.PipelineMs:0.0} ms; relations add {ratio:P1} (median of {repeat} alternating rounds; quartiles {timing.Lower:P1} – {timing.Upper:P1})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"f1\":{f:0.0000},\"precision\":{p:0.0000},\"recall\":{rc:0.0000},\"dyadF1\":{df:0.0000},\"dyadPrecision\":{dp:0.0000},\"dyadRecall\":{dr:0.0000},\"recallAllGold\":{recallAll:0.0000},\"relationTimeRatio\":{ratio:0.0000}}}"));
        return 0;
    }

    /// <summary>The gold records code every international body, NGOs included (Amnesty, Red Cross), as IGO.</summary>
    private static string? GoldCode(string? code) => code == "NGO" ? "IGO" : code;

    private static int[] Slot(SortedDictionary<string, int[]> d, string key) =>
        d.TryGetValue(key, out var v) ? v : d[key] = new int[3];

    private static (double P, double R, double F) Prf(int tp, int predicted, int gold)
    {
        double p = predicted == 0 ? 0 : (double)tp / predicted, r = gold == 0 ? 0 : (double)tp / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private sealed record GoldRecord(string Id, string Text, HashSet<(string Source, string Target, string Category)> Triples);

    private static List<GoldRecord> ReadGold(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        if (json.RootElement.ValueKind != JsonValueKind.Array) throw new InvalidDataException($"{path}: expected a JSON array of records.");
        var records = new List<GoldRecord>();
        int index = -1;
        foreach (var element in json.RootElement.EnumerateArray())
        {
            index++;
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                continue;   // the DOCUMENT header and anything without text
            string id = element.TryGetProperty("id", out var idProp) ? idProp.GetString() ?? $"#{index}" : $"#{index}";
            string eventName = element.TryGetProperty("event", out var ev) ? ev.GetString() ?? "" : "";
            string category = PloverCategory.FromPlover05(eventName)
                ?? throw new InvalidDataException($"{path}: record {id} (element {index}) has unknown event '{eventName}'.");
            string markup = element.TryGetProperty("textInfo", out var info) && info.ValueKind == JsonValueKind.Object
                && info.TryGetProperty("markup", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "";
            var sources = Actors(element, "source");
            var targets = Actors(element, "target");
            var triples = new HashSet<(string, string, string)>();
            // Reciprocal actors are marked "(SRC/TAR: text)" in the markup.
            var reciprocal = sources.Concat(targets).Where(x => markup.Contains($"SRC/TAR: {x.Text}", StringComparison.Ordinal))
                .Select(x => x.Code).Distinct().ToList();
            foreach (var s in sources)
                foreach (var t in targets)
                    if (s.Code != t.Code) triples.Add((s.Code, t.Code, category));
            foreach (var x in reciprocal)
                foreach (var y in reciprocal)
                    if (x != y) triples.Add((x, y, category));
            if (triples.Count == 0)
                foreach (var s in sources) triples.Add((s.Code, "-", category));   // an event with no target: recall only
            records.Add(new GoldRecord(id, text.GetString()!, triples));
        }
        return records;
    }

    private static List<(string Text, string Code)> Actors(JsonElement record, string name)
    {
        var list = new List<(string, string)>();
        if (!record.TryGetProperty(name, out var actors) || actors.ValueKind != JsonValueKind.Array) return list;
        foreach (var actor in actors.EnumerateArray())
            if (actor.ValueKind == JsonValueKind.Object && actor.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String && code.GetString() is { Length: > 0 } c)
                list.Add((actor.TryGetProperty("actorText", out var t) ? t.GetString() ?? "" : "", c));
        return list;
    }
}
