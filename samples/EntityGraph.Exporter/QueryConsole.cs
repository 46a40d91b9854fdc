using System.Globalization;
using EntityGraph.Graphs;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace EntityGraph.Exporter;

/// <summary>The Spectre console and cell formats that <c>query</c> and <c>explain</c> print their tables with.</summary>
public static class QueryConsole
{
    /// <summary>
    /// A console over <paramref name="stdout"/>: colours on a terminal; plain text, 160 columns wide,
    /// anywhere else (pipes, files, tests), so the output does not depend on a terminal that is not there.
    /// </summary>
    public static IAnsiConsole Create(TextWriter stdout)
    {
        bool interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!interactive) console.Profile.Width = 160;
        return console;
    }

    /// <summary>A cell holding <paramref name="text"/> as it is (never read as markup).</summary>
    public static IRenderable Cell(string? text) => new Text(text ?? "");

    /// <summary>A number cell: up to 3 decimals, invariant culture.</summary>
    public static IRenderable Number(double value) => new Text(value.ToString("0.###", CultureInfo.InvariantCulture));

    /// <summary>An integer cell.</summary>
    public static IRenderable Number(int value) => new Text(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A date cell, <c>yyyy-MM-dd</c>, or a dash when unknown.</summary>
    public static IRenderable Date(DateOnly? date) => new Text(date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");

    /// <summary>What an edge says: its PLOVER category, else its type; <c>not …</c> when negated.</summary>
    public static string Relation(GraphEdge edge) => (edge.Negated ? "not " : "") + (edge.Category ?? edge.Type);

    /// <summary>A table with a title and the given column headers.</summary>
    public static Table Table(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(title)) };
        foreach (var column in columns) table.AddColumn(new TableColumn(Markup.Escape(column)));
        return table;
    }
}
