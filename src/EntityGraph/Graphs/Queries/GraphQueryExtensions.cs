using System.Runtime.CompilerServices;

namespace EntityGraph.Graphs.Queries;

/// <summary>The entry point: <c>graph.Query()</c>.</summary>
public static class GraphQueryExtensions
{
    // One query (and so one name index) per graph, dropped with the graph.
    private static readonly ConditionalWeakTable<EntityRelationGraph, GraphQuery> Queries = new();

    /// <summary>
    /// The <see cref="GraphQuery"/> of <paramref name="graph"/>: the same instance on every call for the same
    /// graph, so its indexes are built once. Thread-safe.
    /// </summary>
    /// <param name="graph">The graph to query.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static GraphQuery Query(this EntityRelationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Queries.GetValue(graph, static g => new GraphQuery(g));
    }
}
