using EntityGraph.Graphs;
using EntityGraph.Graphs.Queries;
using Spectre.Console;
using static EntityGraph.Exporter.QueryConsole;

namespace EntityGraph.Exporter;

/// <summary>
/// One run of <c>query</c>: read the graph, find the entity, print two tables on standard output — the
/// entities up to <c>depth</c> edges away (with how strongly each is tied to the ring inside it) and the
/// entity's own ties. Problems go to standard error with a non-zero exit code.
/// </summary>
/// <param name="graphPath">The graph file.</param>
/// <param name="entityName">The entity, as typed.</param>
/// <param name="depth">How many edges away to list entities, at least 1.</param>
/// <param name="direction">Which edges to follow.</param>
/// <param name="filter">Which edges count.</param>
/// <param name="top">Rows per table at most.</param>
/// <param name="stdout">Where the tables go.</param>
/// <param name="stderr">Where messages go.</param>
public sealed class QueryRun(string graphPath, string entityName, int depth, EdgeDirection direction, EdgeFilter filter, int top,
    TextWriter stdout, TextWriter stderr)
{
    /// <summary>Runs the query.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public int Execute()
    {
        var problem = QueryGraphFile.TryRead(graphPath, out var graph);
        if (problem is not null) return Fail(problem);
        var query = graph.Query();
        problem = QueryGraphFile.TryFind(query, entityName, graphPath, stderr, out var node);
        if (problem is not null) return Fail(problem);

        var console = QueryConsole.Create(stdout);
        console.Write(new Text(
            $"{QueryGraphFile.Describe(node)}, {node.Type}: {node.MentionCount} mentions in {node.DocumentCount} documents, " +
            (node.FirstSeen is null ? "no dated documents\n" : $"seen {DateText(node.FirstSeen)} to {DateText(node.LastSeen)}\n")));
        console.Write(Neighbours(query, node));
        console.Write(Ties(query, node));
        return ExitCodes.Ok;
    }

    private Table Neighbours(GraphQuery query, GraphNode node)
    {
        var reach = query.Reach(node, depth, direction, filter);
        var hopsOf = new Dictionary<GraphNode, int>(ReferenceEqualityComparer.Instance);
        foreach (var (n, hops) in reach) hopsOf[n] = hops;

        // Each entity's ties to the ring just inside it: for a direct neighbour, its ties with the entity.
        var rows = new List<(GraphNode Node, int Hops, int Ties, double Weight)>();
        foreach (var (n, hops) in reach)
        {
            if (hops == 0) continue;
            int ties = 0;
            double weight = 0;
            foreach (var tie in query.Ties(n, EdgeDirection.Both, filter))
            {
                if (!hopsOf.TryGetValue(tie.Neighbour, out int h) || h != hops - 1) continue;
                // Only edges the search could follow inward count (it followed them from the inner node outward).
                bool followed = direction switch
                {
                    EdgeDirection.Out => tie.Direction == EdgeDirection.In,
                    EdgeDirection.In => tie.Direction == EdgeDirection.Out,
                    _ => true,
                };
                if (!followed) continue;
                ties++;
                weight += tie.Edge.Weight;
            }
            rows.Add((n, hops, ties, weight));
        }
        rows.Sort((x, y) =>
        {
            int c = x.Hops.CompareTo(y.Hops);
            if (c == 0) c = y.Weight.CompareTo(x.Weight);
            if (c == 0) c = string.CompareOrdinal(x.Node.Id, y.Node.Id);
            return c;
        });

        var table = Table($"Neighbours of {node.Name} (depth {depth}): {rows.Count}", "Entity", "Id", "Type", "Hops", "Ties", "Weight");
        foreach (var row in rows.Take(top))
            table.AddRow(Cell(row.Node.Name), Cell(row.Node.Id), Cell(row.Node.Type.ToString()), Number(row.Hops), Number(row.Ties), Number(row.Weight));
        AddMore(table, rows.Count);
        return table;
    }

    private Table Ties(GraphQuery query, GraphNode node)
    {
        // Heaviest first; a stable sort, so equal weights keep the graph's order (outgoing before incoming).
        var ties = query.Ties(node, direction, filter).OrderByDescending(t => t.Edge.Weight).ToList();
        var table = Table($"Ties of {node.Name}: {ties.Count}",
            "Entity", "Type", "Relation", "Direction", "Weight", "Count", "First seen", "Last seen");
        foreach (var tie in ties.Take(top))
        {
            var edge = tie.Edge;
            table.AddRow(Cell(tie.Neighbour.Name), Cell(tie.Neighbour.Type.ToString()), Cell(Relation(edge)),
                Cell(tie.Direction == EdgeDirection.Out ? "out" : "in"), Number(edge.Weight), Number(edge.Count),
                Date(edge.FirstSeen), Date(edge.LastSeen));
        }
        AddMore(table, ties.Count);
        return table;
    }

    private void AddMore(Table table, int total)
    {
        if (total > top) table.Caption = new TableTitle($"… and {total - top} more (raise --top to see them)");
        else if (total == 0) table.Caption = new TableTitle("none");
    }

    private static string DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    private int Fail(string message)
    {
        stderr.WriteLine(message);
        return ExitCodes.InputError;
    }
}
