using Spectre.Console;

namespace EntityGraph.Exporter;

/// <summary>
/// Where <c>export</c>'s messages go, and how many inputs were skipped. On a terminal the messages go through
/// the Spectre console, which prints them above a running progress bar instead of through it; anywhere else
/// they are plain lines on <c>stderr</c>.
/// </summary>
/// <param name="stderr">Standard error.</param>
/// <param name="console">The Spectre console over <paramref name="stderr"/>.</param>
public sealed class ExportReporter(TextWriter stderr, IAnsiConsole console)
{
    /// <summary>Inputs (files, lines, graphs) reported and left out of the graph.</summary>
    public int Skipped { get; private set; }

    /// <summary>Warnings: read, but not as the user might expect (e.g. decoded as Windows-1252).</summary>
    public int Warnings { get; private set; }

    /// <summary>Whether messages go through the interactive console.</summary>
    public bool Interactive { get; init; }

    /// <summary>Reports an input left out of the graph: <c>error: {where}: {reason}; skipped.</c></summary>
    public void Skip(string where, string reason)
    {
        Skipped++;
        Line($"error: {where}: {reason}; skipped.");
    }

    /// <summary>Reports a problem that did not cost any input: <c>warning: {where}: {what}</c>.</summary>
    public void Warn(string where, string what)
    {
        Warnings++;
        Line($"warning: {where}: {what}");
    }

    /// <summary>Writes one plain line (no markup).</summary>
    public void Line(string text)
    {
        if (Interactive) console.WriteLine(text);
        else stderr.WriteLine(text);
    }
}
