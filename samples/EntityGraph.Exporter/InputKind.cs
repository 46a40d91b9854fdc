namespace EntityGraph.Exporter;

/// <summary>How an input file is read.</summary>
public enum InputKind
{
    /// <summary>A plain-text article (<c>.txt</c>, any file named on the command line with another extension, and stdin).</summary>
    Text,
    /// <summary>A Markdown article (<c>.md</c>, <c>.markdown</c>): clear markup removed.</summary>
    Markdown,
    /// <summary>An HTML page (<c>.html</c>, <c>.htm</c>, <c>.xhtml</c>): markup removed, title and date kept.</summary>
    Html,
    /// <summary>JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>), one article per line, as <c>extract</c> reads them.</summary>
    JsonLines,
    /// <summary>A graph exported before as GraphML (<c>.graphml</c>), merged with the rest.</summary>
    GraphML,
    /// <summary>A graph exported before as node-link JSON (<c>.json</c>), merged with the rest.</summary>
    GraphJson,
}

/// <summary>File extensions and the input kinds they mean.</summary>
public static class InputKinds
{
    /// <summary>The extensions a folder is searched for, as help lists them.</summary>
    public const string Description = ".txt, .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson, .graphml, .json";

    /// <summary>The kind a file with this name is, or <c>null</c> when a folder search should pass it by.</summary>
    public static InputKind? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => InputKind.Text,
        ".md" or ".markdown" => InputKind.Markdown,
        ".html" or ".htm" or ".xhtml" => InputKind.Html,
        ".jsonl" or ".ndjson" => InputKind.JsonLines,
        ".graphml" => InputKind.GraphML,
        ".json" => InputKind.GraphJson,
        _ => null,
    };
}
