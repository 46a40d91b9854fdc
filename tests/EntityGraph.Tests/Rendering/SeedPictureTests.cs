using System.Globalization;
using System.Xml.Linq;
using EntityGraph.Graphs;
using EntityGraph.Rendering;
using NUnit.Framework;

namespace EntityGraph.Tests.Rendering;

/// <summary>
/// What a person looking at the seed article's picture should see (checked by eye on a screenshot, and here
/// by the properties that made it readable): the four powers big, bold and labelled; the DPRK–China
/// tension red; circles that do not overlap.
/// </summary>
public class SeedPictureTests
{
    private static readonly XNamespace Svg = SvgGraphRenderer.Namespace;
    private XElement _root = null!;

    [OneTimeSetUp]
    public void RenderSeed()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt");
        var document = Pipeline.CreateDefault().Process(File.ReadAllText(path), id: "000_935a3fb69f6add80.txt");
        var graph = new GraphBuilder().Add(document).ToGraph();
        _root = XDocument.Parse(SvgGraphRenderer.WriteToString(graph)).Root!;
    }

    private IEnumerable<XElement> Group(string cls) =>
        _root.Elements(Svg + "g").Single(g => (string?)g.Attribute("class") == cls).Elements();

    private static double Num(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [TestCase("North Korea")]
    [TestCase("China")]
    [TestCase("Russia")]
    [TestCase("United States")]
    public void The_powers_are_labelled_in_bold(string name)
    {
        var label = Group("labels").SingleOrDefault(t => t.Value == name);
        Assert.That(label, Is.Not.Null, $"{name} has a label");
        Assert.That((string?)label!.Attribute("font-weight"), Is.EqualTo("bold"));
    }

    [Test]
    public void North_Korea_and_China_are_the_biggest_nodes()
    {
        var biggest = Group("nodes").OrderByDescending(c => Num(c, "r")).Take(2)
            .Select(c => c.Element(Svg + "title")!.Value.Split(" (")[0]);
        Assert.That(biggest, Is.EquivalentTo(new[] { "North Korea", "China" }));
    }

    [Test]
    public void The_tension_between_North_Korea_and_China_is_red_both_ways()
    {
        foreach (var title in new[] { "North Korea → China\n", "China → North Korea\n" })
        {
            var line = Group("edges").Single(p => p.Element(Svg + "title")!.Value.StartsWith(title, StringComparison.Ordinal));
            Assert.That((string?)line.Attribute("stroke"), Is.EqualTo(RenderPalette.EdgeColor(EdgeTone.Conflict)), title);
        }
    }

    [Test]
    public void No_two_circles_overlap()
    {
        var circles = Group("nodes").Select(c => (X: Num(c, "cx"), Y: Num(c, "cy"), R: Num(c, "r"))).ToList();
        for (int i = 0; i < circles.Count; i++)
        {
            for (int j = i + 1; j < circles.Count; j++)
            {
                double d = Math.Sqrt(Math.Pow(circles[i].X - circles[j].X, 2) + Math.Pow(circles[i].Y - circles[j].Y, 2));
                Assert.That(d, Is.GreaterThanOrEqualTo(circles[i].R + circles[j].R - 0.02), $"circles {i} and {j}");
            }
        }
    }
}
