using EntityGraph.Relations;

namespace EntityGraph.Tests.Relations;

/// <summary>The library's embedded data files, read here independently of its loaders, as test specifications.</summary>
internal static class ShippedData
{
    /// <summary>The data lines of <c>Resources/<paramref name="fileName"/></c>: blank lines and <c>#</c> comments left out.</summary>
    public static List<string> Lines(string fileName)
    {
        using var stream = typeof(VerbLexicon).Assembly.GetManifestResourceStream("EntityGraph.Resources." + fileName)
            ?? throw new FileNotFoundException($"No embedded resource {fileName}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Trim().Length > 0 && line[0] != '#') lines.Add(line);
        return lines;
    }
}
