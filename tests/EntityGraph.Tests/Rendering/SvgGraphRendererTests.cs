using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using EntityGraph.Documents;
using EntityGraph.Graphs;
using EntityGraph.Rendering;
using NUnit.Framework;
using static EntityGraph.Tests.Rendering.RenderFixtures;

namespace EntityGraph.Tests.Rendering;

public class SvgGraphRendererTests
{
    private static readonly XNamespace Svg = SvgGraphRenderer.Namespace;
    private const string Red = "#d62728", Green = "#2e9e48", StructuralGrey = "#7f7f8c", LightGrey = "#c7c7c7";

    private static XElement Render(EntityRelationGraph graph, SvgRenderOptions? options = null)
    {
        string svg = SvgGraphRenderer.WriteToString(graph, options);
        // Well-formed XML, read with a strict reader (no DTDs, every character checked).
        using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true });
        return XDocument.Load(reader).Root!;
    }

    private static XElement Group(XElement root, string cls) => root.Elements(Svg + "g").Single(g => (string?)g.Attribute("class") == cls);

    private static double Num(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [Test]
    public void The_picture_is_an_svg_with_a_view_box_a_title_and_one_circle_per_node()
    {
        var root = Render(Small());

        Assert.That(root.Name, Is.EqualTo(Svg + "svg"));
        Assert.That((string?)root.Attribute("viewBox"), Is.EqualTo("0 0 1600 1200"));
        Assert.That(root.Element(Svg + "title")!.Value, Is.EqualTo("Entity graph"));
        var circles = root.Descendants(Svg + "circle").ToList();
        Assert.That(circles, Has.Count.EqualTo(6), "circles are the nodes and nothing else");
        Assert.That(circles.Select(c => c.Element(Svg + "title")!.Value.Split(" (")[0]),
            Is.EquivalentTo(new[] { "North Korea", "China", "Russia", "United States", "Kim Jong-un", "Workers' Party of Korea" }));
    }

    [Test]
    public void Nodes_lie_inside_the_view_box_and_no_number_is_NaN()
    {
        // Big enough to need the node limit: 300 nodes on a ring with spokes to a hub.
        var entities = Enumerable.Range(0, 300).Select(i => Entity($"org:{i:D3}", $"Org {i}", EntityType.Organization, 1 + i % 7)).ToList();
        var relations = Enumerable.Range(1, 299).Select(i => CoMention($"org:{i:D3}", $"org:{(i % 299) + 1:D3}"))
            .Concat(Enumerable.Range(1, 60).Select(i => Tie("org:000", $"org:{i * 4:D3}", "role-at", 0.5))).ToArray();
        var options = new SvgRenderOptions { Width = 1000, Height = 700 };

        var root = Render(Graph(entities, relations), options);

        var circles = root.Descendants(Svg + "circle").ToList();
        Assert.That(circles, Has.Count.EqualTo(150), "the default limit");
        foreach (var c in circles)
        {
            double cx = Num(c, "cx"), cy = Num(c, "cy"), r = Num(c, "r");
            Assert.That(cx - r, Is.GreaterThanOrEqualTo(0));
            Assert.That(cx + r, Is.LessThanOrEqualTo(1000));
            Assert.That(cy - r, Is.GreaterThanOrEqualTo(0));
            Assert.That(cy + r, Is.LessThanOrEqualTo(700));
        }
        string text = root.ToString();
        Assert.That(text, Does.Not.Contain("NaN").And.Not.Contain("Infinity").And.Not.Contain("∞"));
    }

    [TestCase(200, 200, 6)]
    [TestCase(20000, 200, 6)]
    [TestCase(200, 20000, 6)]
    [TestCase(1600, 1200, 1)]
    [TestCase(1600, 1200, 2)]
    public void Tiny_wide_and_tall_pictures_and_one_or_two_nodes_stay_inside_the_view_box(int width, int height, int nodeCount)
    {
        var graph = Small();
        var options = new SvgRenderOptions { Width = width, Height = height, MaxNodes = nodeCount };

        var circles = Render(graph, options).Descendants(Svg + "circle").ToList();

        Assert.That(circles, Has.Count.EqualTo(nodeCount));
        foreach (var c in circles)
        {
            double cx = Num(c, "cx"), cy = Num(c, "cy"), r = Num(c, "r");
            Assert.That(cx - r >= 0 && cx + r <= width && cy - r >= 0 && cy + r <= height, Is.True, $"({cx}, {cy}) r {r}");
        }
    }

    [Test]
    public void Each_pair_and_direction_is_one_line_coloured_by_tone_with_arrowheads_on_directed_lines()
    {
        var edges = Group(Render(Small()), "edges").Elements(Svg + "path").ToList();

        // PRK–CHN co-mention, PRK→CHN and CHN→PRK sanctions, CHN→USA support, Kim→PRK leader-of,
        // Kim→WPK member-of, PRK–RUS co-mention.
        Assert.That(edges, Has.Count.EqualTo(7));
        string Title(XElement e) => e.Element(Svg + "title")!.Value;
        XElement Line(string title) => edges.Single(e => Title(e).StartsWith(title + "\n", StringComparison.Ordinal));
        Assert.That((string?)Line("North Korea → China").Attribute("stroke"), Is.EqualTo(Red));
        Assert.That((string?)Line("China → North Korea").Attribute("stroke"), Is.EqualTo(Red));
        Assert.That((string?)Line("China → United States").Attribute("stroke"), Is.EqualTo(Green));
        Assert.That((string?)Line("Kim Jong-un → North Korea").Attribute("stroke"), Is.EqualTo(StructuralGrey));
        Assert.That((string?)Line("North Korea — China").Attribute("stroke"), Is.EqualTo(LightGrey));
        Assert.That((string?)Line("North Korea — Russia").Attribute("stroke"), Is.EqualTo(LightGrey));

        Assert.That(Line("North Korea — China").Attribute("marker-end"), Is.Null, "a co-mention has no direction");
        Assert.That((string?)Line("North Korea → China").Attribute("marker-end"), Does.StartWith("url(#arrow-conflict-"));
        Assert.That(Title(Line("North Korea — China")), Does.Contain("co-mention ×2"));

        // Three lines between PRK and CHN: the two directed ones bend aside, the co-mention and lone lines stay straight.
        Assert.That((string?)Line("North Korea → China").Attribute("d"), Does.Contain(" Q "));
        Assert.That((string?)Line("China → North Korea").Attribute("d"), Does.Contain(" Q "));
        Assert.That((string?)Line("North Korea — China").Attribute("d"), Does.Contain(" L "));
        Assert.That((string?)Line("China → United States").Attribute("d"), Does.Contain(" L "));
    }

    [Test]
    public void Every_arrowhead_marker_used_is_defined_in_its_tone_colour()
    {
        var root = Render(Small());
        var markers = root.Element(Svg + "defs")!.Elements(Svg + "marker").ToDictionary(m => (string)m.Attribute("id")!);
        foreach (var path in Group(root, "edges").Elements(Svg + "path"))
        {
            if ((string?)path.Attribute("marker-end") is not { } url) continue;
            string id = url["url(#".Length..^1];
            Assert.That(markers, Does.ContainKey(id));
            Assert.That((string?)markers[id].Element(Svg + "path")!.Attribute("fill"), Is.EqualTo((string?)path.Attribute("stroke")));
        }
    }

    [Test]
    public void Parallel_edges_merge_into_one_line_of_the_dominant_tone()
    {
        var entities = new[] { Entity(Prk, "North Korea", EntityType.Country, 2), Entity(Chn, "China", EntityType.Country, 2) };
        // Conflict 0.8 + 0.5 = 1.3 outweighs cooperation 1.0.
        var conflictWins = Graph(entities, Conflict(Prk, Chn, "SANCTION", 0.8), Conflict(Prk, Chn, "ACCUSE", 0.5), Cooperation(Prk, Chn, "AGREE", 1.0));
        // Cooperation 1.0 outweighs conflict 0.3; a co-mention does not count against either.
        var cooperationWins = Graph(entities, Conflict(Prk, Chn, "SANCTION", 0.3), Cooperation(Prk, Chn, "AGREE", 1.0));

        var red = Group(Render(conflictWins), "edges").Elements(Svg + "path").Single();
        var green = Group(Render(cooperationWins), "edges").Elements(Svg + "path").Single();

        Assert.That((string?)red.Attribute("stroke"), Is.EqualTo(Red));
        Assert.That(red.Element(Svg + "title")!.Value.Split('\n'), Is.EqualTo(new[]
        {
            "North Korea → China",
            "AGREE (interaction) ×1, weight 1",
            "SANCTION (interaction) ×1, weight 0.8",
            "ACCUSE (interaction) ×1, weight 0.5",
            "“text”", // the evidence sentence of the heaviest part
        }));
        Assert.That((string?)green.Attribute("stroke"), Is.EqualTo(Green));
    }

    [Test]
    public void Edge_tooltips_quote_one_evidence_sentence_on_one_line_and_cut_long_ones()
    {
        string longSentence = "North Korea\n  criticised   China " + string.Concat(Enumerable.Repeat("again and ", 40)) + "again.";
        var relation = new Relation(Prk, Chn, "interaction", 0.8, new Evidence("doc", 0, new TextSpan(0, 4), longSentence))
            { Category = "ACCUSE", QuadClass = 3, Goldstein = -2 };
        var graph = Graph([Entity(Prk, "North Korea", EntityType.Country, 2), Entity(Chn, "China", EntityType.Country, 2)], relation);

        string quote = Group(Render(graph), "edges").Elements(Svg + "path").Single().Element(Svg + "title")!.Value.Split('\n')[2];

        Assert.That(quote, Does.StartWith("“North Korea criticised China again and again"));
        // Collapsed: "North Korea criticised China " is 29 characters, then "again and " repeats; character 200
        // is the 'g' of the 18th "again", so the cut falls at the space before it, after a whole "and".
        Assert.That(quote, Does.EndWith(" again and…”"), "cut after a whole word");
        Assert.That(quote.Length, Is.LessThanOrEqualTo(203), "200 characters, the ellipsis and the quotes");
    }

    [Test]
    public void Negated_relations_are_dashed_and_neutral()
    {
        var graph = Graph([Entity(Prk, "North Korea", EntityType.Country, 2), Entity(Chn, "China", EntityType.Country, 2)],
            Tie(Prk, Chn, "interaction", 0.7, "SANCTION", 4, -4, negated: true));

        var line = Group(Render(graph), "edges").Elements(Svg + "path").Single();

        Assert.That((string?)line.Attribute("stroke"), Is.EqualTo(LightGrey));
        Assert.That(line.Attribute("stroke-dasharray"), Is.Not.Null);
        Assert.That(line.Element(Svg + "title")!.Value, Does.Contain("not SANCTION"));
    }

    [Test]
    public void Nodes_are_coloured_by_type_and_the_legend_lists_the_types_and_tones_present()
    {
        var root = Render(Small());

        var fills = root.Descendants(Svg + "circle").ToDictionary(c => c.Element(Svg + "title")!.Value.Split(" (")[0], c => (string)c.Attribute("fill")!);
        Assert.That(fills["North Korea"], Is.EqualTo(RenderPalette.NodeColor(EntityType.Country)));
        Assert.That(fills["Kim Jong-un"], Is.EqualTo(RenderPalette.NodeColor(EntityType.Person)));
        Assert.That(fills["Workers' Party of Korea"], Is.EqualTo(RenderPalette.NodeColor(EntityType.PoliticalParty)));
        Assert.That(fills["North Korea"], Is.Not.EqualTo(fills["Kim Jong-un"]));

        var legend = Group(root, "legend");
        var texts = legend.Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.That(texts, Is.SupersetOf(new[] { "Country", "Person", "Political party", "Conflict", "Cooperation", "Structural tie", "Co-mention / neutral" }));
        Assert.That(texts, Has.None.EqualTo("Organization").And.None.EqualTo("Location"), "only the types present");
        var swatches = legend.Elements(Svg + "rect").Select(r => (string)r.Attribute("fill")!).ToList();
        Assert.That(swatches, Is.EqualTo(new[] { EntityType.Person, EntityType.PoliticalParty, EntityType.Country }.Select(RenderPalette.NodeColor)));
        var toneSwatches = legend.Elements(Svg + "line").Select(l => (string)l.Attribute("stroke")!).ToList();
        Assert.That(toneSwatches, Is.EqualTo(new[] { Red, Green, StructuralGrey, LightGrey }));
    }

    [Test]
    public void Characters_XML_cannot_carry_are_removed_from_names()
    {
        var graph = Graph([Entity("org:bad", "Bad\u0001Na\uFFFEme\uD800", EntityType.Organization, 3), Entity(Chn, "China", EntityType.Country, 1)],
            CoMention("org:bad", Chn));

        var root = Render(graph);

        Assert.That(Group(root, "labels").Elements(Svg + "text").Select(t => t.Value), Does.Contain("BadName"));
        Assert.That(root.Descendants(Svg + "circle").Select(c => c.Element(Svg + "title")!.Value), Has.Some.StartsWith("BadName (Organization)"));
        Assert.That(Group(root, "edges").Elements(Svg + "path").Single().Element(Svg + "title")!.Value, Does.StartWith("BadName — China"));
    }

    [TestCase("China", ExpectedResult = "China")]
    [TestCase("  Kim\n Jong-un ", ExpectedResult = "Kim Jong-un")]
    [TestCase("Organisation and Guidance Department", ExpectedResult = "Organisation and Guidance Department")]
    [TestCase("Organisation for Economic Co-operation and Development", ExpectedResult = "Organisation for Economic Co-operation…")]
    [TestCase("Organisation for Economic Co-operation a", ExpectedResult = "Organisation for Economic Co-operation a")] // 40: kept
    public string Labels_are_one_line_of_at_most_40_characters(string name) => SvgGraphRenderer.LabelText(name);

    [Test]
    public void The_same_graph_gives_the_same_bytes_whatever_the_order_its_documents_came_in()
    {
        var entities = new[]
        {
            Entity(Prk, "North Korea", EntityType.Country, 3), Entity(Chn, "China", EntityType.Country, 2), Entity(Rus, "Russia", EntityType.Country, 1),
        };
        Document Doc(string id, params Relation[] relations) =>
            Document.Create("text", id).WithTokens([], []).WithMentions([]).WithEntities(entities).WithRelations(relations);
        var a = Doc("a", Conflict(Prk, Chn, "SANCTION"), CoMention(Prk, Rus));
        var b = Doc("b", Cooperation(Rus, Chn, "AGREE"), CoMention(Prk, Chn));

        string one = SvgGraphRenderer.WriteToString(new GraphBuilder().Add(a).Add(b).ToGraph());
        string two = SvgGraphRenderer.WriteToString(new GraphBuilder().Add(b).Add(a).ToGraph());
        string three = SvgGraphRenderer.WriteToString(new GraphBuilder().Add(a).Add(b).ToGraph());

        Assert.That(two, Is.EqualTo(one));
        Assert.That(three, Is.EqualTo(one));
    }

    [Test]
    public void A_stream_gets_UTF8_without_a_byte_order_mark()
    {
        using var stream = new MemoryStream();
        SvgGraphRenderer.Write(Small(), stream);
        byte[] bytes = stream.ToArray();
        Assert.That(bytes.Take(5), Is.EqualTo("<?xml"u8.ToArray()));
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Contain("encoding=\"utf-8\"").And.Contain("North Korea"));
    }

    // A hub A linked to B and C, B to C, a light pair D–E and a loner F.
    // Weighted degrees: A 0.9 + 0.8 = 1.7, B 0.9 + 0.7 = 1.6, C 0.8 + 0.7 = 1.5, D and E 0.2, F 0.
    private static EntityRelationGraph Ranked() => Graph(
        "ABCDEF".Select(c => Entity($"org:{c}", $"Org {c}", EntityType.Organization, 1)),
        Tie("org:A", "org:B", "role-at", 0.9), Tie("org:A", "org:C", "role-at", 0.8), Tie("org:B", "org:C", "role-at", 0.7),
        Tie("org:D", "org:E", "role-at", 0.2));

    private static List<string> NodeNames(XElement root) =>
        root.Descendants(Svg + "circle").Select(c => c.Element(Svg + "title")!.Value.Split(" (")[0]).Order(StringComparer.Ordinal).ToList();

    [Test]
    public void The_node_limit_keeps_the_highest_weighted_degrees_and_the_title_says_so()
    {
        var root = Render(Ranked(), new SvgRenderOptions { MaxNodes = 3 });

        Assert.That(NodeNames(root), Is.EqualTo(new[] { "Org A", "Org B", "Org C" }));
        Assert.That(Group(root, "edges").Elements(Svg + "path").Count(), Is.EqualTo(3));
        Assert.That(root.Element(Svg + "desc")!.Value, Does.StartWith("Top 3 of 6 entities by weighted degree · 3 of 4 relation edges"));
    }

    [Test]
    public void The_weight_threshold_drops_light_edges_and_the_nodes_they_leave_alone()
    {
        var root = Render(Ranked(), new SvgRenderOptions { MinWeight = 0.5 });

        Assert.That(NodeNames(root), Is.EqualTo(new[] { "Org A", "Org B", "Org C" }));
        string desc = root.Element(Svg + "desc")!.Value;
        Assert.That(desc, Does.Contain("3 entities · 3 of 4 relation edges").And.Contain("edges of weight ≥ 0.5").And.Contain("3 entities without such an edge left out"));
        Assert.That(desc, Does.Not.Contain("Top"));
    }

    [Test]
    public void Lone_nodes_are_drawn_when_there_is_no_threshold() =>
        Assert.That(NodeNames(Render(Ranked())), Has.Count.EqualTo(6));

    [Test]
    public void Labels_go_to_the_biggest_nodes_first_up_to_the_limit_with_a_white_halo()
    {
        var root = Render(Small(), new SvgRenderOptions { MaxLabels = 2 });

        var labels = Group(root, "labels");
        Assert.That(labels.Elements(Svg + "text").Select(t => t.Value), Is.EquivalentTo(new[] { "North Korea", "China" }));
        Assert.That((string?)labels.Attribute("style"), Does.Contain("paint-order: stroke").And.Contain("stroke: #ffffff"));
    }

    // The least mentioned node of Small() has 1 mention to North Korea's 9: share √(1/9) = 1/3, so its
    // label is 11 + 7/3 = 13.33 pixels at the reference size.
    [TestCase(1600, 1200, 13.33)] // the reference size
    [TestCase(800, 600, 10.0)] // half size: text at 75 %, not 50 %
    [TestCase(6400, 4800, 26.67)] // four times: text twice as big (√4)
    public void Label_text_stays_readable_on_small_pictures(int width, int height, double smallest)
    {
        var labels = Group(Render(Small(), new SvgRenderOptions { Width = width, Height = height }), "labels").Elements(Svg + "text").ToList();
        Assert.That(labels, Is.Not.Empty);
        Assert.That(labels.Min(t => Num(t, "font-size")), Is.EqualTo(smallest).Within(0.01));
    }

    [Test]
    public void Size_options_set_the_view_box_and_the_title_option_the_heading()
    {
        var root = Render(Small(), new SvgRenderOptions { Width = 800, Height = 600, Title = "Korea\u0002 2014" });
        Assert.That((string?)root.Attribute("viewBox"), Is.EqualTo("0 0 800 600"));
        Assert.That((string?)root.Attribute("width"), Is.EqualTo("800"));
        Assert.That(root.Element(Svg + "title")!.Value, Is.EqualTo("Korea 2014"));
    }

    [Test]
    public void An_empty_graph_is_a_valid_picture_that_says_there_is_nothing_to_draw()
    {
        var root = Render(EntityRelationGraph.Empty);
        Assert.That(root.Descendants(Svg + "circle"), Is.Empty);
        Assert.That(root.Descendants(Svg + "text").Select(t => t.Value), Has.Some.StartsWith("Nothing to draw"));
    }

    [Test]
    public void Out_of_range_options_are_refused_before_anything_is_written()
    {
        var graph = Small();
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgGraphRenderer.Write(graph, stream, new SvgRenderOptions { Width = 100 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgGraphRenderer.Write(graph, stream, new SvgRenderOptions { Height = 30000 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgGraphRenderer.Write(graph, stream, new SvgRenderOptions { MaxNodes = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgGraphRenderer.Write(graph, stream, new SvgRenderOptions { MinWeight = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgGraphRenderer.Write(graph, stream, new SvgRenderOptions { MinWeight = double.NaN }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgGraphRenderer.Write(graph, stream, new SvgRenderOptions { MaxLabels = -1 }));
        Assert.That(stream.Length, Is.EqualTo(0));
    }
}
