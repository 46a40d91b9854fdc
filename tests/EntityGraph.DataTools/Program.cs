using EntityGraph.DataTools;

// Data generators for EntityGraph's embedded resources. Each command reads the shared data folder and
// writes committed files; see src/EntityGraph/Resources/README.md.
const string Usage = """
    usage: dotnet run --project tests/EntityGraph.DataTools -- <command> [options]

    commands:
      countries --shared <dir> --out <dir>
          Writes countries.tsv from <dir>/data/countries (world-countries, i18n-iso-countries),
          then checks it, together with countries-curated.tsv in the output folder, with the
          library's knowledge loader.
      actors --shared <dir> --out <dir>
          Writes actors.tsv (people with dated roles, parties, organisations) from the PETRARCH2
          actor dictionaries in <dir>/data/petrarch2-dictionaries, then checks it together with the
          country files and actors-curated.tsv. Reads <dir>/data/conll2003/train.txt only to learn
          which words are common lower-case words (none of its text is written).
      agents --shared <dir> --out <dir>
          Writes agents.tsv (role nouns: "foreign minister" -> ~GOV, with plurals) from
          Phoenix.agents.txt, then checks it with the library's loader.
      cameo --shared <dir> --out <dir>
          Writes the event-coding data (cameo-codes.tsv, cameo-plover.tsv, verbs-cameo.tsv) from
          <dir>/data/cameo and the PETRARCH2 verb dictionary; see CameoCommand.cs.
    """;

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

try
{
    return args[0] switch
    {
        "countries" => CountriesCommand.Run(Options.Parse(args.AsSpan(1), ["shared", "out"])),
        "actors" => ActorsCommand.Run(Options.Parse(args.AsSpan(1), ["shared", "out"])),
        "agents" => AgentsCommand.Run(Options.Parse(args.AsSpan(1), ["shared", "out"])),
        "cameo" => CameoCommand.Run(Options.Parse(args.AsSpan(1), ["shared", "out"])),
        _ => Fail($"unknown command '{args[0]}'"),
    };
}
catch (OptionsException e)
{
    return Fail(e.Message);
}

static int Fail(string message)
{
    Console.Error.WriteLine($"error: {message}");
    Console.Error.WriteLine(Usage);
    return 2;
}
