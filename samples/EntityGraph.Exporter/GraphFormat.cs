namespace EntityGraph.Exporter;

/// <summary>The graph formats <c>export</c> writes.</summary>
public enum GraphFormat
{
    /// <summary>GraphML (<c>.graphml</c>): Gephi, yEd, Cytoscape, networkx; read back by <c>export</c> itself.</summary>
    GraphML,
    /// <summary>GEXF 1.3 (<c>.gexf</c>): Gephi, with a timeline when the articles have dates.</summary>
    Gexf,
    /// <summary>Node-link JSON (<c>.json</c>): networkx <c>node_link_graph</c>, D3; read back by <c>export</c> itself.</summary>
    Json,
    /// <summary>Graphviz DOT (<c>.dot</c>, <c>.gv</c>).</summary>
    Dot,
    /// <summary>Two CSV tables, nodes and edges (<c>.csv</c>): Gephi's spreadsheet import, Neo4j <c>LOAD CSV</c>.</summary>
    Csv,
}

/// <summary>Format names and file extensions.</summary>
public static class GraphFormats
{
    /// <summary>The names <c>--format</c> accepts, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["graphml", "gexf", "json", "dot", "csv"];

    /// <summary>The format named <paramref name="name"/> (one of <see cref="Names"/>, any case).</summary>
    public static GraphFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "graphml" => GraphFormat.GraphML,
        "gexf" => GraphFormat.Gexf,
        "json" => GraphFormat.Json,
        "dot" => GraphFormat.Dot,
        "csv" => GraphFormat.Csv,
        _ => throw new ArgumentException($"Unknown format '{name}'.", nameof(name)),
    };

    /// <summary>The format an output file's extension implies (any case), or <c>null</c> for any other extension.</summary>
    public static GraphFormat? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".graphml" => GraphFormat.GraphML,
        ".gexf" => GraphFormat.Gexf,
        ".json" => GraphFormat.Json,
        ".dot" or ".gv" => GraphFormat.Dot,
        ".csv" => GraphFormat.Csv,
        _ => null,
    };

    /// <summary>
    /// The two files a CSV export writes for <paramref name="outputPath"/>: its name without a <c>.csv</c>
    /// extension, then <c>.nodes.csv</c> and <c>.edges.csv</c> (<c>graph.csv</c> → <c>graph.nodes.csv</c>, <c>graph.edges.csv</c>).
    /// </summary>
    public static (string Nodes, string Edges) CsvPaths(string outputPath)
    {
        string stem = Path.GetExtension(outputPath).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? outputPath[..^4]
            : outputPath;
        return (stem + ".nodes.csv", stem + ".edges.csv");
    }
}
