using System.Diagnostics;

namespace EntityGraph.Evaluation;

/// <summary>
/// What relation extraction adds to the entity stages inside the pipeline (issue #4: at most 30%), measured so a
/// shared, noisy machine cannot fake it either way: each round times the entity stages alone
/// (tokenize … resolve) and the whole default pipeline on the same texts, one right after the other, in an order
/// that alternates from round to round; the figure is the median over rounds of (pipeline ÷ entity stages − 1).
/// A burst of load from another process moves one round, not the median. Timing the extractors alone on resolved
/// documents would flatter them: inside the pipeline they start each document with the caches full of the entity
/// stages' data.
/// </summary>
internal static class RelationTiming
{
    /// <summary>The median share and its quartiles, with the per-round totals.</summary>
    public sealed record Result(double Median, double Lower, double Upper, double EntityMs, double PipelineMs, int Rounds);

    /// <param name="texts">The documents (text, id).</param>
    /// <param name="rounds">Rounds to time after one warm-up round.</param>
    public static Result Measure(IReadOnlyList<(string Text, string Id)> texts, int rounds)
    {
        var entityStages = new PipelineBuilder().ClearRelationExtractors().Build();
        var pipeline = Pipeline.CreateDefault();
        // Warm-up: loads the models, and runs long enough (a second, at least five rounds) for tiered compilation
        // to have optimised the hot code of both; a single short document would otherwise be timed half in tier 0.
        long warmUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        for (int k = 0; k < 5 || Stopwatch.GetTimestamp() < warmUntil; k++)
        {
            Time(entityStages, texts);
            Time(pipeline, texts);
        }
        var shares = new double[rounds];
        double entityMs = 0, pipelineMs = 0;
        for (int k = 0; k < rounds; k++)
        {
            double e, p;
            if (k % 2 == 0) { e = Time(entityStages, texts); p = Time(pipeline, texts); }
            else { p = Time(pipeline, texts); e = Time(entityStages, texts); }
            shares[k] = p / Math.Max(e, 1e-9) - 1;
            entityMs += e;
            pipelineMs += p;
        }
        Array.Sort(shares);
        return new Result(shares[rounds / 2], shares[rounds / 4], shares[3 * rounds / 4], entityMs / rounds, pipelineMs / rounds, rounds);
    }

    private static double Time(Pipeline pipeline, IReadOnlyList<(string Text, string Id)> texts)
    {
        long start = Stopwatch.GetTimestamp();
        foreach (var (text, id) in texts) pipeline.Process(text, id);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
