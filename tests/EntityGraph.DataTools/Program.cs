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
