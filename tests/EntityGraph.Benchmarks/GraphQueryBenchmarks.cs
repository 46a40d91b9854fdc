using BenchmarkDotNet.Attributes;
using EntityGraph.Graphs;
using EntityGraph.Graphs.Queries;

namespace EntityGraph.Benchmarks;

/// <summary>
/// Queries on a synthetic 100,000-node, 1,000,000-edge graph (<see cref="GraphSynthetic"/>, built once per
/// process in the global setup). Each benchmark cycles through 1,024 inputs drawn uniformly (typical nodes,
/// not only hubs), so a figure is the mean over nodes of all degrees; <c>HubTies</c> is the worst case, the
/// node with the most edges.
/// </summary>
[MemoryDiagnoser]
public class GraphQueryBenchmarks
{
    /// <summary>Nodes of the synthetic graph.</summary>
    public const int Nodes = 100_000;

    /// <summary>Edges of the synthetic graph (at least).</summary>
    public const int Edges = 1_000_000;

    private const int Inputs = 1024;
    private readonly EdgeFilter _conflict = new() { Stance = Stance.Conflict, MinWeight = 0.5 };
    private GraphQuery _query = null!;
    private string[] _names = [];
    private GraphNode[] _nodes = [];
    private (GraphNode A, GraphNode B)[] _pairs = [];
    private GraphNode _hub = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var graph = GraphBenchmarkGraph.Get();
        _query = graph.Query();
        var random = new Random(7);
        _names = Enumerable.Range(0, Inputs).Select(_ =>
        {
            int i = random.Next(Nodes);
            return random.Next(2) == 0 ? GraphSynthetic.Name(i).ToUpperInvariant() : GraphSynthetic.Alias(i);
        }).ToArray();
        _nodes = Enumerable.Range(0, Inputs).Select(_ => graph.Nodes[random.Next(graph.Nodes.Count)]).ToArray();
        _pairs = Enumerable.Range(0, Inputs).Select(_ =>
        {
            var edge = graph.Edges[random.Next(graph.Edges.Count)];
            return (edge.Source, edge.Target);
        }).ToArray();
        _hub = _query.Degree(1)[0].Node;
        _query.Find("warm up the name index");
        int degreeSum = _nodes.Sum(n => graph.Graph.OutDegree(n) + graph.Graph.InDegree(n));
        Console.WriteLine($"// Graph: {graph.Nodes.Count:N0} nodes, {graph.Edges.Count:N0} edges; sampled nodes' mean degree {degreeSum / (double)Inputs:0.#}; " +
            $"hub {_hub.Id} degree {graph.Graph.OutDegree(_hub) + graph.Graph.InDegree(_hub):N0}");
    }

    private int Next() => _next = (_next + 1) & (Inputs - 1);

    [Benchmark(Description = "Find by alias (case-insensitive)")]
    public int FindByAlias() => _query.Find(_names[Next()]).Count;

    [Benchmark(Description = "Ties, no filter")]
    public int Ties() => _query.Ties(_nodes[Next()]).Count;

    [Benchmark(Description = "Ties, conflict and weight >= 0.5")]
    public int TiesFiltered() => _query.Ties(_nodes[Next()], EdgeDirection.Both, _conflict).Count;

    [Benchmark(Description = "Neighbours (grouped, sorted), no filter")]
    public int Neighbours() => _query.Neighbours(_nodes[Next()]).Count;

    [Benchmark(Description = "Neighbours, conflict and weight >= 0.5")]
    public int NeighboursFiltered() => _query.Neighbours(_nodes[Next()], EdgeDirection.Both, _conflict).Count;

    [Benchmark(Description = "Ties of the biggest hub")]
    public int HubTies() => _query.Ties(_hub).Count;

    [Benchmark(Description = "Relations between two entities")]
    public int Between()
    {
        var (a, b) = _pairs[Next()];
        return _query.Between(a, b).Count;
    }

    [Benchmark(Description = "Ego network, depth 1")]
    public int EgoNetwork() => _query.EgoNetwork(_nodes[Next()]).Edges.Count;
}

/// <summary>One synthetic graph per benchmark process, shared by the query and export benchmarks.</summary>
internal static class GraphBenchmarkGraph
{
    private static EntityRelationGraph? _graph;

    /// <summary>The graph; the first call builds it and prints how long that took and how much memory it holds.</summary>
    public static EntityRelationGraph Get()
    {
        if (_graph is not null) return _graph;
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _graph = GraphSynthetic.Build(GraphQueryBenchmarks.Nodes, GraphQueryBenchmarks.Edges);
        watch.Stop();
        RetainedBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"// Built {_graph} in {watch.Elapsed.TotalSeconds:0.0} s; the graph holds {RetainedBytes / 1048576.0:N0} MiB");
        return _graph;
    }

    /// <summary>Managed memory the graph holds, measured around its construction.</summary>
    public static long RetainedBytes { get; private set; }
}
