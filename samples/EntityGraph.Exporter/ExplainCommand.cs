using System.CommandLine;

namespace EntityGraph.Exporter;

/// <summary>The <c>explain</c> command: a graph file and two entities in, the relations between them with their evidence out.</summary>
public static class ExplainCommand
{
    /// <summary>Creates the command with its arguments and options.</summary>
    public static Command Create()
    {
        var graph = QueryCommand.GraphArgument();
        var a = new Argument<string>("a") { Description = "The first entity: id, name, alias or ISO-3 code." };
        var b = new Argument<string>("b") { Description = "The second entity: id, name, alias or ISO-3 code." };
        var filters = new QueryFilterOptions();
        var top = QueryCommand.TopOption();
        var countries = new Option<bool>("--countries")
        {
            Description = "Explain the country-level dyad: the relations between everyone acting for A's country and everyone acting for B's (their people, parties, ministries, capitals), as event coders count a dyad.",
        };

        var command = new Command("explain", """
            Print every relation between two entities, both directions, with the sentences that attest it (document id, 0-based sentence
            index, date, text), and a summary: cooperation minus conflict each way (quad classes 1-2 against 3-4, else the Goldstein sign;
            negated relations are neutral). When nothing links them directly, the shortest chain of entities between them is shown instead.
            --direction out keeps a→b only, in keeps b→a only. --countries widens A and B to everyone acting for their countries.
            Exit codes: 0 printed (also when nothing links them), 2 graph missing or invalid or no such entity (the closest names are listed), 1 bad command line.
            """)
        {
            graph, a, b, top, countries,
        };
        filters.AddTo(command);
        command.SetAction(parse => new ExplainRun(
                parse.GetRequiredValue(graph),
                parse.GetRequiredValue(a),
                parse.GetRequiredValue(b),
                filters.Direction(parse),
                filters.Filter(parse),
                parse.GetValue(top),
                parse.GetValue(countries),
                parse.InvocationConfiguration.Output,
                parse.InvocationConfiguration.Error)
            .Execute());
        return command;
    }
}
