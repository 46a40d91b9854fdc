using System.Globalization;
using EntityGraph.Graphs;
using Spectre.Console;

namespace EntityGraph.Exporter;

/// <summary>
/// The summary <c>export</c> prints at the end: entities by type, relations by type and category, and the
/// strongest ties. Rendered with Spectre.Console tables; on a plain writer (CI, pipes) they come out as ASCII
/// without escape codes.
/// </summary>
public static class ExportSummary
{
    /// <summary>How many of the strongest ties are listed.</summary>
    public const int TopTies = 5;

    /// <summary>Writes the summary of <paramref name="graph"/> to <paramref name="console"/>.</summary>
    /// <param name="graph">The graph written.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="plain">ASCII borders, for logs and files that may not be read as UTF-8.</param>
    public static void Write(EntityRelationGraph graph, IAnsiConsole console, bool plain)
    {
        var entities = new Table { Title = new TableTitle("Entities by type") }
            .AddColumn("Type").AddColumn(new TableColumn("Entities").RightAligned()).AddColumn(new TableColumn("Mentions").RightAligned());
        foreach (var group in graph.Nodes.GroupBy(n => n.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
            entities.AddRow(new Text(group.Key.ToString()), Number(group.Count()), Number(group.Sum(n => n.MentionCount)));
        entities.AddRow(new Text("total"), Number(graph.Nodes.Count), Number(graph.Nodes.Sum(n => n.MentionCount)));

        var relations = new Table { Title = new TableTitle("Relations by type and category") }
            .AddColumn("Type").AddColumn("Category").AddColumn(new TableColumn("Relations").RightAligned()).AddColumn(new TableColumn("Edges").RightAligned());
        foreach (var group in graph.Edges.GroupBy(e => (e.Type, Category: e.Category ?? "", e.Negated))
                     .OrderByDescending(g => g.Sum(e => e.Count)).ThenBy(g => g.Key.Type, StringComparer.Ordinal)
                     .ThenBy(g => g.Key.Category, StringComparer.Ordinal).ThenBy(g => g.Key.Negated))
        {
            string category = (group.Key.Negated ? "not " : "") + (group.Key.Category.Length == 0 ? "-" : group.Key.Category);
            relations.AddRow(new Text(group.Key.Type), new Text(category), Number(group.Sum(e => e.Count)), Number(group.Count()));
        }
        relations.AddRow(new Text("total"), new Text(""), Number(graph.Edges.Sum(e => e.Count)), Number(graph.Edges.Count));

        var ties = new Table { Title = new TableTitle($"Top {TopTies} ties by weight") }
            .AddColumn("Source").AddColumn("Relation").AddColumn("Target")
            .AddColumn(new TableColumn("Weight").RightAligned()).AddColumn(new TableColumn("Count").RightAligned());
        foreach (var edge in Strongest(graph, TopTies))
        {
            ties.AddRow(new Text(edge.Source.Name), new Text(Describe(edge)), new Text(edge.Target.Name),
                new Text(edge.Weight.ToString("0.##", CultureInfo.InvariantCulture)), Number(edge.Count));
        }

        if (plain)
        {
            foreach (var table in new[] { entities, relations, ties }) table.Border = TableBorder.Ascii;
        }
        console.Write(entities);
        console.Write(relations);
        if (graph.Edges.Count > 0) console.Write(ties);
    }

    /// <summary>
    /// The <paramref name="count"/> heaviest edges, heaviest first; ties in weight go by source id, target
    /// id, then relation, so the list is the same on every run.
    /// </summary>
    public static IReadOnlyList<GraphEdge> Strongest(EntityRelationGraph graph, int count) =>
        graph.Edges.OrderByDescending(e => e.Weight)
            .ThenBy(e => e.Source.Id, StringComparer.Ordinal).ThenBy(e => e.Target.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Category ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Negated)
            .Take(count).ToList();

    /// <summary>The relation as the summary names it: its category, else its type; <c>not …</c> when negated.</summary>
    public static string Describe(GraphEdge edge) => (edge.Negated ? "not " : "") + (edge.Category ?? edge.Type);

    private static Text Number(int n) => new(n.ToString("N0", CultureInfo.InvariantCulture));
}
