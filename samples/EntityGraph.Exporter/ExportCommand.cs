using System.CommandLine;

namespace EntityGraph.Exporter;

/// <summary>The <c>export</c> command: articles in, GraphML out.</summary>
public static class ExportCommand
{
    /// <summary>Creates the command with its arguments and options.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files, or folders searched recursively for *.txt files. A document's id is its path relative to the folder given.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The GraphML file to write (replaced only once the whole graph has been written).",
            Required = true,
            HelpName = "file.graphml",
        };
        var command = new Command("export", "Process the articles with the default pipeline and write the entity graph as GraphML.")
        {
            inputs,
            output,
        };
        command.SetAction(parse => new ExportRun(
                parse.GetRequiredValue(inputs),
                parse.GetRequiredValue(output),
                parse.InvocationConfiguration.Error)
            .Execute());
        return command;
    }
}
