using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using EntityGraph.Graphs.Queries;

namespace EntityGraph.Exporter;

/// <summary>The <c>query</c> command: a graph file and an entity in, tables of its neighbours and ties out.</summary>
public static class QueryCommand
{
    /// <summary>Creates the command with its argument and options.</summary>
    public static Command Create()
    {
        var graph = GraphArgument();
        var entity = new Option<string>("--entity", "-e")
        {
            Description = "The entity: its id (country:PRK), name, any alias (DPRK, North Korean) or ISO-3 code; case and spacing do not matter. An ambiguous name takes the most mentioned entity and lists the others.",
            Required = true,
            HelpName = "name",
        };
        var depth = new Option<int>("--depth", "-d")
        {
            Description = "List entities up to this many edges away (1: direct neighbours).",
            DefaultValueFactory = _ => 1,
            HelpName = "n",
        };
        depth.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--depth must be at least 1."); });
        var filters = new QueryFilterOptions();
        var top = TopOption();

        var command = new Command("query", """
            Print the neighbours of an entity (up to --depth edges away) and its own ties: for each, the other entity, its type, the relation
            (PLOVER category or relation type, 'not …' when negated), the direction (out: the entity acts; in: it is acted upon), the weight
            (summed confidence), the number of relations and the first and last date seen. Filters apply to every edge followed.
            Exit codes: 0 printed, 2 graph missing or invalid (the message names the file and line) or no such entity (the closest names are listed), 1 bad command line.
            """)
        {
            graph, entity, depth, top,
        };
        filters.AddTo(command);
        command.SetAction(parse => new QueryRun(
                parse.GetRequiredValue(graph),
                parse.GetRequiredValue(entity),
                parse.GetValue(depth),
                filters.Direction(parse),
                filters.Filter(parse),
                parse.GetValue(top),
                parse.InvocationConfiguration.Output,
                parse.InvocationConfiguration.Error)
            .Execute());
        return command;
    }

    /// <summary>The graph file argument shared by <c>query</c> and <c>explain</c>.</summary>
    internal static Argument<string> GraphArgument() => new("graph")
    {
        Description = "A graph written by export: .graphml (GraphML) or .json (node-link JSON); other names are recognised by their first character.",
    };

    /// <summary>The row limit shared by <c>query</c> and <c>explain</c>.</summary>
    internal static Option<int> TopOption()
    {
        var top = new Option<int>("--top")
        {
            Description = "Print at most this many rows per table (the rest are counted).",
            DefaultValueFactory = _ => 50,
            HelpName = "n",
        };
        top.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--top must be at least 1."); });
        return top;
    }
}

/// <summary>The edge filter options of <c>query</c> and <c>explain</c>, turned into an <see cref="EdgeFilter"/>.</summary>
internal sealed class QueryFilterOptions
{
    private readonly Option<string[]> _types = new("--type", "-t")
    {
        Description = "Keep only these relation types or PLOVER categories (co-mention, leader-of, SANCTION, …; case does not matter). Repeat the option or separate with commas.",
        HelpName = "type",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<EdgeDirection> _direction = new("--direction")
    {
        Description = "Follow edges in both directions, only out of each entity (what it does) or only into it (what is done to it).",
        DefaultValueFactory = _ => EdgeDirection.Both,
    };

    private readonly Option<Stance?> _stance = new("--stance")
    {
        Description = "Keep only cooperation (quad class 1-2, else a positive Goldstein score), conflict (3-4, else negative) or neutral edges; negated relations are neutral.",
    };

    private readonly Option<double?> _minWeight = new("--min-weight")
    {
        Description = "Keep only edges at least this heavy (weight = summed confidence of their relations).",
        HelpName = "w",
    };

    private readonly Option<string?> _from = new("--from") { Description = "Keep only edges with evidence dated on or after this day.", HelpName = "yyyy-MM-dd" };

    private readonly Option<string?> _to = new("--to") { Description = "Keep only edges with evidence dated on or before this day.", HelpName = "yyyy-MM-dd" };

    public QueryFilterOptions()
    {
        _minWeight.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } w && (!double.IsFinite(w) || w < 0)) r.AddError("--min-weight must be a number, 0 or more.");
        });
        _from.Validators.Add(r => CheckDate(r, "--from"));
        _to.Validators.Add(r => CheckDate(r, "--to"));
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_types);
        command.Options.Add(_direction);
        command.Options.Add(_stance);
        command.Options.Add(_minWeight);
        command.Options.Add(_from);
        command.Options.Add(_to);
    }

    public EdgeDirection Direction(ParseResult parse) => parse.GetValue(_direction);

    public EdgeFilter Filter(ParseResult parse) => new()
    {
        Relations = (parse.GetValue(_types) ?? [])
            .SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray(),
        Stance = parse.GetValue(_stance),
        MinWeight = parse.GetValue(_minWeight),
        From = ParseDate(parse.GetValue(_from)),
        To = ParseDate(parse.GetValue(_to)),
    };

    private static void CheckDate(OptionResult result, string name)
    {
        if (result.GetValueOrDefault<string?>() is { } text && ParseDate(text) is null)
            result.AddError($"{name} must be a date written yyyy-MM-dd, not '{text}'.");
    }

    private static DateOnly? ParseDate(string? text) =>
        text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
