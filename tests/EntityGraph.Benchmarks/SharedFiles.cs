namespace EntityGraph.Benchmarks;

/// <summary>
/// Finds inputs that live inside or beside the repository (the seed article, the shared evaluation data) by
/// walking up from the repository root, the working directory and the assembly. BenchmarkDotNet runs each
/// benchmark in a child process built in another directory (e.g. under an artifacts path), from which walking
/// up may never reach the repository, so the parent process passes the root down in <see cref="RootVariable"/>.
/// </summary>
internal static class SharedFiles
{
    /// <summary>Environment variable holding the repository root (the folder of <c>EntityGraph.sln</c>).</summary>
    public const string RootVariable = "ENTITYGRAPH_REPOSITORY";

    private const string Solution = "EntityGraph.sln";

    /// <summary>The nearest existing file at <paramref name="relativePath"/> above the repository, the working directory or the assembly.</summary>
    /// <exception cref="FileNotFoundException">No folder above has it.</exception>
    public static string Find(string relativePath) =>
        Search(relativePath)
        ?? throw new FileNotFoundException(
            $"'{relativePath}' not found in any folder above {string.Join(" or ", Starts())}. Put the shared data beside the repository (../shared).",
            relativePath);

    /// <summary>The repository's folder <paramref name="name"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">No folder above is the repository.</exception>
    public static string FindRepositoryFolder(string name) =>
        Search(Solution) is { } solution
            ? Path.Combine(Path.GetDirectoryName(solution)!, name)
            : throw new DirectoryNotFoundException($"{Solution} not found above {string.Join(" or ", Starts())}; set {RootVariable}.");

    /// <summary>Sets <see cref="RootVariable"/> for this process and its children when it is unset and the repository can be found.</summary>
    public static void ExportRootForChildProcesses()
    {
        if (Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 }) return;
        if (Search(Solution) is { } solution) Environment.SetEnvironmentVariable(RootVariable, Path.GetDirectoryName(solution));
    }

    private static IEnumerable<string> Starts()
    {
        if (Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } root) yield return root;
        yield return Directory.GetCurrentDirectory();
        yield return AppContext.BaseDirectory;
    }

    private static string? Search(string relativePath)
    {
        foreach (var start in Starts())
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, relativePath);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
