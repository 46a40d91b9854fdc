using EntityGraph.Rendering;
using NUnit.Framework;

namespace EntityGraph.Tests.Rendering;

public class ForceLayoutTests
{
    // Two triangles (0-1-2, 3-4-5), a pair (6-7) and two lone nodes (8, 9).
    private static readonly LayoutEdge[] Islands =
    [
        new(0, 1, 1), new(1, 2, 1), new(2, 0, 1),
        new(3, 4, 1), new(4, 5, 1), new(5, 3, 1),
        new(6, 7, 2),
    ];

    [Test]
    public void The_same_input_gives_the_same_positions_bit_for_bit()
    {
        var a = ForceLayout.Compute(10, Islands);
        var b = ForceLayout.Compute(10, Islands.ToList());
        Assert.That(b, Is.EqualTo(a));
    }

    [Test]
    public void Positions_are_finite_and_start_at_the_origin()
    {
        var points = ForceLayout.Compute(10, Islands);
        Assert.That(points.All(p => double.IsFinite(p.X) && double.IsFinite(p.Y)), Is.True);
        Assert.That(points.Min(p => p.X), Is.EqualTo(0));
        Assert.That(points.Min(p => p.Y), Is.EqualTo(0));
    }

    [Test]
    public void No_nodes_and_one_node_are_laid_out()
    {
        Assert.That(ForceLayout.Compute(0, []), Is.Empty);
        Assert.That(ForceLayout.Compute(1, []), Is.EqualTo(new[] { new LayoutPoint(0, 0) }));
    }

    [Test]
    public void Linked_nodes_end_up_closer_than_the_ideal_distance_allows_strangers()
    {
        // A path 0-1-2-3-4: neighbours settle near the ideal length 1, the two ends much further apart.
        var points = ForceLayout.Compute(5, [new(0, 1, 1), new(1, 2, 1), new(2, 3, 1), new(3, 4, 1)]);
        double Distance(int i, int j) => Math.Sqrt(Math.Pow(points[i].X - points[j].X, 2) + Math.Pow(points[i].Y - points[j].Y, 2));
        for (int i = 0; i < 4; i++) Assert.That(Distance(i, i + 1), Is.InRange(0.3, 2.0), $"edge {i}-{i + 1}");
        Assert.That(Distance(0, 4), Is.GreaterThan(2 * Distance(0, 1)), "the path is stretched out, not folded on itself");
    }

    [Test]
    public void Components_are_packed_side_by_side_without_overlapping_and_lone_nodes_go_underneath()
    {
        var points = ForceLayout.Compute(10, Islands);
        (double L, double T, double R, double B) Box(params int[] nodes) =>
            (nodes.Min(i => points[i].X), nodes.Min(i => points[i].Y), nodes.Max(i => points[i].X), nodes.Max(i => points[i].Y));
        var boxes = new[] { Box(0, 1, 2), Box(3, 4, 5), Box(6, 7) };
        for (int i = 0; i < boxes.Length; i++)
        {
            for (int j = i + 1; j < boxes.Length; j++)
            {
                bool apart = boxes[i].R < boxes[j].L || boxes[j].R < boxes[i].L || boxes[i].B < boxes[j].T || boxes[j].B < boxes[i].T;
                Assert.That(apart, Is.True, $"components {i} and {j} overlap");
            }
        }
        // Packed, not flung: the whole picture is a few ideal lengths across (each triangle is about one).
        Assert.That(points.Max(p => p.X), Is.LessThan(10));
        Assert.That(points.Max(p => p.Y), Is.LessThan(10));
        double lowestGroupNode = Enumerable.Range(0, 8).Max(i => points[i].Y);
        Assert.That(points[8].Y, Is.GreaterThan(lowestGroupNode));
        Assert.That(points[9].Y, Is.GreaterThan(lowestGroupNode));
        Assert.That(points[8], Is.Not.EqualTo(points[9]));
    }

    [Test]
    public void Duplicate_edges_and_self_loops_are_accepted()
    {
        var points = ForceLayout.Compute(3, [new(0, 1, 1), new(1, 0, 1), new(0, 1, 0), new(2, 2, 5)]);
        Assert.That(points.All(p => double.IsFinite(p.X) && double.IsFinite(p.Y)), Is.True);
        Assert.That(points[0], Is.Not.EqualTo(points[1]));
    }

    [Test]
    public void Bad_edges_and_aspect_ratios_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ForceLayout.Compute(2, [new(0, 2, 1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ForceLayout.Compute(2, [new(-1, 0, 1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ForceLayout.Compute(2, [new(0, 1, -1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ForceLayout.Compute(2, [new(0, 1, double.NaN)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ForceLayout.Compute(2, [], aspectRatio: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ForceLayout.Compute(-1, []));
    }

    [Test]
    public void Coincident_nodes_are_pushed_apart_equally_and_oppositely()
    {
        var (x1, y1) = ForceLayout.Repulsion(0, 0, 3, 7);
        var (x2, y2) = ForceLayout.Repulsion(0, 0, 7, 3);
        Assert.That((x1, y1), Is.EqualTo((-x2, -y2)));
        Assert.That(x1 * x1 + y1 * y1, Is.EqualTo(1).Within(1e-12), "a unit push");
    }

    [Test]
    public void A_graph_too_big_for_exact_repulsion_uses_the_grid_and_stays_finite_and_deterministic()
    {
        // A ring of 1000 nodes with chords: above ExactRepulsionLimit, so the grid variant runs.
        const int n = 1000;
        var edges = Enumerable.Range(0, n).Select(i => new LayoutEdge(i, (i + 1) % n, 1))
            .Concat(Enumerable.Range(0, n / 10).Select(i => new LayoutEdge(i * 10, (i * 10 + 500) % n, 0.5))).ToList();
        Assert.That(n, Is.GreaterThan(ForceLayout.ExactRepulsionLimit));
        var a = ForceLayout.Compute(n, edges);
        var b = ForceLayout.Compute(n, edges);
        Assert.That(a.All(p => double.IsFinite(p.X) && double.IsFinite(p.Y)), Is.True);
        Assert.That(b, Is.EqualTo(a));
        Assert.That(a.Distinct().Count(), Is.EqualTo(n), "no two nodes on the same spot");
    }
}
