using System.CommandLine;

namespace EntityGraph.Exporter;

/// <summary>The <c>extract</c> command: JSON Lines of articles in, JSON Lines of entities and relations out.</summary>
public static class ExtractCommand
{
    /// <summary>Creates the command with its options.</summary>
    public static Command Create()
    {
        var input = new Option<string>("--jsonl", "-i")
        {
            Description = "The JSON Lines input, one article per line: {\"id\": string or number, \"text\": string, \"date\": \"yyyy-MM-dd\" (optional)}. Use - for stdin.",
            Required = true,
            HelpName = "in.jsonl",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The JSON Lines file to write (replaced only once the whole input has been read), or - for stdout.",
            Required = true,
            HelpName = "out.jsonl",
        };
        var threads = SharedOptions.Threads("The output is the same for any number.");

        var command = new Command("extract", """
            Process each article of a JSON Lines file with the default pipeline and write one JSON line per article, in input order, with the same id:
              {"id", "entities": [{"id", "name", "type", "kind"?, "iso3"?, "country"?, "aliases", "mentions": [{"start", "end", "text"}]}],
               "relations": [{"source", "target", "type", "category"?, "cameo"?, "quadClass"?, "goldstein"?, "confidence", "negated", "evidence": {"sentence", "start", "end", "text"}}]}
            Members marked ? are left out when unknown. start/end are 0-based offsets in UTF-16 code units into that line's text, end exclusive; sentence is a 0-based index.
            Blank lines are skipped silently. A line without an id (or with "id": null) gets its 1-based line number as id (a JSON number).
            A bad line (not JSON, not an object, missing or non-string text, bad date, id neither string nor number) is reported on stderr with its line number and skipped; the rest are processed.
            Exit codes: 0 all lines good, 4 some lines skipped, 2 input missing or unreadable, 3 output not writable, 1 bad command line.
            """)
        {
            input,
            output,
            threads,
        };
        command.SetAction(parse => new ExtractRun(
                parse.GetRequiredValue(input),
                parse.GetRequiredValue(output),
                stdin: null,
                parse.InvocationConfiguration.Output,
                parse.InvocationConfiguration.Error,
                parse.GetValue(threads))
            .Execute());
        return command;
    }
}
