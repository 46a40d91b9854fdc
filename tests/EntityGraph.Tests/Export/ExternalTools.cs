using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace EntityGraph.Tests.Export;

/// <summary>Runs the independent readers (xmllint, python3 + networkx) that check our exports from outside.</summary>
internal static class ExternalTools
{
    /// <summary>Runs a program; null when it cannot be started (not installed).</summary>
    public static (int ExitCode, string Stdout, string Stderr)? Run(string fileName, params string[] args)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process? p;
        try { p = Process.Start(psi); }
        catch (System.ComponentModel.Win32Exception) { return null; }
        if (p is null) return null;
        using (p)
        {
            p.StandardInput.Close();
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(120_000)) { p.Kill(entireProcessTree: true); throw new TimeoutException($"{fileName} did not finish in 120 s"); }
            return (p.ExitCode, stdout.Result, stderr.Result);
        }
    }

    /// <summary>
    /// The GraphML XSD in the shared folder beside the repository (<c>../shared/schemas/graphml/graphml.xsd</c>),
    /// found from this source file's location so it works whatever the build output path; null when absent.
    /// </summary>
    public static string? GraphMLSchema([CallerFilePath] string sourceFile = "")
    {
        for (var dir = Path.GetDirectoryName(sourceFile); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (!File.Exists(Path.Combine(dir, "EntityGraph.sln"))) continue;
            var xsd = Path.GetFullPath(Path.Combine(dir, "..", "shared", "schemas", "graphml", "graphml.xsd"));
            return File.Exists(xsd) ? xsd : null;
        }
        return null;
    }
}
