using System.Text;
using System.Xml.Linq;
using EntityGraph.Export;
using EntityGraph.Exporter;
using EntityGraph.Graphs;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

/// <summary><c>export</c>: output formats, input kinds, merging earlier graphs, and bad inputs skipped with a message.</summary>
public class ExportCommandTests : CliTestFixture
{
    private const string Korea = "North Korea cut trade with China.";
    private const string Iran = "Iran criticised Israel.";

    private string Write(string name, string text)
    {
        var path = Path.Combine(Dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static EntityRelationGraph ReadGraphML(string path)
    {
        using var stream = File.OpenRead(path);
        return GraphMLReader.Read(stream, path);
    }

    private static string[] Errors(string stderr) =>
        stderr.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToArray();

    [Test]
    public void GraphML_is_the_format_of_a_graphml_file_and_reads_back()
    {
        var input = Write("a.txt", Korea);
        var output = Path.Combine(Dir, "g.graphml");

        var (code, stdout, stderr) = Run("export", input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(stdout, Is.Empty);
        var graph = ReadGraphML(output);
        Assert.That(graph.DocumentCount, Is.EqualTo(1));
        Assert.That(graph.DocumentIds, Is.EqualTo(new[] { "a.txt" }));
        Assert.That(graph.Nodes.Select(n => n.Id), Does.Contain("country:PRK").And.Contain("country:CHN"));
    }

    [Test]
    public void Json_reads_back_with_our_reader()
    {
        var output = Path.Combine(Dir, "g.json");
        var (code, _, stderr) = Run("export", Write("a.txt", Korea), "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        using var stream = File.OpenRead(output);
        var graph = NodeLinkJsonReader.Read(stream, output);
        Assert.That(graph.Nodes.Select(n => n.Id), Does.Contain("country:PRK").And.Contain("country:CHN"));
        Assert.That(graph.Edges, Is.Not.Empty);
    }

    [Test]
    public void Gexf_has_the_entities_as_labelled_nodes()
    {
        var output = Path.Combine(Dir, "g.gexf");
        var (code, _, stderr) = Run("export", Write("a.txt", Korea), "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        var root = XDocument.Load(output).Root!;
        XNamespace gexf = GexfWriter.Namespace;
        Assert.That(root.Name, Is.EqualTo(gexf + "gexf"));
        var nodes = root.Descendants(gexf + "node").ToDictionary(n => (string)n.Attribute("id")!, n => (string?)n.Attribute("label"));
        Assert.That(nodes["country:PRK"], Is.EqualTo("North Korea"));
        Assert.That(nodes["country:CHN"], Is.EqualTo("China"));
        Assert.That(root.Descendants(gexf + "edge"), Is.Not.Empty);
    }

    [TestCase("g.dot")]
    [TestCase("g.GV")]
    public void Dot_is_a_digraph_with_quoted_ids(string name)
    {
        var output = Path.Combine(Dir, name);
        var (code, _, stderr) = Run("export", Write("a.txt", Korea), "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        string dot = File.ReadAllText(output);
        Assert.That(dot, Does.Contain("\ndigraph \"EntityGraph\" {"));
        Assert.That(dot, Does.Contain("\"country:PRK\"").And.Contain("\"country:CHN\""));
    }

    [Test]
    public void Csv_writes_a_node_table_and_an_edge_table_beside_the_name_given()
    {
        var output = Path.Combine(Dir, "g.csv");
        var (code, _, stderr) = Run("export", Write("a.txt", Korea), "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(File.Exists(output), Is.False, "the name given is only the stem");
        var nodes = File.ReadAllLines(Path.Combine(Dir, "g.nodes.csv"));
        var edges = File.ReadAllLines(Path.Combine(Dir, "g.edges.csv"));
        Assert.That(nodes[0], Is.EqualTo(string.Join(',', CsvGraphWriter.NodeHeader)));
        Assert.That(edges[0], Is.EqualTo(string.Join(',', CsvGraphWriter.EdgeHeader)));
        Assert.That(nodes.Skip(1).Select(l => l.Split(',')[0]), Does.Contain("country:PRK").And.Contain("country:CHN"));
        Assert.That(edges.Length, Is.GreaterThan(1));
        Assert.That(stderr, Does.Contain("g.nodes.csv").And.Contain("g.edges.csv"), "both files are named in the summary");
        Assert.That(Directory.GetFiles(Dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a.txt", "g.nodes.csv", "g.edges.csv" }), "no temporary file left");
    }

    [Test]
    public void Format_overrides_the_extension()
    {
        var output = Path.Combine(Dir, "graph.out");
        var (code, _, stderr) = Run("export", Write("a.txt", Korea), "--out", output, "--format", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(File.ReadAllText(output).TrimStart(), Does.StartWith("{"));
    }

    [Test]
    public void An_unknown_extension_without_format_is_an_error_that_lists_the_choices()
    {
        var output = Path.Combine(Dir, "graph.xlsx");
        var (code, _, stderr) = Run("export", Write("a.txt", Korea), "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Contain("graph.xlsx").And.Contain("--format").And.Contain(".graphml"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void An_unknown_format_name_is_a_usage_error()
    {
        var (code, _, stderr) = Run("export", Write("a.txt", Korea), "--out", Path.Combine(Dir, "g.graphml"), "--format", "xlsx");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("xlsx"));
    }

    [Test]
    public void Dash_writes_to_stdout_for_single_file_formats_but_not_csv()
    {
        var input = Write("a.txt", Korea);

        var (code, stdout, stderr) = Run("export", input, "--out", "-", "--format", "json");
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        var graph = NodeLinkJsonReader.ReadFromString(stdout);
        Assert.That(graph.DocumentIds, Is.EqualTo(new[] { "a.txt" }));
        Assert.That(stderr, Does.EndWith("-> stdout" + Environment.NewLine));

        (code, stdout, stderr) = Run("export", input, "--out", "-", "--format", "csv");
        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Contain("CSV").And.Contain("stdout"));
        Assert.That(stdout, Is.Empty);

        (code, _, stderr) = Run("export", input, "--out", "-");
        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Contain("--format"));
    }

    [Test]
    public void A_folder_gives_every_input_kind_with_ids_and_dates()
    {
        var corpus = Path.Combine(Dir, "corpus");
        Write("corpus/a.txt", Korea);
        Write("corpus/b.md", "---\ndate: 2014-06-01\n---\n# Russia and *Ukraine*\n\nRussia **sanctioned** [Ukraine](http://example.org).\n");
        Write("corpus/web/c.html", "<html><head><title>News</title><meta name=\"date\" content=\"2014-05-02\"><script>Germany France</script></head><body><p>Japan&#39;s envoy met South Korea&#39;s minister.</p></body></html>");
        Write("corpus/d.jsonl", $"{{\"id\": \"x\", \"text\": \"{Iran}\", \"date\": \"2014-01-01\"}}\n{{\"id\": 7, \"text\": \"Canada helped Mexico.\"}}\n");
        Write("corpus/notes.pdf", "ignored");
        var output = Path.Combine(Dir, "g.graphml");

        var (code, _, stderr) = Run("export", corpus, "--out", output, "--date", "2013-12-31");

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        var graph = ReadGraphML(output);
        Assert.That(graph.DocumentIds, Is.EqualTo(new[] { "a.txt", "b.md", "d.jsonl#7", "d.jsonl#x", "web/c.html" }));
        var ids = graph.Nodes.Select(n => n.Id).ToList();
        Assert.That(ids, Does.Contain("country:RUS").And.Contain("country:UKR").And.Contain("country:JPN").And.Contain("country:KOR")
            .And.Contain("country:IRN").And.Contain("country:ISR").And.Contain("country:CAN").And.Contain("country:MEX"));
        Assert.That(ids, Does.Not.Contain("country:DEU").And.Not.Contain("country:FRA"), "the script's words are not text");
        // Dates: HTML meta 2014-05-02, Markdown front matter 2014-06-01, JSON line 2014-01-01; the .txt and the
        // dateless JSON line take --date 2013-12-31.
        Assert.That(graph.Nodes.Single(n => n.Id == "country:JPN").FirstSeen, Is.EqualTo(new DateOnly(2014, 5, 2)));
        Assert.That(graph.Nodes.Single(n => n.Id == "country:RUS").FirstSeen, Is.EqualTo(new DateOnly(2014, 6, 1)));
        Assert.That(graph.Nodes.Single(n => n.Id == "country:IRN").FirstSeen, Is.EqualTo(new DateOnly(2014, 1, 1)));
        Assert.That(graph.Nodes.Single(n => n.Id == "country:PRK").FirstSeen, Is.EqualTo(new DateOnly(2013, 12, 31)));
        Assert.That(graph.Nodes.Single(n => n.Id == "country:CAN").FirstSeen, Is.EqualTo(new DateOnly(2013, 12, 31)));
    }

    [Test]
    public void Html_evidence_is_the_stripped_text_with_entities_decoded()
    {
        var input = Write("c.html", "<p>North&nbsp;Korea <b>cut</b> trade with China &amp; <!-- Russia --> more.</p><script>Russia</script>");
        var output = Path.Combine(Dir, "g.graphml");

        var (code, _, stderr) = Run("export", input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        var graph = ReadGraphML(output);
        Assert.That(graph.Nodes.Select(n => n.Id), Does.Not.Contain("country:RUS"));
        var evidence = graph.Edges.SelectMany(e => e.Evidence).Select(e => e.SentenceText).Distinct().ToList();
        Assert.That(evidence, Is.EqualTo(new[] { "North\u00A0Korea cut trade with China & more." }));
    }

    [Test]
    public void A_bad_json_line_is_reported_with_file_and_line_and_the_others_kept()
    {
        var input = Write("d.jsonl", $"{{\"id\": 1, \"text\": \"{Korea}\"}}\n{{\"id\": 2, \"text\": \n\n{{\"id\": 4, \"text\": \"{Iran}\"}}\n{{\"id\": 1, \"text\": \"Again.\"}}\n");
        var output = Path.Combine(Dir, "g.graphml");

        var (code, _, stderr) = Run("export", input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.InputSkipped));
        var errors = Errors(stderr);
        Assert.That(errors, Has.Length.EqualTo(2));
        Assert.That(errors[0], Does.StartWith($"error: '{input}' line 2: not valid JSON").And.EndWith("skipped."));
        Assert.That(errors[1], Does.StartWith($"error: '{input}' line 5: id '1' was already used on line 1"));
        Assert.That(ReadGraphML(output).DocumentIds, Is.EqualTo(new[] { "d.jsonl#1", "d.jsonl#4" }));
    }

    [Test]
    public void A_binary_or_utf16_json_lines_file_is_one_message_not_one_per_line()
    {
        var binary = WriteBytes("blob.jsonl", [0x50, 0x4B, 3, 4, 0, 0, 0x0A, 0, 0, 0x0A, 0, 0x0A]);
        var utf16 = WriteBytes("wide.jsonl", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes($"{{\"id\": 1, \"text\": \"{Iran}\"}}\n{{\"id\": 2, \"text\": \"{Korea}\"}}\n")]);
        var good = Write("a.txt", Korea);
        var output = Path.Combine(Dir, "g.graphml");

        var (code, _, stderr) = Run("export", binary, utf16, good, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.InputSkipped));
        var errors = Errors(stderr);
        Assert.That(errors, Has.Length.EqualTo(2));
        Assert.That(errors[0], Is.EqualTo($"error: '{binary}': not a text file (NUL byte at byte 4 on line 1); skipped."));
        Assert.That(errors[1], Does.StartWith($"error: '{utf16}': JSON Lines must be UTF-8"));
        Assert.That(ReadGraphML(output).DocumentIds, Is.EqualTo(new[] { "a.txt" }));
    }

    [Test]
    public void A_binary_file_is_skipped_with_a_message_and_the_rest_read()
    {
        var binary = WriteBytes("image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13]);
        var good = Write("a.txt", Korea);
        var output = Path.Combine(Dir, "g.graphml");

        var (code, _, stderr) = Run("export", binary, good, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.InputSkipped));
        Assert.That(Errors(stderr), Is.EqualTo(new[] { $"error: '{binary}': not a text file (NUL byte at byte 4); skipped." }));
        Assert.That(ReadGraphML(output).DocumentIds, Is.EqualTo(new[] { "a.txt" }));
    }

    [Test]
    public void Invalid_utf8_is_read_as_windows_1252_with_a_warning_and_no_skip()
    {
        // "Caf\xE9" is "Café" in Windows-1252; the article is kept, so the run succeeds.
        var input = WriteBytes("latin.txt", [.. "Caf"u8, 0xE9, .. " owners in France welcomed Italy."u8]);
        var output = Path.Combine(Dir, "g.graphml");

        var (code, _, stderr) = Run("export", input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(Errors(stderr), Is.Empty);
        Assert.That(stderr, Does.Contain($"warning: '{input}': invalid UTF-8 at byte 3, line 1; read as Windows-1252"));
        var graph = ReadGraphML(output);
        Assert.That(graph.Nodes.Select(n => n.Id), Does.Contain("country:FRA").And.Contain("country:ITA"));
        Assert.That(graph.Edges.SelectMany(e => e.Evidence).First().SentenceText, Does.StartWith("Café owners"));
    }

    [Test]
    public void An_earlier_graph_merged_with_new_articles_equals_building_from_all_of_them()
    {
        var a = Write("in/a.txt", Korea);
        var b = Write("in/b.txt", Iran + " " + Korea);
        var c = Write("in/c.jsonl", "{\"id\": 1, \"text\": \"Russia criticised Japan.\", \"date\": \"2014-02-02\"}\n");
        var old = Path.Combine(Dir, "old.graphml");
        var merged = Path.Combine(Dir, "merged.graphml");
        var all = Path.Combine(Dir, "all.graphml");

        Assert.That(Run("export", a, c, "--out", old).Code, Is.EqualTo(ExitCodes.Ok));
        var (code, _, stderr) = Run("export", b, old, "--out", merged);
        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(stderr, Does.Contain("3 documents (1 read, 1 graphs merged)"));
        Assert.That(Run("export", a, b, c, "--out", all).Code, Is.EqualTo(ExitCodes.Ok));

        Assert.That(File.ReadAllText(merged), Is.EqualTo(File.ReadAllText(all)));
    }

    [Test]
    public void A_graph_that_already_holds_an_article_is_skipped_rather_than_counted_twice()
    {
        var a = Write("a.txt", Korea);
        var old = Path.Combine(Dir, "old.json");
        Assert.That(Run("export", a, "--out", old).Code, Is.EqualTo(ExitCodes.Ok));
        var output = Path.Combine(Dir, "g.graphml");

        var (code, _, stderr) = Run("export", a, old, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.InputSkipped));
        Assert.That(Errors(stderr).Single(), Does.StartWith($"error: '{old}': ").And.Contain("'a.txt'").And.EndWith("skipped."));
        Assert.That(ReadGraphML(output).DocumentCount, Is.EqualTo(1));
    }

    [Test]
    public void An_invalid_graph_file_is_reported_with_its_line_and_the_rest_read()
    {
        var bad = Write("bad.graphml", "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n  <graph edgedefault=\"directed\">\n    <node id=\"x\">\n  </graph>\n</graphml>\n");
        var notGraph = Write("package.json", "{\"name\": \"left-pad\"}");
        var good = Write("a.txt", Korea);
        var output = Path.Combine(Dir, "g.graphml");

        var (code, _, stderr) = Run("export", bad, notGraph, good, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.InputSkipped));
        var errors = Errors(stderr);
        Assert.That(errors, Has.Length.EqualTo(2));
        Assert.That(errors[0], Does.StartWith($"error: '{bad}' line 5, position ").And.Contain("not a GraphML graph written by this tool"));
        Assert.That(errors[1], Does.StartWith($"error: '{notGraph}' line 1, position ").And.Contain("not a node-link JSON graph"));
        Assert.That(ReadGraphML(output).DocumentIds, Is.EqualTo(new[] { "a.txt" }));
    }

    [Test]
    public void When_nothing_can_be_read_nothing_is_written()
    {
        var binary = WriteBytes("x.txt", [0, 1, 2]);
        var output = Path.Combine(Dir, "g.graphml");
        File.WriteAllText(output, "previous");

        var (code, _, stderr) = Run("export", binary, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Contain("no input could be read"));
        Assert.That(File.ReadAllText(output), Is.EqualTo("previous"));
    }

    [Test]
    public void Stdin_is_a_plain_text_article_with_the_id_stdin()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes(Korea));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var other = Write("a.txt", Iran);
        var output = Path.Combine(Dir, "g.graphml");

        int code = new ExportRun(new ExportOptions(["-", other], output), stdin, stdout, stderr).Execute();

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr.ToString());
        var graph = ReadGraphML(output);
        Assert.That(graph.DocumentIds, Is.EqualTo(new[] { "a.txt", "stdin" }));
        Assert.That(graph.Nodes.Select(n => n.Id), Does.Contain("country:PRK").And.Contain("country:IRN"));
    }

    [Test]
    public void A_folder_search_does_not_read_back_the_output_it_is_replacing()
    {
        Write("a.txt", Korea);
        var output = Path.Combine(Dir, "graph.graphml");

        Assert.That(Run("export", Dir, "--out", output).Code, Is.EqualTo(ExitCodes.Ok));
        var (code, _, stderr) = Run("export", Dir, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(ReadGraphML(output).DocumentCount, Is.EqualTo(1));
    }

    [Test]
    public void A_bad_date_option_is_a_usage_error()
    {
        var (code, _, stderr) = Run("export", Write("a.txt", Korea), "--out", Path.Combine(Dir, "g.graphml"), "--date", "01/03/2014");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("--date"));
    }

    [Test]
    public void The_summary_lists_entities_relations_and_top_ties_as_plain_text()
    {
        var (code, _, stderr) = Run("export", Write("a.txt", Korea), "--out", Path.Combine(Dir, "g.graphml"));

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(stderr, Does.Contain("Entities by type").And.Contain("Relations by type and category").And.Contain("Top 5 ties by weight"));
        Assert.That(stderr, Does.Not.Contain("\u001B["), "no escape codes when stderr is not a terminal");
        Assert.That(stderr.Where(c => c > '\u007F'), Is.Empty, "ASCII borders");
        var countryRow = stderr.Split('\n').Single(l => l.StartsWith("| Country", StringComparison.Ordinal));
        Assert.That(countryRow.Split('|', StringSplitOptions.TrimEntries)[2], Is.EqualTo("2"), "North Korea and China");
        Assert.That(stderr.Split('\n').Any(l => l.Contains("| North Korea", StringComparison.Ordinal) && l.Contains("| China", StringComparison.Ordinal)), Is.True);
    }

    // "abc" used to crash the range check, which asked System.CommandLine for a value that had not parsed.
    [TestCase("--threads", "0", "--threads must be at least 1")]
    [TestCase("--threads", "abc", "abc")]
    [TestCase("--date", "2014-13-01", "--date")]
    public void Bad_option_values_are_usage_errors(string option, string value, string expected)
    {
        var input = Write("a.txt", "China met North Korea.");
        var output = Path.Combine(Dir, "g.graphml");

        var (code, _, stderr) = Run("export", input, "--out", output, option, value);

        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain(expected));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void The_graph_and_the_messages_in_their_order_do_not_depend_on_the_number_of_threads()
    {
        var corpus = Path.Combine(Dir, "corpus");
        for (int i = 0; i < 30; i++)
        {
            if (i % 9 == 4) WriteBytes($"corpus/{i:D2}.txt", [(byte)'x', 0, (byte)'y']);
            else Write($"corpus/{i:D2}.txt", $"Russia criticised Japan on day {i}. China met North Korea.");
        }
        Write("corpus/lines.jsonl", string.Join('\n', Enumerable.Range(0, 25).Select(i => i % 7 == 3 ? "{broken" : $"{{\"id\": {i}, \"text\": \"{Iran}\"}}")));
        var one = Path.Combine(Dir, "one.graphml");
        var three = Path.Combine(Dir, "three.graphml");

        var (code1, _, err1) = Run("export", corpus, "--out", one, "--threads", "1");
        var (code3, _, err3) = Run("export", corpus, "--out", three, "--threads", "3");

        Assert.That(code1, Is.EqualTo(ExitCodes.InputSkipped));
        Assert.That(code3, Is.EqualTo(code1));
        Assert.That(File.ReadAllBytes(three), Is.EqualTo(File.ReadAllBytes(one)));
        Assert.That(err3, Is.EqualTo(err1.Replace(one, three)));
        // Files 04, 13, 22 are binary; lines 4, 11, 18, 25 are broken JSON — reported in input order.
        var errors = Errors(err1);
        Assert.That(errors.Select(e => e.Split(':')[1].Trim()), Is.EqualTo(new[]
        {
            $"'{Path.Combine(corpus, "04.txt")}'", $"'{Path.Combine(corpus, "13.txt")}'", $"'{Path.Combine(corpus, "22.txt")}'",
            $"'{Path.Combine(corpus, "lines.jsonl")}' line 4", $"'{Path.Combine(corpus, "lines.jsonl")}' line 11",
            $"'{Path.Combine(corpus, "lines.jsonl")}' line 18", $"'{Path.Combine(corpus, "lines.jsonl")}' line 25",
        }));
        Assert.That(ReadGraphML(one).DocumentCount, Is.EqualTo(27 + 21));
    }
}
