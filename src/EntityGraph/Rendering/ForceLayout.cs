namespace EntityGraph.Rendering;

/// <summary>
/// A deterministic force-directed layout (Fruchterman–Reingold, 1991): edges pull their ends together,
/// every pair of nodes pushes apart, and the step size cools down over a fixed number of rounds. Each
/// connected component is laid out on its own and the components are then packed side by side in rows,
/// so an isolated pair is not flung to the edge of the picture by the repulsion of the big component.
/// </summary>
/// <remarks>
/// There is no randomness: nodes start on a golden-angle spiral in index order (so callers that list the
/// most important nodes first get them in the middle), and everything after that is plain arithmetic in a
/// fixed order — additions, products, divisions and square roots only, which IEEE 754 rounds the same way
/// on every platform (trigonometry and logarithms are not used, their last bits vary between maths
/// libraries). Same input, same positions, bit for bit. Components of more than
/// <see cref="ExactRepulsionLimit"/> nodes use the grid variant from the same paper (repulsion only from
/// nodes in the neighbouring cells), which keeps a round linear in the number of nodes. Stateless and
/// thread-safe.
/// </remarks>
public static class ForceLayout
{
    /// <summary>Components up to this many nodes compute repulsion between every pair; larger ones use a grid.</summary>
    public const int ExactRepulsionLimit = 400;

    // Pulls every node towards its component's centre, so leaves and chains do not drift away from the
    // body (plain FR relies on a frame for that). Stronger across the short side of the picture, so a
    // component takes roughly the shape of the area it will be drawn in.
    private const double Gravity = 0.3;

    /// <summary>Computes positions for <paramref name="nodeCount"/> nodes joined by <paramref name="edges"/>.</summary>
    /// <param name="nodeCount">Number of nodes (0 or more).</param>
    /// <param name="edges">The edges; several edges between the same pair add their weights, self-loops are ignored.</param>
    /// <param name="aspectRatio">Width over height of the area the result will be drawn in; components are
    /// packed in rows to roughly fill it. Must be positive and finite.</param>
    /// <returns>One position per node, in layout units (ideal edge length 1), with the top-left of the
    /// bounding box at (0, 0). Never NaN or infinite.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An edge refers to a missing node, a weight is negative
    /// or not finite, or the aspect ratio is not positive.</exception>
    public static LayoutPoint[] Compute(int nodeCount, IReadOnlyList<LayoutEdge> edges, double aspectRatio = 4.0 / 3.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentNullException.ThrowIfNull(edges);
        if (!double.IsFinite(aspectRatio) || aspectRatio <= 0)
            throw new ArgumentOutOfRangeException(nameof(aspectRatio), aspectRatio, "The aspect ratio must be positive and finite.");
        var points = new LayoutPoint[nodeCount];
        if (nodeCount == 0) return points;

        var adjacency = BuildAdjacency(nodeCount, edges);
        var components = Components(nodeCount, adjacency);
        var boxes = new List<(int[] Nodes, double[] X, double[] Y, double Width, double Height)>(components.Count);
        foreach (var component in components)
        {
            var (x, y) = LayOut(component, adjacency, aspectRatio);
            double minX = x.Min(), minY = y.Min();
            for (int i = 0; i < x.Length; i++) { x[i] -= minX; y[i] -= minY; }
            boxes.Add((component, x, y, x.Max(), y.Max()));
        }

        // Shelf packing: components biggest first, left to right, a new row when the row is full. The row
        // width is chosen so the whole packing has about the requested aspect ratio. Lone nodes are not
        // packed with the rest: they go in an evenly spaced strip underneath, where their labels fit.
        const double gap = 1.2, loneSpacing = 2.0;
        var groups = boxes.Where(b => b.Nodes.Length > 1).ToList();
        var lone = boxes.Where(b => b.Nodes.Length == 1).Select(b => b.Nodes[0]).ToList();
        double top = 0, packedWidth = 0;
        if (groups.Count > 0)
        {
            double area = groups.Sum(b => (b.Width + gap) * (b.Height + gap));
            double rowWidth = Math.Max(groups.Max(b => b.Width + gap), Math.Sqrt(area * aspectRatio));
            var rows = new List<List<int>>();
            double used = double.PositiveInfinity;
            for (int b = 0; b < groups.Count; b++)
            {
                double w = groups[b].Width + gap;
                if (used + w > rowWidth + 1e-9) { rows.Add([]); used = 0; }
                rows[^1].Add(b);
                used += w;
            }
            packedWidth = rows.Max(row => row.Sum(b => groups[b].Width + gap) - gap);
            foreach (var row in rows)
            {
                double width = row.Sum(b => groups[b].Width + gap) - gap;
                double height = row.Max(b => groups[b].Height);
                double left = (packedWidth - width) / 2; // centre each row under the widest
                foreach (int b in row)
                {
                    var box = groups[b];
                    double dy = (height - box.Height) / 2;
                    for (int i = 0; i < box.Nodes.Length; i++)
                        points[box.Nodes[i]] = new LayoutPoint(left + box.X[i], top + dy + box.Y[i]);
                    left += box.Width + gap;
                }
                top += height + gap;
            }
        }
        if (lone.Count > 0)
        {
            // A grid as wide as the groups, or wider when there are so many lone nodes that the whole
            // would otherwise come out much taller than the requested aspect ratio.
            const double rowSpacing = 0.8;
            double area = packedWidth * top + lone.Count * loneSpacing * rowSpacing;
            double width = Math.Max(packedWidth, Math.Sqrt(area * aspectRatio));
            int perRow = Math.Clamp((int)(width / loneSpacing) + 1, 1, lone.Count);
            double rowStart = (packedWidth - (perRow - 1) * loneSpacing) / 2;
            for (int k = 0; k < lone.Count; k++)
                points[lone[k]] = new LayoutPoint(rowStart + k % perRow * loneSpacing, top + k / perRow * rowSpacing);
        }
        double minPx = points.Min(p => p.X), minPy = points.Min(p => p.Y);
        for (int i = 0; i < points.Length; i++) points[i] = new LayoutPoint(points[i].X - minPx, points[i].Y - minPy);
        return points;
    }

    // Per node, its neighbours with the summed weight of the edges between them, in neighbour order.
    private static (int Node, double Pull)[][] BuildAdjacency(int nodeCount, IReadOnlyList<LayoutEdge> edges)
    {
        var sums = new Dictionary<(int, int), double>();
        foreach (var edge in edges)
        {
            if ((uint)edge.Source >= (uint)nodeCount || (uint)edge.Target >= (uint)nodeCount)
                throw new ArgumentOutOfRangeException(nameof(edges), edge, $"An edge refers to a node outside 0..{nodeCount - 1}.");
            if (!double.IsFinite(edge.Weight) || edge.Weight < 0)
                throw new ArgumentOutOfRangeException(nameof(edges), edge, "Edge weights must be finite and not negative.");
            if (edge.Source == edge.Target) continue;
            var key = edge.Source < edge.Target ? (edge.Source, edge.Target) : (edge.Target, edge.Source);
            sums[key] = sums.GetValueOrDefault(key) + edge.Weight;
        }
        var lists = new List<(int, double)>[nodeCount];
        for (int i = 0; i < nodeCount; i++) lists[i] = [];
        foreach (var ((a, b), w) in sums)
        {
            // Saturating, from 1 towards 3: a pair mentioned together fifty times should sit close, not on
            // top of each other.
            double pull = 1 + 2 * w / (1 + w);
            lists[a].Add((b, pull));
            lists[b].Add((a, pull));
        }
        // Dictionary order is an implementation detail; sorting makes the summation order fixed.
        return lists.Select(l => l.OrderBy(p => p.Item1).ToArray()).ToArray();
    }

    // Connected components, largest first; ties by smallest node index. Nodes within a component keep index order.
    private static List<int[]> Components(int nodeCount, (int Node, double Pull)[][] adjacency)
    {
        var component = new int[nodeCount];
        Array.Fill(component, -1);
        var result = new List<int[]>();
        var stack = new Stack<int>();
        for (int start = 0; start < nodeCount; start++)
        {
            if (component[start] >= 0) continue;
            var members = new List<int>();
            component[start] = result.Count;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int n = stack.Pop();
                members.Add(n);
                foreach (var (m, _) in adjacency[n])
                {
                    if (component[m] >= 0) continue;
                    component[m] = result.Count;
                    stack.Push(m);
                }
            }
            members.Sort();
            result.Add([.. members]);
        }
        return [.. result.OrderByDescending(c => c.Length).ThenBy(c => c[0])];
    }

    private static (double[] X, double[] Y) LayOut(int[] nodes, (int Node, double Pull)[][] adjacency, double aspectRatio)
    {
        int n = nodes.Length;
        var x = new double[n];
        var y = new double[n];
        if (n == 1) return (x, y);
        var local = new Dictionary<int, int>(n);
        for (int i = 0; i < n; i++) local[nodes[i]] = i;
        var neighbours = new (int Node, double Pull)[n][];
        for (int i = 0; i < n; i++)
            neighbours[i] = adjacency[nodes[i]].Select(p => (local[p.Node], p.Pull)).ToArray();
        // Hubs push harder (ForceAtlas2's degree "mass", softened by a square root): well-connected nodes
        // spread out and make room for their neighbours instead of piling up in the middle.
        var mass = new double[n];
        for (int i = 0; i < n; i++) mass[i] = Math.Sqrt(1 + neighbours[i].Length);

        // Golden-angle spiral: evenly spread, no two nodes on the same spot, first nodes in the middle.
        // The angle advances by rotating with fixed constants rather than by Math.Cos/Math.Sin, whose last
        // bits differ between platforms' maths libraries; additions, products and square roots do not.
        const double cosGolden = -0.7373688780783197, sinGolden = 0.6754902942615238; // of π(3 − √5)
        double c = 1, s = 0;
        for (int i = 0; i < n; i++)
        {
            double r = 0.8 * Math.Sqrt(i + 0.5);
            x[i] = r * c;
            y[i] = r * s;
            (c, s) = (c * cosGolden - s * sinGolden, s * cosGolden + c * sinGolden);
        }

        int rounds = n <= 100 ? 600 : Math.Max(80, 60000 / n);
        double start = Math.Sqrt(n) * 0.35; // about a quarter of the component's expected width
        var dx = new double[n];
        var dy = new double[n];
        var grid = n > ExactRepulsionLimit ? new RepulsionGrid(n) : null;
        double stretch = Math.Clamp(aspectRatio, 0.25, 4);
        double gravityX = Gravity / stretch, gravityY = Gravity * stretch;
        for (int round = 0; round < rounds; round++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            if (grid is null) RepelAll(x, y, mass, dx, dy);
            else grid.Repel(x, y, mass, dx, dy);

            double cx = 0, cy = 0;
            for (int i = 0; i < n; i++) { cx += x[i]; cy += y[i]; }
            cx /= n;
            cy /= n;
            for (int i = 0; i < n; i++)
            {
                foreach (var (j, pull) in neighbours[i])
                {
                    // Attraction d²/k (k = 1) along the edge; each pair is seen from both ends, so each end
                    // moves itself only.
                    double ex = x[j] - x[i], ey = y[j] - y[i];
                    double d = Math.Sqrt(ex * ex + ey * ey);
                    dx[i] += ex * d * pull;
                    dy[i] += ey * d * pull;
                }
                dx[i] += (cx - x[i]) * gravityX;
                dy[i] += (cy - y[i]) * gravityY;
            }

            // Linear cooling down to a small floor, so the last rounds only polish.
            double temperature = start * (1 - (double)round / rounds) + 0.002;
            for (int i = 0; i < n; i++)
            {
                double len = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len <= 0 || !double.IsFinite(len)) continue;
                double step = Math.Min(len, temperature) / len;
                x[i] += dx[i] * step;
                y[i] += dy[i] * step;
            }
        }
        return (x, y);
    }

    // Repulsion k²/d between every pair (k = 1), as a vector along the separation.
    private static void RepelAll(double[] x, double[] y, double[] mass, double[] dx, double[] dy)
    {
        int n = x.Length;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                var (fx, fy) = Repulsion(x[i] - x[j], y[i] - y[j], i, j);
                double m = mass[i] * mass[j];
                fx *= m; fy *= m;
                dx[i] += fx; dy[i] += fy;
                dx[j] -= fx; dy[j] -= fy;
            }
        }
    }

    // The push on node i away from node j, given their separation; coincident nodes are split along a
    // direction derived from their indices, so the result stays deterministic.
    internal static (double X, double Y) Repulsion(double ex, double ey, int i, int j)
    {
        double d2 = ex * ex + ey * ey;
        if (d2 < 1e-12)
        {
            int lo = Math.Min(i, j), hi = Math.Max(i, j);
            var (ux, uy) = Compass[(lo * 31 + hi * 17) % Compass.Length];
            double sign = i < j ? 1 : -1; // equal and opposite pushes
            return (sign * ux, sign * uy);
        }
        return (ex / d2, ey / d2); // (e/d) · (1/d)
    }

    // Eight unit directions, as constants (no trigonometry: see the spiral above).
    private static readonly (double X, double Y)[] Compass =
    [
        (1, 0), (0.7071067811865476, 0.7071067811865476), (0, 1), (-0.7071067811865476, 0.7071067811865476),
        (-1, 0), (-0.7071067811865476, -0.7071067811865476), (0, -1), (0.7071067811865476, -0.7071067811865476),
    ];

    /// <summary>
    /// The grid of Fruchterman and Reingold: space cut into square cells of twice the ideal distance;
    /// a node is pushed only by nodes in its own and the eight surrounding cells, and only within that
    /// distance. Far nodes barely push anyway, and gravity keeps the whole together.
    /// </summary>
    private sealed class RepulsionGrid(int n)
    {
        private const double Cell = 2.0;
        private readonly int[] _order = new int[n];
        private readonly long[] _cellOf = new long[n];

        public void Repel(double[] x, double[] y, double[] mass, double[] dx, double[] dy)
        {
            int n = x.Length;
            for (int i = 0; i < n; i++)
            {
                _order[i] = i;
                _cellOf[i] = Key((long)Math.Floor(x[i] / Cell), (long)Math.Floor(y[i] / Cell));
            }
            // Grouped by cell, index order within a cell: the comparison is total, so the order is fixed.
            Array.Sort(_order, (a, b) => _cellOf[a] != _cellOf[b] ? _cellOf[a].CompareTo(_cellOf[b]) : a.CompareTo(b));
            var start = new Dictionary<long, (int From, int To)>();
            for (int s = 0; s < n;)
            {
                long key = _cellOf[_order[s]];
                int e = s;
                while (e < n && _cellOf[_order[e]] == key) e++;
                start[key] = (s, e);
                s = e;
            }
            for (int i = 0; i < n; i++)
            {
                long cx = (long)Math.Floor(x[i] / Cell), cy = (long)Math.Floor(y[i] / Cell);
                for (long gx = cx - 1; gx <= cx + 1; gx++)
                {
                    for (long gy = cy - 1; gy <= cy + 1; gy++)
                    {
                        if (!start.TryGetValue(Key(gx, gy), out var range)) continue;
                        for (int s = range.From; s < range.To; s++)
                        {
                            int j = _order[s];
                            if (j == i) continue;
                            double ex = x[i] - x[j], ey = y[i] - y[j];
                            if (ex * ex + ey * ey > Cell * Cell) continue;
                            var (fx, fy) = Repulsion(ex, ey, i, j);
                            dx[i] += fx * mass[i] * mass[j];
                            dy[i] += fy * mass[i] * mass[j];
                        }
                    }
                }
            }
        }

        private static long Key(long gx, long gy) => (gx << 32) ^ (gy & 0xFFFFFFFF);
    }
}
