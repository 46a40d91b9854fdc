using System.Diagnostics;

namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// Trains a <see cref="PerceptronModel"/>: a structured perceptron over BILOU tags with weight averaging
/// (Collins 2002; averaged with the usual lazy "w − u/c" trick), sentences shuffled each epoch with a fixed
/// seed, the development set choosing the epoch. With <see cref="PerceptronTrainingOptions.Stacked"/>, a
/// second pass is trained on top of jackknifed first-pass tags. Deterministic for given inputs and options.
/// </summary>
public sealed class PerceptronTrainer
{
    private const int K = BilouTags.Count;
    private readonly PerceptronTrainingOptions _options;
    private readonly Action<string> _log;

    /// <summary>Creates a trainer.</summary>
    /// <param name="options">Settings; validated here.</param>
    /// <param name="log">Receives progress lines (per-epoch development scores), or <c>null</c>.</param>
    public PerceptronTrainer(PerceptronTrainingOptions? options = null, Action<string>? log = null)
    {
        _options = options ?? new PerceptronTrainingOptions();
        _options.Validate();
        _log = log ?? (_ => { });
    }

    /// <summary>Development F1 (entity level, exact match) after each epoch of the last pass trained, in order.</summary>
    public IReadOnlyList<double> EpochScores => _epochScores;
    private readonly List<double> _epochScores = [];

    /// <summary>Trains a model.</summary>
    /// <param name="train">Training documents.</param>
    /// <param name="dev">Development documents for choosing the epoch (and calibrating confidence), or
    /// <c>null</c> to train every epoch and keep the last.</param>
    /// <param name="gazetteer">Name lists to learn from (stored in the model), or <c>null</c> for none.</param>
    /// <exception cref="FormatException">A tag is malformed or its label is not PER, ORG, LOC or MISC; the
    /// message names the document and sentence.</exception>
    public PerceptronModel Train(IReadOnlyList<NerDocument> train, IReadOnlyList<NerDocument>? dev, IGazetteerSource? gazetteer)
    {
        ArgumentNullException.ThrowIfNull(train);
        var names = new NameGazetteer(gazetteer?.Entries() ?? []);
        _log($"name lists: {names.Entries.Count} phrases");
        var extractor = new FeatureExtractor(names);
        var trainDocs = train.Select((d, i) => Prepare(d, "train", i)).ToList();
        var devDocs = (dev ?? []).Select((d, i) => Prepare(d, "dev", i)).ToList();

        var map1 = new Dictionary<ulong, int>();
        var sw = Stopwatch.StartNew();
        var train1 = trainDocs.Select(d => Encode(d, extractor, map1, grow: true, default)).ToList();
        var dev1 = devDocs.Select(d => Encode(d, extractor, map1, grow: false, default)).ToList();
        _log($"pass 1: {map1.Count} features from {trainDocs.Sum(d => d.Words.Length)} tokens ({sw.ElapsedMilliseconds} ms)");
        var (w1, t1, epochs1) = TrainPass("pass 1", train1, dev1.Count > 0 ? dev1 : null, map1.Count, _options.Epochs);
        var first = Compress(map1, w1, t1);

        ModelPass? second = null;
        if (_options.Stacked)
        {
            // Jackknife: every training document gets first-pass tags from a model that never saw it, so the
            // second pass learns how far to trust realistic (not memorised) first-pass output.
            var firstTrain = new int[train1.Count][];
            for (int fold = 0; fold < _options.Folds; fold++)
            {
                var inFold = Enumerable.Range(0, train1.Count).Where(i => i % _options.Folds == fold).ToList();
                var rest = Enumerable.Range(0, train1.Count).Where(i => i % _options.Folds != fold).Select(i => train1[i]).ToList();
                var (wf, tf, _) = TrainPass($"fold {fold + 1}/{_options.Folds}", rest, null, map1.Count, epochs1);
                foreach (int i in inFold) firstTrain[i] = Predict(train1[i], wf, tf);
            }
            var firstDev = dev1.Select(d => Predict(d, w1, t1)).ToArray();
            var map2 = new Dictionary<ulong, int>();
            var train2 = trainDocs.Select((d, i) => Encode(d, extractor, map2, grow: true, firstTrain[i])).ToList();
            var dev2 = devDocs.Select((d, i) => Encode(d, extractor, map2, grow: false, firstDev[i])).ToList();
            _log($"pass 2: {map2.Count} features");
            var (w2, t2, _) = TrainPass("pass 2", train2, dev2.Count > 0 ? dev2 : null, map2.Count, _options.Epochs);
            second = Compress(map2, w2, t2);
        }

        var model = new PerceptronModel(names, first, second, 1f);
        if (devDocs.Count > 0) model = Calibrate(model, devDocs);
        return model;
    }

    /// <summary>A document with its words, gold tag ids and sentence ranges.</summary>
    private sealed record Prepared(ReadOnlyMemory<char>[] Words, int[] Gold, SentenceRange[] Sentences);

    /// <summary>A document's features as dense ids (-1 = not in the training features).</summary>
    private sealed record Encoded(Prepared Doc, int[] Features, int[] Offsets);

    private static Prepared Prepare(NerDocument doc, string set, int index)
    {
        var words = new List<ReadOnlyMemory<char>>();
        var gold = new List<int>();
        var sentences = new List<SentenceRange>();
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            if (sentence.Words.Count != sentence.Tags.Count)
                throw new FormatException($"{set} document {index + 1}, sentence {s + 1}: {sentence.Words.Count} words but {sentence.Tags.Count} tags.");
            if (sentence.Words.Count == 0) continue;
            int start = words.Count;
            var tags = new int[sentence.Words.Count];
            try
            {
                foreach (var span in TagScheme.ToSpans(sentence.Tags))
                {
                    int type = BilouTags.TypeId(span.Label);
                    if (type < 0) throw new FormatException($"label '{span.Label}' is not PER, ORG, LOC or MISC");
                    if (span.Length == 1) { tags[span.Start] = BilouTags.Tag(type, BilouTags.Unit); continue; }
                    tags[span.Start] = BilouTags.Tag(type, BilouTags.Begin);
                    for (int i = span.Start + 1; i < span.End - 1; i++) tags[i] = BilouTags.Tag(type, BilouTags.Inside);
                    tags[span.End - 1] = BilouTags.Tag(type, BilouTags.Last);
                }
            }
            catch (FormatException e)
            {
                throw new FormatException($"{set} document {index + 1}, sentence {s + 1}: {e.Message}", e);
            }
            foreach (var w in sentence.Words) words.Add(w.AsMemory());
            gold.AddRange(tags);
            sentences.Add(new SentenceRange(start, sentence.Words.Count));
        }
        return new Prepared(words.ToArray(), gold.ToArray(), sentences.ToArray());
    }

    private static Encoded Encode(Prepared doc, FeatureExtractor extractor, Dictionary<ulong, int> map, bool grow, ReadOnlySpan<int> firstPass)
    {
        var buffer = new FeatureBuffer();
        extractor.Extract(doc.Words, doc.Sentences, buffer, firstPass);
        var ids = new int[buffer.Count];
        for (int i = 0; i < buffer.Count; i++)
        {
            ulong key = buffer.Keys[i];
            if (!map.TryGetValue(key, out int id))
            {
                id = grow ? map.Count : -1;
                if (grow) map.Add(key, id);
            }
            ids[i] = id;
        }
        return new Encoded(doc, ids, buffer.Offsets.AsSpan(0, doc.Words.Length + 1).ToArray());
    }

    private (float[] Weights, float[] Transitions, int Epochs) TrainPass(string label, List<Encoded> train, List<Encoded>? dev,
        int featureCount, int epochs)
    {
        var w = new float[(long)featureCount * K];
        var u = new float[w.Length];
        var tw = new float[K * K];
        var tu = new float[K * K];
        var order = train.SelectMany((d, di) => d.Doc.Sentences.Select(s => (Doc: d, Sentence: s))).ToArray();
        var rng = new Random(_options.Seed);
        long c = 1;
        float[] emissions = new float[256 * K];
        int[] predicted = new int[256];
        float[]? best = null, bestT = null;
        double bestF1 = -1;
        int bestEpoch = epochs;
        if (dev is not null) _epochScores.Clear();
        var sw = Stopwatch.StartNew();

        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int mistakes = 0;
            foreach (var (doc, s) in order)
            {
                if (emissions.Length < s.Count * K) { emissions = new float[s.Count * K * 2]; predicted = new int[s.Count * 2]; }
                Score(doc, s, w, emissions);
                var pred = predicted.AsSpan(0, s.Count);
                ConstrainedViterbi.Decode(emissions.AsSpan(0, s.Count * K), tw, pred);
                var gold = doc.Doc.Gold.AsSpan(s.Start, s.Count);
                if (!pred.SequenceEqual(gold))
                {
                    mistakes++;
                    for (int i = 0; i < s.Count; i++)
                    {
                        int g = gold[i], p = pred[i];
                        if (g != p)
                        {
                            int tok = s.Start + i;
                            for (int f = doc.Offsets[tok]; f < doc.Offsets[tok + 1]; f++)
                            {
                                int id = doc.Features[f];
                                if (id < 0) continue;
                                long row = (long)id * K;
                                w[row + g] += 1; u[row + g] += c;
                                w[row + p] -= 1; u[row + p] -= c;
                            }
                        }
                        if (i > 0)
                        {
                            int gt = gold[i - 1] * K + g, pt = pred[i - 1] * K + p;
                            if (gt != pt) { tw[gt] += 1; tu[gt] += c; tw[pt] -= 1; tu[pt] -= c; }
                        }
                    }
                }
                c++;
            }
            string line = $"{label} epoch {epoch}: {mistakes}/{order.Length} sentences wrong";
            if (dev is not null || epoch == epochs)
            {
                var avg = Average(w, u, c);
                var avgT = Average(tw, tu, c);
                if (dev is not null)
                {
                    double f1 = Evaluate(dev, avg, avgT);
                    _epochScores.Add(f1);
                    line += $", dev F1 {f1:F4}";
                    if (f1 > bestF1) { bestF1 = f1; best = avg; bestT = avgT; bestEpoch = epoch; }
                }
                else { best = avg; bestT = avgT; }
            }
            _log(line + $" ({sw.Elapsed.TotalSeconds:F1} s)");
        }
        if (dev is not null) _log($"{label}: best dev F1 {bestF1:F4} at epoch {bestEpoch}");
        return (best!, bestT!, bestEpoch);
    }

    private static float[] Average(float[] w, float[] u, long c)
    {
        var avg = new float[w.Length];
        float inv = 1f / c;
        for (long i = 0; i < w.Length; i++) avg[i] = w[i] - u[i] * inv;
        return avg;
    }

    private static void Score(Encoded doc, SentenceRange s, float[] w, float[] emissions)
    {
        Array.Clear(emissions, 0, s.Count * K);
        for (int i = 0; i < s.Count; i++)
        {
            int tok = s.Start + i;
            var row = emissions.AsSpan(i * K, K);
            for (int f = doc.Offsets[tok]; f < doc.Offsets[tok + 1]; f++)
            {
                int id = doc.Features[f];
                if (id < 0) continue;
                var wr = w.AsSpan((int)((long)id * K), K);
                for (int t = 0; t < K; t++) row[t] += wr[t];
            }
        }
    }

    private static int[] Predict(Encoded doc, float[] w, float[] transitions)
    {
        var tags = new int[doc.Doc.Words.Length];
        var emissions = new float[K * Math.Max(1, doc.Doc.Sentences.Length == 0 ? 1 : doc.Doc.Sentences.Max(s => s.Count))];
        foreach (var s in doc.Doc.Sentences)
        {
            Score(doc, s, w, emissions);
            ConstrainedViterbi.Decode(emissions.AsSpan(0, s.Count * K), transitions, tags.AsSpan(s.Start, s.Count));
        }
        return tags;
    }

    private static double Evaluate(List<Encoded> dev, float[] w, float[] transitions)
    {
        int correct = 0, predicted = 0, gold = 0;
        foreach (var d in dev)
        {
            var tags = Predict(d, w, transitions);
            foreach (var s in d.Doc.Sentences)
            {
                var g = Spans(d.Doc.Gold.AsSpan(s.Start, s.Count));
                var p = Spans(tags.AsSpan(s.Start, s.Count));
                gold += g.Count; predicted += p.Count;
                foreach (var x in p) if (g.Contains(x)) correct++;
            }
        }
        return correct == 0 ? 0 : 2.0 * correct / (predicted + gold);
    }

    /// <summary>The (start, end, type) chunks of a valid BILOU tag-id sequence.</summary>
    internal static HashSet<(int, int, int)> Spans(ReadOnlySpan<int> tags)
    {
        var set = new HashSet<(int, int, int)>();
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] == BilouTags.O) continue;
            int start = i, type = BilouTags.TypeOf(tags[i]);
            while (BilouTags.PositionOf(tags[i]) is BilouTags.Begin or BilouTags.Inside && i + 1 < tags.Length) i++;
            set.Add((start, i + 1, type));
        }
        return set;
    }

    /// <summary>Quantises averaged weights to int16, dropping small ones, into a sorted sparse table.</summary>
    private ModelPass Compress(Dictionary<ulong, int> map, float[] w, float[] transitions)
    {
        float max = 0;
        foreach (float x in w) max = Math.Max(max, Math.Abs(x));
        float scale = max > 0 ? max / 32767f : 1f;
        var keys = new List<ulong>();
        var counts = new List<byte>();
        var tags = new List<byte>();
        var values = new List<short>();
        foreach (var (key, id) in map.OrderBy(kv => kv.Key))
        {
            int n = 0;
            for (int t = 0; t < K; t++)
            {
                int q = (int)MathF.Round(w[(long)id * K + t] / scale);
                if (q == 0 || Math.Abs(q) < _options.PruneBelow) continue;
                tags.Add((byte)t);
                values.Add((short)Math.Clamp(q, -32767, 32767));
                n++;
            }
            if (n == 0) continue;
            keys.Add(key);
            counts.Add((byte)n);
        }
        _log($"compressed: {keys.Count} of {map.Count} features kept, {tags.Count} weights, scale {scale:G4}");
        return new ModelPass(transitions, new WeightTable(keys.ToArray(), counts.ToArray(), tags.ToArray(), values.ToArray(), scale));
    }

    /// <summary>
    /// Picks the confidence temperature that minimises the log loss of "this predicted mention is correct"
    /// on the development set, using the compressed model exactly as the recognizer will.
    /// </summary>
    private PerceptronModel Calibrate(PerceptronModel model, List<Prepared> dev)
    {
        var tagger = new PerceptronTagger(model);
        float[] grid = [0.25f, 0.5f, 1f, 2f, 3f, 4f, 6f, 8f, 12f, 16f, 24f, 32f];
        float bestT = 1f;
        double bestLoss = double.MaxValue;
        foreach (float temperature in grid)
        {
            var m = new PerceptronModel(model.Gazetteer, model.First, model.Second, temperature);
            tagger = new PerceptronTagger(m);
            double loss = 0;
            int count = 0;
            foreach (var d in dev)
            {
                var tags = new int[d.Words.Length];
                var conf = new float[d.Words.Length];
                tagger.Tag(d.Words, d.Sentences, tags, conf);
                foreach (var s in d.Sentences)
                {
                    var gold = Spans(d.Gold.AsSpan(s.Start, s.Count));
                    foreach (var (start, end, type) in Spans(tags.AsSpan(s.Start, s.Count)))
                    {
                        float p = 1f;
                        for (int i = start; i < end; i++) p = Math.Min(p, conf[s.Start + i]);
                        p = Math.Clamp(p, 1e-4f, 1 - 1e-4f);
                        loss -= gold.Contains((start, end, type)) ? Math.Log(p) : Math.Log(1 - p);
                        count++;
                    }
                }
            }
            loss /= Math.Max(1, count);
            if (loss < bestLoss) { bestLoss = loss; bestT = temperature; }
        }
        _log($"confidence temperature {bestT} (dev mention log loss {bestLoss:F4})");
        return new PerceptronModel(model.Gazetteer, model.First, model.Second, bestT);
    }
}
