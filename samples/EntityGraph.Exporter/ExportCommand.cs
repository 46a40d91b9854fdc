using System.CommandLine;
using System.Globalization;

namespace EntityGraph.Exporter;

/// <summary>The <c>export</c> command: articles and earlier graphs in, one graph out.</summary>
public static class ExportCommand
{
    /// <summary>Creates the command with its arguments and options.</summary>
    /// <param name="stdin">Standard input as bytes, for tests; <c>null</c> for the process's own.</param>
    public static Command Create(Stream? stdin = null)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = $"Article files, earlier graphs, folders (searched recursively for {InputKinds.Description}), or - for a plain-text article on stdin (document id 'stdin'). "
                + "A document's id is its path relative to the folder given, its file name for a file given directly, and '<file id>#<line id>' for a JSON Lines article.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The graph file to write (replaced only once the whole graph has been written), or - for stdout. "
                + "CSV writes two files: --out graph.csv gives graph.nodes.csv and graph.edges.csv.",
            Required = true,
            HelpName = "file",
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "The output format; by default it comes from the extension of --out (.graphml, .gexf, .json, .dot or .gv, .csv).",
            HelpName = string.Join('|', GraphFormats.Names),
        };
        format.AcceptOnlyFromAmong([.. GraphFormats.Names]);
        var date = new Option<string?>("--date")
        {
            Description = "The publication date (yyyy-MM-dd) of every article that does not carry its own (JSON Lines \"date\", HTML <meta> date, Markdown front matter).",
            HelpName = "yyyy-MM-dd",
        };
        date.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                result.AddError($"--date '{value}' is not a date such as 2014-03-01.");
        });

        var threads = SharedOptions.Threads("The graph and the messages are the same for any number.");

        var command = new Command("export", """
            Process the articles with the default pipeline, merge in earlier graphs, and write the entity graph.
            Inputs: .txt plain text; .md Markdown (clear markup removed); .html/.htm (markup, scripts and styles removed, entities decoded, <title> as the first line, <meta> publication date kept); .jsonl one article per line {"id", "text", "date"?} as extract reads them; .graphml/.json graphs written by this tool, merged with the rest.
            Text must be UTF-8 (a byte order mark for UTF-16/32 is honoured). A file that is not valid UTF-8 is read as Windows-1252 with a warning; a binary file is skipped.
            A missing input or a folder with nothing to read stops the run before anything is read. A bad input met while reading (unreadable or binary file, bad JSON line, invalid graph file, document id already used) is reported on stderr with its file and line and skipped; the rest is still read.
            A summary (entities and relations by type, top ties) goes to stderr; a progress bar too, on a terminal.
            Exit codes: 0 everything read, 4 some inputs skipped, 2 input error (nothing written), 3 output not writable, 1 bad command line.
            """)
        {
            inputs,
            output,
            format,
            date,
            threads,
        };
        command.SetAction(parse =>
        {
            var formatName = parse.GetValue(format);
            var dateText = parse.GetValue(date);
            var options = new ExportOptions(
                parse.GetRequiredValue(inputs),
                parse.GetRequiredValue(output),
                formatName is null ? null : GraphFormats.Parse(formatName),
                dateText is null ? null : DateOnly.ParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                parse.GetValue(threads));
            return new ExportRun(options, stdin, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error).Execute();
        });
        return command;
    }
}
