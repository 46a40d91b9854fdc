using EntityGraph.Rendering;
using NUnit.Framework;

namespace EntityGraph.Tests.Rendering;

public class LabelPlacerTests
{
    private static readonly LabelPlacer.Box Page = new(0, 0, 1000, 800);

    [Test]
    public void Crowded_labels_never_overlap_and_the_most_important_come_first()
    {
        // Twenty nodes on nearly the same spot: at most the eight spots around them can be used.
        var glyphs = Enumerable.Range(0, 20).Select(i => new LabelPlacer.Glyph(500 + i * 0.1, 400, 10, 12, "Label " + i)).ToList();
        var order = Enumerable.Range(0, 20).ToList();

        var placed = LabelPlacer.Place(glyphs, order, 20, Page);

        var boxes = placed.Where(p => p is not null).Select(p => p!.Value.Box).ToList();
        Assert.That(boxes, Has.Count.InRange(2, 8));
        for (int i = 0; i < boxes.Count; i++)
            for (int j = i + 1; j < boxes.Count; j++)
                Assert.That(boxes[i].Overlaps(boxes[j]), Is.False, $"labels {i} and {j}");
        Assert.That(placed[0], Is.Not.Null, "the first in priority order always finds a spot");
        Assert.That(placed[1], Is.Not.Null);
    }

    [Test]
    public void The_first_choice_is_right_of_the_node_and_labels_stay_on_the_page()
    {
        var glyphs = new[]
        {
            new LabelPlacer.Glyph(100, 100, 10, 10, "Alpha"),
            new LabelPlacer.Glyph(995, 400, 5, 10, "Beta"), // no room on the right
        };

        var placed = LabelPlacer.Place(glyphs, [0, 1], 10, Page);

        // Right of Alpha: x = 100 + radius 10 + gap (3 + 1.5), start-anchored, baseline 3.5 below the centre.
        Assert.That(placed[0]!.Value.Anchor, Is.EqualTo("start"));
        Assert.That(placed[0]!.Value.X, Is.EqualTo(114.5).Within(1e-9));
        Assert.That(placed[0]!.Value.Y, Is.EqualTo(103.5).Within(1e-9));
        Assert.That(placed[1]!.Value.Anchor, Is.EqualTo("end"), "Beta goes left, inside the page");
        Assert.That(placed[1]!.Value.Box.Right, Is.LessThanOrEqualTo(1000));
    }

    [Test]
    public void The_label_limit_and_empty_names_are_respected()
    {
        var glyphs = Enumerable.Range(0, 5).Select(i => new LabelPlacer.Glyph(100 + i * 150, 300, 5, 10, i == 1 ? "" : "N" + i)).ToList();

        var placed = LabelPlacer.Place(glyphs, [0, 1, 2, 3, 4], 2, Page);

        Assert.That(placed.Select(p => p is not null), Is.EqualTo(new[] { true, false, true, false, false }));
    }
}
