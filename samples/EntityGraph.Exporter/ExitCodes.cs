namespace EntityGraph.Exporter;

/// <summary>Process exit codes. System.CommandLine itself returns 1 for a malformed command line.</summary>
public static class ExitCodes
{
    /// <summary>The output was written in full.</summary>
    public const int Ok = 0;

    /// <summary>An input is missing, unreadable, or holds no article.</summary>
    public const int InputError = 2;

    /// <summary>The output file could not be written.</summary>
    public const int OutputError = 3;

    /// <summary>`extract`: every good line was written, but at least one bad input line was reported and skipped.</summary>
    public const int LinesSkipped = 4;
}
