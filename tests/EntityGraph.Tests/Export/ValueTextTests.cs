using System.Globalization;
using System.Xml;
using EntityGraph.Export;
using EntityGraph.Graphs;
using Newtonsoft.Json;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.GraphFixtures;

namespace EntityGraph.Tests.Export;

/// <summary>
/// The writers spell numbers and dates into buffers instead of strings; every spelling must be the one the
/// allocating call it replaced gave (XmlConvert, Newtonsoft, GraphValues.Date), or the files would change.
/// </summary>
public class ValueTextTests
{
    private static IEnumerable<double> Doubles()
    {
        double[] special =
        [
            0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 2.0, 1e15, 1e16, 1e17, 1e21, 1e-5, 1e-7, 123456789012345678.0,
            double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, double.NaN,
            double.PositiveInfinity, double.NegativeInfinity, 0.1 + 0.2, 1.0 / 3, -7.4, 100.0,
        ];
        foreach (double d in special) yield return d;
        var random = new Random(20140512);
        for (int i = 0; i < 5000; i++)
        {
            yield return BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue)); // any bits
            yield return random.Next(-1000, 1000) / 10.0; // sums of confidences and Goldstein scores
            yield return random.Next(0, 100); // whole numbers, which Newtonsoft writes with ".0"
        }
    }

    [Test]
    public void Xml_spellings_of_doubles_and_ints_are_XmlConvert_s()
    {
        Span<char> buffer = stackalloc char[ValueText.MaxLength];
        foreach (double d in Doubles())
            Assert.That(new string(buffer[..ValueText.FormatXml(d, buffer)]), Is.EqualTo(XmlConvert.ToString(d)), $"bits {BitConverter.DoubleToInt64Bits(d):X16}");
        foreach (int n in new[] { int.MinValue, -1, 0, 7, 10, 1_000_000, int.MaxValue })
            Assert.That(new string(buffer[..ValueText.FormatXml(n, buffer)]), Is.EqualTo(XmlConvert.ToString(n)));
    }

    [Test]
    public void Json_spellings_of_doubles_are_Newtonsoft_s_with_symbols()
    {
        Assert.That(Json(2.0), Is.EqualTo("2.0"), "a whole number gets .0 (hand-checked Newtonsoft behaviour)");
        Assert.That(Json(double.NaN), Is.EqualTo("NaN"));
        Assert.That(Json(double.NegativeInfinity), Is.EqualTo("-Infinity"));
        Span<char> buffer = stackalloc char[ValueText.MaxLength];
        foreach (double d in Doubles())
            Assert.That(new string(buffer[..ValueText.FormatJson(d, buffer)]), Is.EqualTo(Json(d)), $"bits {BitConverter.DoubleToInt64Bits(d):X16}");
    }

    private static string Json(double value)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(sw) { FloatFormatHandling = FloatFormatHandling.Symbol, Culture = CultureInfo.InvariantCulture })
            json.WriteValue(value);
        return sw.ToString();
    }

    [Test]
    public void Date_spellings_are_GraphValues_s()
    {
        Span<char> buffer = stackalloc char[ValueText.MaxLength];
        Assert.That(new string(buffer[..ValueText.FormatDate(new DateOnly(2014, 5, 2), buffer)]), Is.EqualTo("2014-05-02"));
        var random = new Random(5);
        foreach (var date in new[] { DateOnly.MinValue, DateOnly.MaxValue }.Concat(Enumerable.Range(0, 1000).Select(_ => DateOnly.FromDayNumber(random.Next(0, DateOnly.MaxValue.DayNumber)))))
            Assert.That(new string(buffer[..ValueText.FormatDate(date, buffer)]), Is.EqualTo(GraphValues.Date(date)));
    }

    [TestCase("plain text", true)]
    [TestCase("tab\tand\r\nbreaks", true)]
    [TestCase("pair \uD83D\uDE00", true)]
    [TestCase("nul \u0000", false)]
    [TestCase("\uFFFE", false)]
    public void Span_cleanliness_agrees_with_the_string_check(string text, bool clean)
    {
        Assert.That(XmlChars.IsClean(text.AsSpan()), Is.EqualTo(clean));
        Assert.That(XmlChars.IsClean(text), Is.EqualTo(clean));
    }

    [Test]
    public void A_lone_surrogate_is_not_clean_as_a_span()
    {
        // Built here: attribute arguments cannot hold a lone surrogate.
        Assert.That(XmlChars.IsClean("end \uD83C".AsSpan()), Is.False);
        Assert.That(XmlChars.IsClean("\uDE00\uD83D".AsSpan()), Is.False);
        Assert.That(XmlChars.IsClean("ok \uD83D\uDE00".AsSpan()), Is.True);
    }

    [Test]
    public void Node_link_JSON_through_a_caller_s_JsonWriter_is_the_same_text_as_through_the_buffered_path()
    {
        // A dated document, a negated interaction (label "not SANCTION", cached) and whole-number weights: every
        // value the buffered path spells itself. The caller's JsonWriter gets the plain Newtonsoft calls.
        var graph = new GraphBuilder().Add(DatedDoc("d1", new DateOnly(2014, 5, 12),
            [Country("PRK", "North Korea", 2, "DPRK"), Country("CHN", "China", 1)],
            CoMention("country:CHN", "country:PRK", "d1", 0, "China and North Korea."),
            Interaction("country:CHN", "country:PRK", "SANCTION", 1.0, "d1", 1, "China did not sanction DPRK.", negated: true),
            Interaction("country:PRK", "country:CHN", "SANCTION", 0.25, "d1", 2, "DPRK did not sanction China.", negated: true))).ToGraph();
        string buffered = NodeLinkJsonWriter.WriteToString(graph);

        using var sw = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(sw)
        {
            Formatting = Newtonsoft.Json.Formatting.Indented, Indentation = 2, IndentChar = ' ', CloseOutput = false,
            Culture = CultureInfo.InvariantCulture, FloatFormatHandling = FloatFormatHandling.Symbol,
        })
        {
            NodeLinkJsonWriter.Write(graph, json);
        }
        sw.Write("\n");

        Assert.That(buffered, Is.EqualTo(sw.ToString()));
        Assert.That(buffered, Does.Contain("\"key\": \"e2\""));
        Assert.That(buffered, Does.Contain("\"label\": \"not SANCTION\""));
        Assert.That(buffered, Does.Contain("\"confidence\": 1.0,"));
        Assert.That(buffered, Does.Contain("\"date\": \"2014-05-12\""));
    }

    [Test]
    public void Negated_labels_read_not_and_the_category_or_type_in_every_format()
    {
        // Two negated edges with the same label (the second takes the cached "not SANCTION") and a negated
        // co-mention without category ("not co-mention"); ids e0.. in edge order.
        var graph = new GraphBuilder().Add(Doc("d1",
            [Country("PRK", "North Korea", 1), Country("CHN", "China", 1)],
            Interaction("country:CHN", "country:PRK", "SANCTION", 0.5, "d1", 0, "No sanction.", negated: true),
            Interaction("country:PRK", "country:CHN", "SANCTION", 0.5, "d1", 1, "No sanction either.", negated: true),
            new EntityGraph.Documents.Relation("country:CHN", "country:PRK", "co-mention", 0.1,
                new EntityGraph.Documents.Evidence("d1", 2, new EntityGraph.Documents.TextSpan(0, 4), "Not.")) { Negated = true })).ToGraph();
        Assert.That(graph.Edges.Count(e => e.Negated), Is.EqualTo(3));

        string graphml = GraphMLWriter.WriteToString(graph);
        Assert.That(System.Text.RegularExpressions.Regex.Matches(graphml, "<data key=\"edge_label\">not SANCTION</data>").Count, Is.EqualTo(2));
        Assert.That(graphml, Does.Contain("<data key=\"edge_label\">not co-mention</data>"));

        string gexf = GexfWriter.WriteToString(graph);
        Assert.That(System.Text.RegularExpressions.Regex.Matches(gexf, "label=\"not SANCTION\" kind=\"not SANCTION\"").Count, Is.EqualTo(2));

        string dot = DotWriter.WriteToString(graph);
        Assert.That(System.Text.RegularExpressions.Regex.Matches(dot, "\\[key=\"e[0-2]\", label=\"not (SANCTION|co-mention)\"").Count, Is.EqualTo(3));

        string csv = CsvGraphWriter.EdgesToString(graph);
        Assert.That(System.Text.RegularExpressions.Regex.Matches(csv, ",Directed,e[0-2],not (SANCTION|co-mention),").Count, Is.EqualTo(3));
    }
}
