using System.CommandLine;

namespace EntityGraph.Exporter;

/// <summary>
/// The command line: <c>export</c> (articles and earlier graphs in, a graph out in any format),
/// <c>extract</c> (JSON Lines in and out), <c>query</c> and <c>explain</c> (questions to an exported graph),
/// <c>render</c> (an SVG picture), plus the standard <c>--help</c>. Each command's logic is in its *Run class;
/// the library does the work.
/// </summary>
public static class ExporterCli
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where help and other normal output go.</param>
    /// <param name="stderr">Where errors, progress and the summary go.</param>
    /// <returns>The process exit code: 0 on success, see <see cref="ExitCodes"/> otherwise.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return CreateRootCommand().Parse(args).Invoke(config);
    }

    /// <summary>Builds the root command with its subcommands.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            "EntityGraph exporter: extracts geopolitical entities and their relations from news articles and writes the graph.");
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(RenderCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        return root;
    }
}
