namespace EntityGraph.Rendering;

/// <summary>
/// What <see cref="SvgGraphRenderer"/> draws and how big. Immutable once created; every value is checked by
/// <see cref="Validate"/>, which the renderer calls before drawing anything.
/// </summary>
public sealed record SvgRenderOptions
{
    /// <summary>The default options: 1600 × 1200, at most 150 nodes, every edge, up to 60 labels.</summary>
    public static SvgRenderOptions Default { get; } = new();

    /// <summary>Width of the picture in SVG user units (pixels at 100 %), 200 to 20000.</summary>
    public int Width { get; init; } = 1600;

    /// <summary>Height of the picture in SVG user units (pixels at 100 %), 200 to 20000.</summary>
    public int Height { get; init; } = 1200;

    /// <summary>
    /// At most this many nodes are drawn (at least 1): those with the highest weighted degree (sum of the
    /// weights of their drawn edges), ties by mention count, then by id. The title says when nodes were left out.
    /// </summary>
    public int MaxNodes { get; init; } = 150;

    /// <summary>
    /// Edges lighter than this are not drawn (0 or more, finite). When it is above 0, nodes left without a
    /// drawn edge are not drawn either: the picture is about the ties that pass the threshold.
    /// </summary>
    public double MinWeight { get; init; }

    /// <summary>At most this many node labels (0 or more), biggest nodes first; a label that would overlap
    /// one already placed is left out (the node's tooltip still names it).</summary>
    public int MaxLabels { get; init; } = 60;

    /// <summary>The heading drawn at the top, or <c>null</c> for "Entity graph".</summary>
    public string? Title { get; init; }

    /// <summary>Checks every value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its documented range.</exception>
    public void Validate()
    {
        CheckSize(Width, nameof(Width));
        CheckSize(Height, nameof(Height));
        if (MaxNodes < 1) throw new ArgumentOutOfRangeException(nameof(MaxNodes), MaxNodes, "At least one node must be drawable.");
        if (!double.IsFinite(MinWeight) || MinWeight < 0)
            throw new ArgumentOutOfRangeException(nameof(MinWeight), MinWeight, "The minimum weight must be finite and not negative.");
        if (MaxLabels < 0) throw new ArgumentOutOfRangeException(nameof(MaxLabels), MaxLabels, "The label count cannot be negative.");
    }

    private static void CheckSize(int value, string name)
    {
        if (value is < 200 or > 20000)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between 200 and 20000 units.");
    }
}
