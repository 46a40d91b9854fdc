using System.Text;
using EntityGraph.Export;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

public class DotWriterTests
{
    [Test]
    public void Writes_a_digraph_with_quoted_ids_and_attributes()
    {
        const string expected = """
            // EntityGraph relationship graph: 1 documents
            digraph "EntityGraph" {
              "country:CHN" [label="China", type="Country", iso3="CHN", mentions="1", documents="1"];
              "country:PRK" [label="North Korea", type="Country", iso3="PRK", mentions="2", documents="1"];
              "country:CHN" -> "country:PRK" [key="e0", label="co-mention", type="co-mention", negated="false", count="1", weight="0.1", confidence="0.1"];
              "country:CHN" -> "country:PRK" [key="e1", label="SANCTION", type="interaction", category="SANCTION", negated="false", count="1", weight="0.5", confidence="0.5"];
            }

            """;
        Assert.That(DotWriter.WriteToString(NodeLinkJsonWriterTests.TwoCountries()), Is.EqualTo(expected));
    }

    [TestCase("plain", "\"plain\"")]
    [TestCase("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [TestCase("a\\b", "\"a\\\\b\"")]
    [TestCase("line1\r\nline2\nline3\rx", "\"line1\\nline2\\nline3\\nx\"")]
    // A trailing backslash would escape the closing quote; a line continuation (backslash, newline) shields it.
    [TestCase("ends\\", "\"ends\\\\\\\n\"")]
    [TestCase("", "\"\"")]
    public void Quotes_strings_safely(string value, string expected)
    {
        using var sw = new StringWriter();
        DotWriter.Quote(sw, value);
        Assert.That(sw.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Controls_and_lone_surrogates_are_removed()
    {
        // Not a [TestCase]: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        using var sw = new StringWriter();
        DotWriter.Quote(sw, "ctl\u0001\uD800");
        Assert.That(sw.ToString(), Is.EqualTo("\"ctl\""));
    }

    [Test]
    public void Hostile_graph_keeps_every_statement_on_its_own_line_and_quotes_balanced()
    {
        string dot = DotWriter.WriteToString(NodeLinkJsonReaderTests.HostileGraph());
        // 3 nodes + 5 edges + comment + header + closing brace; the continuation after a trailing backslash
        // in an alias is not written because aliases are not in DOT, so no line is split.
        var lines = dot.TrimEnd('\n').Split('\n');
        Assert.That(lines.Length, Is.EqualTo(11));
        foreach (var line in lines[2..^1])
        {
            Assert.That(line, Does.EndWith("];"));
            // Outside escapes, quotes come in pairs.
            Assert.That(line.Replace("\\\\", "").Replace("\\\"", "").Count(c => c == '"') % 2, Is.EqualTo(0), line);
        }
        Assert.That(dot, Does.Contain("\"person:\u0020<x>&amp;\" [label=\" Kim\\n\u2028 \uD83D\uDE00\""));
    }

    [Test]
    public void Stream_output_is_utf8_without_bom()
    {
        using var ms = new MemoryStream();
        DotWriter.Write(NodeLinkJsonWriterTests.TwoCountries(), ms);
        Assert.That(ms.ToArray()[0], Is.EqualTo((byte)'/'));
        Assert.That(Encoding.UTF8.GetString(ms.ToArray()), Is.EqualTo(DotWriter.WriteToString(NodeLinkJsonWriterTests.TwoCountries())));
    }

    [Test]
    public void Dated_graph_carries_first_and_last_seen_and_the_event_summaries()
    {
        // PRK: 2 + 1 + 1 mentions in a.txt, b.txt, c.txt; CHN in a.txt and b.txt; Russia only in the undated c.txt.
        // The sanction: 0.8 (a.txt) + 0.5 (b.txt) = 1.3, Goldstein (-4 + -5) / 2, both quad class 4 and CAMEO 163.
        const string expected = """
            // EntityGraph relationship graph: 3 documents
            digraph "EntityGraph" {
              "country:CHN" [label="China", type="Country", iso3="CHN", mentions="2", documents="2", first_seen="2014-04-20", last_seen="2014-05-01"];
              "country:PRK" [label="North Korea", type="Country", iso3="PRK", mentions="4", documents="3", first_seen="2014-04-20", last_seen="2014-05-01"];
              "country:RUS" [label="Russia", type="Country", iso3="RUS", mentions="1", documents="1"];
              "country:PRK" -> "country:CHN" [key="e0", label="SANCTION", type="interaction", category="SANCTION", negated="false", count="2", weight="1.3", confidence="0.8", first_seen="2014-04-20", last_seen="2014-05-01", mean_goldstein="-4.5", quad_class="4", cameo="163"];
              "country:PRK" -> "country:RUS" [key="e1", label="co-mention", type="co-mention", negated="false", count="1", weight="0.1", confidence="0.1"];
            }

            """;
        Assert.That(DotWriter.WriteToString(GexfWriterTests.DatedGraph()), Is.EqualTo(expected));
    }
}
