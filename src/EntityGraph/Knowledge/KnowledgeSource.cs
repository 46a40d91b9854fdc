namespace EntityGraph.Knowledge;

/// <summary>
/// A named knowledge file to load: its name (used in error messages) and a way to read it. Sources are
/// read in the order given, so a curated file listed after a generated one can add names and flags.
/// </summary>
public sealed class KnowledgeSource
{
    private readonly Func<TextReader> _open;

    private KnowledgeSource(string name, Func<TextReader> open)
    {
        Name = name;
        _open = open;
    }

    /// <summary>The name reported in error messages (file or resource name).</summary>
    public string Name { get; }

    /// <summary>A source over text already in memory.</summary>
    /// <param name="name">The name to report in errors.</param>
    /// <param name="text">The file content.</param>
    public static KnowledgeSource FromText(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        return new KnowledgeSource(name, () => new StringReader(text));
    }

    /// <summary>A source over a UTF-8 file, read when the knowledge base is loaded.</summary>
    /// <param name="path">The file path; its file name is reported in errors.</param>
    public static KnowledgeSource FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new KnowledgeSource(Path.GetFileName(path), () => new StreamReader(path, System.Text.Encoding.UTF8));
    }

    /// <summary>A source over one of the library's embedded resources, by file name (<c>countries.tsv</c>).</summary>
    internal static KnowledgeSource FromEmbeddedResource(string fileName) =>
        new(fileName, () =>
        {
            string resource = "EntityGraph.Resources." + fileName;
            var stream = typeof(KnowledgeSource).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing from {typeof(KnowledgeSource).Assembly.GetName().Name}.");
            return new StreamReader(stream, System.Text.Encoding.UTF8);
        });

    internal TextReader Open() => _open();
}
