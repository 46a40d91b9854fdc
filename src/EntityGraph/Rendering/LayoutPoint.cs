namespace EntityGraph.Rendering;

/// <summary>A node position computed by <see cref="ForceLayout"/>, in layout units (the ideal edge length is 1).</summary>
/// <param name="X">Horizontal coordinate, growing to the right.</param>
/// <param name="Y">Vertical coordinate, growing downwards (as in SVG).</param>
public readonly record struct LayoutPoint(double X, double Y);

/// <summary>An edge given to <see cref="ForceLayout"/>: two node indices and how strongly they attract.</summary>
/// <param name="Source">0-based index of one node.</param>
/// <param name="Target">0-based index of the other node (direction does not matter to the layout).</param>
/// <param name="Weight">A finite, non-negative weight; heavier edges pull their ends closer.</param>
public readonly record struct LayoutEdge(int Source, int Target, double Weight);
