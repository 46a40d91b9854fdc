using EntityGraph.Exporter;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

/// <summary>
/// What every in-process test of the exporter's command line needs: a fresh temporary folder per test
/// (<see cref="Dir"/>, deleted afterwards) and a way to run a command with its output captured.
/// </summary>
public abstract class CliTestFixture
{
    /// <summary>The test's own temporary folder.</summary>
    protected string Dir { get; private set; } = "";

    [SetUp]
    public void CreateDir() => Directory.CreateDirectory(Dir = Path.Combine(Path.GetTempPath(), $"entitygraph-cli-{Guid.NewGuid():N}"));

    [TearDown]
    public void DeleteDir() => Directory.Delete(Dir, recursive: true);

    /// <summary>Runs the CLI with <paramref name="args"/>; returns its exit code, standard output and standard error.</summary>
    protected static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = ExporterCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
