using BenchmarkDotNet.Attributes;
using EntityGraph.Export;
using EntityGraph.Graphs;

namespace EntityGraph.Benchmarks;

/// <summary>
/// Streaming export of the synthetic 100,000-node, 1,000,000-edge graph to <see cref="Stream.Null"/>. The
/// "Allocated" column is the check that the writers stream: it must stay far below the memory the graph
/// itself holds (printed by the global setup), i.e. no second copy of the graph is made on the way out.
/// Since "Allocated" counts short-lived garbage too, the setup also exports once with the managed heap
/// sampled every millisecond and prints the peak above the heap before the export and the gen1/gen2
/// collections it caused: a second copy would show as a peak near the graph's size and as survivors.
/// </summary>
[MemoryDiagnoser]
public class GraphExportBenchmarks
{
    private EntityRelationGraph _graph = null!;

    [GlobalSetup]
    public void Setup()
    {
        _graph = GraphBenchmarkGraph.Get();
        ReportPeak("GraphML", stream => GraphMLWriter.Write(_graph, stream));
        ReportPeak("JSON", stream => NodeLinkJsonWriter.Write(_graph, stream));
    }

    private static void ReportPeak(string name, Action<Stream> export)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long baseline = GC.GetTotalMemory(forceFullCollection: false);
        long peak = baseline;
        int gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.IsSet)
            {
                long now = GC.GetTotalMemory(forceFullCollection: false);
                if (now > Interlocked.Read(ref peak)) Interlocked.Exchange(ref peak, now);
                Thread.Sleep(1);
            }
        }) { IsBackground = true };
        sampler.Start();
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        export(Stream.Null);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        done.Set();
        sampler.Join();
        const double MiB = 1 << 20;
        Console.WriteLine($"// {name} export: heap peak {(Interlocked.Read(ref peak) - baseline) / MiB:N0} MiB above the {baseline / MiB:N0} MiB before it " +
            $"(the graph holds {GraphBenchmarkGraph.RetainedBytes / MiB:N0} MiB); {allocated / MiB:N0} MiB allocated in all; " +
            $"{GC.CollectionCount(1) - gen1} gen1 and {GC.CollectionCount(2) - gen2} gen2 collections");
    }

    [Benchmark(Description = "GraphML to Stream.Null")]
    public void GraphML() => GraphMLWriter.Write(_graph, Stream.Null);

    [Benchmark(Description = "Node-link JSON to Stream.Null")]
    public void Json() => NodeLinkJsonWriter.Write(_graph, Stream.Null);
}
