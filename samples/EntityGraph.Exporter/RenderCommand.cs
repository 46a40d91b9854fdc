using System.CommandLine;
using EntityGraph.Rendering;

namespace EntityGraph.Exporter;

/// <summary>The <c>render</c> command: a graph file in, an SVG picture out.</summary>
public static class RenderCommand
{
    /// <summary>Creates the command with its argument and options.</summary>
    public static Command Create()
    {
        var defaults = SvgRenderOptions.Default;
        var graph = new Argument<string>("graph")
        {
            Description = "A graph written by export: .graphml (GraphML) or .json (node-link JSON); other names are recognised by their first character.",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The SVG file to write (replaced only once the whole picture has been written).",
            Required = true,
            HelpName = "graph.svg",
        };
        var maxNodes = new Option<int>("--max-nodes")
        {
            Description = "Draw at most this many entities, those with the highest weighted degree; the picture's title says how many were left out.",
            DefaultValueFactory = _ => defaults.MaxNodes,
            HelpName = "n",
        };
        maxNodes.Require(n => n >= 1, "--max-nodes must be at least 1.");
        var minWeight = new Option<double>("--min-weight")
        {
            Description = "Leave out edges lighter than this (an edge's weight is the sum of its relations' confidences), and entities left without any edge.",
            DefaultValueFactory = _ => defaults.MinWeight,
            HelpName = "w",
        };
        minWeight.Require(w => double.IsFinite(w) && w >= 0, "--min-weight must be a number, 0 or more.");
        var width = SizeOption("--width", defaults.Width);
        var height = SizeOption("--height", defaults.Height);
        var maxLabels = new Option<int>("--max-labels")
        {
            Description = "Label at most this many entities, biggest first (labels that would overlap are left out; every node still has a tooltip).",
            DefaultValueFactory = _ => defaults.MaxLabels,
            HelpName = "n",
        };
        maxLabels.Require(n => n >= 0, "--max-labels cannot be negative.");
        var title = new Option<string?>("--title")
        {
            Description = "The heading of the picture (default: the graph file's name).",
            HelpName = "text",
        };

        var command = new Command("render", """
            Draw a graph as an SVG picture: force-directed layout (the same input gives the same file), nodes coloured by entity type and sized by mentions,
            edges green for cooperation, red for conflict, dark grey for structural ties and light grey for co-mentions, as wide as their weight,
            with arrowheads for direction and a tooltip on every node and edge.
            Exit codes: 0 written, 2 graph missing or invalid (the message names the file and line), 3 output not writable, 1 bad command line.
            """)
        {
            graph, output, maxNodes, minWeight, width, height, maxLabels, title,
        };
        command.SetAction(parse =>
        {
            string input = parse.GetRequiredValue(graph);
            var options = new SvgRenderOptions
            {
                MaxNodes = parse.GetValue(maxNodes),
                MinWeight = parse.GetValue(minWeight),
                Width = parse.GetValue(width),
                Height = parse.GetValue(height),
                MaxLabels = parse.GetValue(maxLabels),
                Title = parse.GetValue(title) ?? Path.GetFileName(input),
            };
            return new RenderRun(input, parse.GetRequiredValue(output), options, parse.InvocationConfiguration.Error).Execute();
        });
        return command;
    }

    private static Option<int> SizeOption(string name, int defaultValue)
    {
        var option = new Option<int>(name)
        {
            Description = $"{(name == "--width" ? "Width" : "Height")} of the picture in pixels, 200 to 20000.",
            DefaultValueFactory = _ => defaultValue,
            HelpName = "px",
        };
        option.Require(v => v is >= 200 and <= 20000, $"{name} must be between 200 and 20000.");
        return option;
    }
}
