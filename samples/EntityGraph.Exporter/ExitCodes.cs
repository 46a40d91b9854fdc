namespace EntityGraph.Exporter;

/// <summary>Process exit codes. System.CommandLine itself returns 1 for a malformed command line.</summary>
public static class ExitCodes
{
    /// <summary>The output was written in full from every input.</summary>
    public const int Ok = 0;

    /// <summary>An input named on the command line is missing or unreadable, a folder holds nothing to read,
    /// no input could be read at all, or the options contradict each other. Nothing was written.</summary>
    public const int InputError = 2;

    /// <summary>The output file could not be written.</summary>
    public const int OutputError = 3;

    /// <summary>The output was written from every good input, but at least one input (a file, a JSON line,
    /// a graph) was reported on stderr and skipped.</summary>
    public const int InputSkipped = 4;

    /// <summary><c>extract</c>'s name for <see cref="InputSkipped"/>: every good line was written, but at
    /// least one bad input line was reported and skipped.</summary>
    public const int LinesSkipped = InputSkipped;
}
