using System.Globalization;
using EntityGraph.Graphs;
using EntityGraph.Graphs.Queries;
using Spectre.Console;
using static EntityGraph.Exporter.QueryConsole;

namespace EntityGraph.Exporter;

/// <summary>
/// One run of <c>explain</c>: read the graph, find both entities, print a summary line and, for each edge
/// between them, a table of its evidence sentences. When no edge links them, print the shortest path
/// instead (still exit code 0: "nothing links them" is an answer).
/// </summary>
/// <param name="graphPath">The graph file.</param>
/// <param name="nameA">The first entity, as typed.</param>
/// <param name="nameB">The second entity, as typed.</param>
/// <param name="direction"><see cref="EdgeDirection.Out"/>: a→b only; <see cref="EdgeDirection.In"/>: b→a only.</param>
/// <param name="filter">Which edges count.</param>
/// <param name="top">Evidence rows per edge at most.</param>
/// <param name="countries">Whether A and B stand for their countries: every entity acting for either counts
/// (<see cref="GraphQuery.BetweenActors"/>).</param>
/// <param name="stdout">Where the tables go.</param>
/// <param name="stderr">Where messages go.</param>
public sealed class ExplainRun(string graphPath, string nameA, string nameB, EdgeDirection direction, EdgeFilter filter, int top,
    bool countries, TextWriter stdout, TextWriter stderr)
{
    /// <summary>Runs the explanation.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public int Execute()
    {
        var problem = QueryGraphFile.TryRead(graphPath, out var graph);
        if (problem is not null) return Fail(problem);
        var query = graph.Query();
        problem = QueryGraphFile.TryFind(query, nameA, graphPath, stderr, out var a);
        if (problem is not null) return Fail(problem);
        problem = QueryGraphFile.TryFind(query, nameB, graphPath, stderr, out var b);
        if (problem is not null) return Fail(problem);

        Func<GraphEdge, bool> fromA = e => ReferenceEquals(e.Source, a);
        IReadOnlyList<GraphEdge> between;
        if (countries)
        {
            string? codeA = GraphQuery.ActorCountry(a), codeB = GraphQuery.ActorCountry(b);
            if (codeA is null || codeB is null || codeA == codeB)
                return Fail($"error: --countries needs two entities of different known countries; {QueryGraphFile.Describe(a)} acts for {codeA ?? "no known country"}, {QueryGraphFile.Describe(b)} for {codeB ?? "no known country"}.");
            between = query.BetweenActors(a, b, filter);
            fromA = e => GraphQuery.ActorCountry(e.Source) == codeA;
        }
        else between = query.Between(a, b, filter);
        var edges = between.Where(e => direction == EdgeDirection.Both || fromA(e) == (direction == EdgeDirection.Out)).ToList();
        var console = QueryConsole.Create(stdout);
        if (edges.Count == 0)
        {
            console.Write(new Text($"No relation between {QueryGraphFile.Describe(a)} and {QueryGraphFile.Describe(b)}{(filter.AcceptsAll && direction == EdgeDirection.Both ? "" : " passes the filters")}.\n"));
            var path = query.ShortestPath(a, b, new PathOptions { Filter = filter, Directed = direction != EdgeDirection.Both });
            console.Write(new Text(path is null
                ? "No chain of relations connects them either.\n"
                : $"Shortest chain ({path.Length} relations): {string.Join(" — ", path.Nodes.Select(n => n.Name))}\n"));
            return ExitCodes.Ok;
        }

        DyadFlow aToB = default, bToA = default;
        foreach (var edge in edges)
            foreach (var item in edge.Items)
            {
                var stance = Stances.Of(item, edge.Negated);
                var one = new DyadFlow(stance == Stance.Cooperation ? 1 : 0, stance == Stance.Conflict ? 1 : 0, stance == Stance.Neutral ? 1 : 0,
                    item.Goldstein ?? 0, item.Goldstein is null ? 0 : 1);
                if (fromA(edge)) aToB += one;
                else bToA += one;
            }
        string scope = countries ? $" and everyone acting for {GraphQuery.ActorCountry(a)} and {GraphQuery.ActorCountry(b)}" : "";
        console.Write(new Text(
            $"{QueryGraphFile.Describe(a)} and {QueryGraphFile.Describe(b)}{scope}: {edges.Count} edges, {aToB.Total + bToA.Total} relations\n" +
            $"  {a.Name} → {b.Name}: {Flow(aToB)}\n" +
            $"  {b.Name} → {a.Name}: {Flow(bToA)}\n" +
            $"  net cooperation minus conflict: {(aToB + bToA).Net:+0;-0;0}\n"));

        foreach (var edge in edges)
        {
            string title = $"{edge.Source.Name} → {edge.Target.Name}: {Relation(edge)} ({edge.Type}{Detail(edge)}), weight {Num(edge.Weight)}, {edge.Count} relations";
            var table = Table(title, "Document", "Sentence", "Date", "Confidence", "Text");
            var items = edge.Items;
            for (int i = 0; i < items.Count && i < top; i++)
            {
                var item = items[i];
                table.AddRow(Cell(item.DocumentId ?? "(no id)"), Number(item.Evidence.SentenceIndex), Date(item.Date),
                    Number(item.Confidence), Cell(item.Evidence.SentenceText));
            }
            if (items.Count > top) table.Caption = new TableTitle($"… and {items.Count - top} more (raise --top to see them)");
            console.Write(table);
        }
        return ExitCodes.Ok;
    }

    private static string Flow(DyadFlow flow) =>
        $"{flow.Cooperation} cooperation, {flow.Conflict} conflict, {flow.Neutral} neutral" +
        (flow.GoldsteinCount > 0 ? $", Goldstein sum {Num(flow.GoldsteinSum)}" : "");

    private static string Detail(GraphEdge edge) =>
        (edge.QuadClass is { } q ? $", quad class {q}" : "") +
        (edge.MeanGoldstein is { } g ? $", mean Goldstein {Num(g)}" : "") +
        (edge.Cameo is { } c ? $", CAMEO {c}" : "");

    private static string Num(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private int Fail(string message)
    {
        stderr.WriteLine(message);
        return ExitCodes.InputError;
    }
}
