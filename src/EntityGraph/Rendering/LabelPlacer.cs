namespace EntityGraph.Rendering;

/// <summary>
/// Greedy label placement: biggest nodes first, each label tried beside, above and below its node, and
/// kept at the first spot that stays inside the picture and overlaps no label placed before it (and, if
/// possible, no other node). A label with no free spot is left out rather than drawn over another.
/// </summary>
internal static class LabelPlacer
{
    /// <summary>A node as the placer sees it.</summary>
    public readonly record struct Glyph(double X, double Y, double Radius, double FontSize, string Text);

    /// <summary>A placed label: text anchor point (baseline), SVG <c>text-anchor</c> and its box.</summary>
    public readonly record struct Placement(double X, double Y, string Anchor, Box Box);

    /// <summary>An axis-aligned rectangle.</summary>
    public readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box o) => Left < o.Right && o.Left < Right && Top < o.Bottom && o.Top < Bottom;

        public bool OverlapsCircle(double cx, double cy, double r)
        {
            double nx = Math.Clamp(cx, Left, Right) - cx, ny = Math.Clamp(cy, Top, Bottom) - cy;
            return nx * nx + ny * ny < r * r;
        }
    }

    // Average advance of a sans-serif character relative to the font size; wide enough for capitals.
    private const double CharWidth = 0.6;

    /// <summary>Places up to <paramref name="maxLabels"/> labels; the result has one entry per glyph, null where no label is drawn.</summary>
    /// <param name="glyphs">The nodes.</param>
    /// <param name="order">Glyph indices in priority order (most important first).</param>
    /// <param name="maxLabels">How many labels at most.</param>
    /// <param name="bounds">The area labels must stay inside.</param>
    public static Placement?[] Place(IReadOnlyList<Glyph> glyphs, IReadOnlyList<int> order, int maxLabels, Box bounds)
    {
        var result = new Placement?[glyphs.Count];
        var placed = new List<Box>();
        int count = 0;
        foreach (int i in order)
        {
            if (count >= maxLabels) break;
            var g = glyphs[i];
            if (g.Text.Length == 0) continue;
            Placement? best = null;
            foreach (var candidate in Candidates(g))
            {
                var box = candidate.Box;
                if (box.Left < bounds.Left || box.Right > bounds.Right || box.Top < bounds.Top || box.Bottom > bounds.Bottom) continue;
                if (placed.Exists(p => p.Overlaps(box))) continue;
                bool coversNode = false;
                for (int j = 0; j < glyphs.Count && !coversNode; j++)
                    coversNode = j != i && box.OverlapsCircle(glyphs[j].X, glyphs[j].Y, glyphs[j].Radius);
                if (!coversNode) { best = candidate; break; }
                best ??= candidate; // over a node is still better than no label, if nothing cleaner turns up
            }
            if (best is not { } chosen) continue;
            result[i] = chosen;
            placed.Add(chosen.Box);
            count++;
        }
        return result;
    }

    private static IEnumerable<Placement> Candidates(Glyph g)
    {
        double width = g.Text.Length * CharWidth * g.FontSize;
        double ascent = 0.75 * g.FontSize, descent = 0.25 * g.FontSize;
        double gap = 3 + g.FontSize * 0.15;
        double midBaseline = g.Y + 0.35 * g.FontSize;
        // Right, left, below, above, then the four diagonals.
        yield return At(g.X + g.Radius + gap, midBaseline, "start");
        yield return At(g.X - g.Radius - gap, midBaseline, "end");
        yield return At(g.X, g.Y + g.Radius + gap + ascent, "middle");
        yield return At(g.X, g.Y - g.Radius - gap - descent, "middle");
        double d = g.Radius * 0.75 + gap;
        yield return At(g.X + d, g.Y + d + ascent, "start");
        yield return At(g.X + d, g.Y - d - descent, "start");
        yield return At(g.X - d, g.Y + d + ascent, "end");
        yield return At(g.X - d, g.Y - d - descent, "end");

        Placement At(double x, double baseline, string anchor)
        {
            double left = anchor switch { "start" => x, "end" => x - width, _ => x - width / 2 };
            return new Placement(x, baseline, anchor, new Box(left, baseline - ascent, left + width, baseline + descent));
        }
    }
}
