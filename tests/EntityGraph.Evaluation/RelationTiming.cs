using System.Diagnostics;
using EntityGraph.Documents;
using EntityGraph.Relations;

namespace EntityGraph.Evaluation;

/// <summary>
/// What relation extraction adds to the entity stages inside the pipeline (issue #4: at most 30%), measured so a
/// shared, noisy machine cannot fake it either way. Each round times a block of passes over the texts with the
/// entity stages alone (tokenize … resolve) and a block with the whole default pipeline, one right after the other,
/// in an order that alternates from round to round; the figure is the median over rounds of
/// (pipeline ÷ entity stages − 1). A burst of load from another process moves one round, not the median.
/// <para>Each block starts with one pass that is not timed. Without it, a short input (the seed article is one
/// document of about a millisecond) would time the entity stages right after a pass of the whole pipeline, with the
/// caches full of the relation stage's data, and the whole pipeline right after the entity stages alone, with the
/// caches full of theirs: the first looks slower and the second faster than either is in a steady run, and the
/// share came out about 5 points too low on the seed. Timing the extractors alone on resolved documents would
/// flatter them too: inside the pipeline they start each document with the caches full of the entity stages'
/// data, and the entity stages of the next document start with theirs.</para>
/// <para>A third block per round does the whole pipeline's work with its two parts timed apart (the entity
/// stages, then the extractors on their result), to tell the extractors' own time from what they cost the entity
/// stages of the documents that follow. The two halves add up to about the share, not exactly: they are
/// separate medians.</para>
/// </summary>
internal static class RelationTiming
{
    /// <summary>
    /// The median share and its quartiles, with the mean time of one pass over the texts; and the median share
    /// split in two: the relation extractors' own time, and how much slower the entity stages run when relations
    /// follow them (both against the entity stages alone).
    /// </summary>
    public sealed record Result(double Median, double Lower, double Upper, double EntityMs, double PipelineMs, int Rounds,
        double OwnWork, double EntitySlowdown);

    // A timed block lasts at least this long with the entity stages alone, so that the untimed pass before it
    // is a small part of the run and a block is long next to the timer's resolution.
    private const double BlockMs = 25;

    /// <param name="texts">The documents (text, id).</param>
    /// <param name="rounds">Rounds to time after the warm-up.</param>
    public static Result Measure(IReadOnlyList<(string Text, string Id)> texts, int rounds)
    {
        var entityStages = new PipelineBuilder().ClearRelationExtractors().Build();
        var pipeline = Pipeline.CreateDefault();
        // Warm-up: loads the models, and runs long enough (a second, at least five rounds) for tiered compilation
        // to have optimised the hot code of both; a single short document would otherwise be timed half in tier 0.
        long warmUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        double pass = double.MaxValue;
        for (int k = 0; k < 5 || Stopwatch.GetTimestamp() < warmUntil; k++)
        {
            pass = Math.Min(pass, Time(entityStages, texts, 1));
            Time(pipeline, texts, 1);
        }
        int passes = (int)Math.Clamp(Math.Ceiling(BlockMs / Math.Max(pass, 1e-6)), 1, 1000);

        var shares = new double[rounds];
        var own = new double[rounds];
        var slowdown = new double[rounds];
        double entityMs = 0, pipelineMs = 0;
        for (int k = 0; k < rounds; k++)
        {
            double e, p;
            (double Entity, double Relations) split;
            if (k % 2 == 0)
            {
                e = Block(entityStages, texts, passes);
                p = Block(pipeline, texts, passes);
                split = SplitBlock(entityStages, pipeline.RelationExtractors, texts, passes);
            }
            else
            {
                split = SplitBlock(entityStages, pipeline.RelationExtractors, texts, passes);
                p = Block(pipeline, texts, passes);
                e = Block(entityStages, texts, passes);
            }
            e = Math.Max(e, 1e-9);
            shares[k] = p / e - 1;
            own[k] = split.Relations / e;
            slowdown[k] = split.Entity / e - 1;
            entityMs += e;
            pipelineMs += p;
        }
        Array.Sort(shares);
        Array.Sort(own);
        Array.Sort(slowdown);
        return new Result(shares[rounds / 2], shares[rounds / 4], shares[3 * rounds / 4], entityMs / rounds, pipelineMs / rounds, rounds,
            own[rounds / 2], slowdown[rounds / 2]);
    }

    /// <summary>
    /// The whole pipeline's work with its two parts timed apart: the entity stages, then the relation extractors
    /// on their result, document by document, as <see cref="Pipeline.Process(Document)"/> runs them.
    /// One untimed pass first, as in <see cref="Block"/>; the mean time of a pass of each part.
    /// </summary>
    private static (double Entity, double Relations) SplitBlock(Pipeline entityStages, IReadOnlyList<IRelationExtractor> extractors,
        IReadOnlyList<(string Text, string Id)> texts, int passes)
    {
        long entity = 0, relations = 0;
        for (int k = 0; k <= passes; k++)
        {
            long e = 0, r = 0;
            foreach (var (text, id) in texts)
            {
                long start = Stopwatch.GetTimestamp();
                var document = entityStages.Process(text, id);
                long middle = Stopwatch.GetTimestamp();
                var found = new List<Relation>();
                foreach (var extractor in extractors) extractor.Extract(document, found);
                document.WithRelations(found.ToArray());
                long end = Stopwatch.GetTimestamp();
                e += middle - start;
                r += end - middle;
            }
            if (k == 0) continue;   // the untimed pass
            entity += e;
            relations += r;
        }
        double ms = 1000.0 / Stopwatch.Frequency / passes;
        return (entity * ms, relations * ms);
    }

    /// <summary>One untimed pass, then the mean time of <paramref name="passes"/> timed ones.</summary>
    private static double Block(Pipeline pipeline, IReadOnlyList<(string Text, string Id)> texts, int passes)
    {
        Time(pipeline, texts, 1);
        return Time(pipeline, texts, passes) / passes;
    }

    private static double Time(Pipeline pipeline, IReadOnlyList<(string Text, string Id)> texts, int passes)
    {
        long start = Stopwatch.GetTimestamp();
        for (int k = 0; k < passes; k++)
            foreach (var (text, id) in texts) pipeline.Process(text, id);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
