using System.Text;
using EntityGraph.Exporter;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

/// <summary>The exporter's <c>extract</c> command (JSON Lines in, JSON Lines out), run in-process.</summary>
public class ExtractCommandTests : CliTestFixture
{
    private string WriteInput(params string[] lines)
    {
        var path = Path.Combine(Dir, "in.jsonl");
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    private static string Line(object id, string text, string? date = null)
    {
        var obj = new JObject { ["id"] = JToken.FromObject(id), ["text"] = text };
        if (date is not null) obj["date"] = date;
        return obj.ToString(Formatting.None);
    }

    private static List<JObject> ReadOutput(string path) =>
        File.ReadAllLines(path, Encoding.UTF8).Select(l => JObject.Parse(l)).ToList();

    private static string SeedText() =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt"));

    [Test]
    public void A_bad_line_is_reported_by_number_and_skipped_and_the_others_are_written_in_order()
    {
        var input = WriteInput(
            Line("first", "North Korea cut trade with China."),
            "{\"id\": \"second\", \"text\": ",
            Line(3, "Russia criticised Japan."));
        var output = Path.Combine(Dir, "out.jsonl");

        var (code, stdout, stderr) = Run("extract", "--jsonl", input, "--out", output, "--threads", "1");

        Assert.That(code, Is.EqualTo(ExitCodes.LinesSkipped));
        Assert.That(code, Is.Not.EqualTo(ExitCodes.Ok).And.Not.EqualTo(ExitCodes.InputError).And.Not.EqualTo(ExitCodes.OutputError).And.Not.EqualTo(1));
        Assert.That(stdout, Is.Empty, "the output went to the file");
        var lines = ReadOutput(output);
        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines[0]["id"]!.Type, Is.EqualTo(JTokenType.String));
        Assert.That((string?)lines[0]["id"], Is.EqualTo("first"));
        Assert.That(lines[1]["id"]!.Type, Is.EqualTo(JTokenType.Integer), "a numeric id stays a number");
        Assert.That((int)lines[1]["id"]!, Is.EqualTo(3));
        var ids0 = lines[0]["entities"]!.Select(e => (string?)e["iso3"]).ToList();
        Assert.That(ids0, Does.Contain("PRK").And.Contain("CHN"));
        var ids1 = lines[1]["entities"]!.Select(e => (string?)e["iso3"]).ToList();
        Assert.That(ids1, Does.Contain("RUS").And.Contain("JPN"));

        var messages = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var errors = messages.Where(m => m.StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.Contain(input).And.Contain("line 2").And.Contain("not valid JSON").And.Contain("skipped"));
        Assert.That(messages.Last(), Does.StartWith("2 documents, ").And.Contain("1 lines skipped"));
    }

    [Test]
    public void All_good_lines_exit_with_zero()
    {
        var input = WriteInput(Line("a", "China."), Line("b", "Japan.", "2014-03-01"));
        var output = Path.Combine(Dir, "out.jsonl");

        var (code, _, stderr) = Run("extract", "--jsonl", input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(ReadOutput(output).Select(o => (string?)o["id"]), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(Directory.GetFiles(Dir), Has.Length.EqualTo(2), "no temporary file left behind");
    }

    [Test]
    public void The_seed_article_as_one_line_gives_the_DPRK_to_China_sanction_with_its_evidence_in_the_text()
    {
        string text = SeedText();
        var input = WriteInput(Line("seed", text, "2014-05-01"));
        var output = Path.Combine(Dir, "out.jsonl");

        var (code, _, stderr) = Run("extract", "--jsonl", input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        var doc = ReadOutput(output).Single();
        Assert.That((string?)doc["id"], Is.EqualTo("seed"));
        var entities = doc["entities"]!.ToDictionary(e => (string)e["id"]!);
        string? CountryOf(string id) => (string?)entities[id]["iso3"] ?? (string?)entities[id]["country"];

        var relations = doc["relations"]!.ToList();
        Assert.That(relations.Select(r => (string)r["source"]!).Concat(relations.Select(r => (string)r["target"]!)).Distinct(),
            Is.SubsetOf(entities.Keys), "relations refer to entities of the same line");
        var sanctions = relations.Where(r => (string?)r["category"] == "SANCTION"
            && CountryOf((string)r["source"]!) == "PRK" && CountryOf((string)r["target"]!) == "CHN").ToList();
        Assert.That(sanctions, Is.Not.Empty, "North Korea (or its party) sanctions China");
        foreach (var r in sanctions)
        {
            Assert.That((string?)r["type"], Is.EqualTo("interaction"));
            Assert.That((bool)r["negated"]!, Is.False);
            var evidence = r["evidence"]!;
            int start = (int)evidence["start"]!, end = (int)evidence["end"]!;
            Assert.That(start, Is.GreaterThanOrEqualTo(0));
            Assert.That(end, Is.GreaterThan(start).And.LessThanOrEqualTo(text.Length));
            Assert.That((string?)evidence["text"], Is.EqualTo(text[start..end]));
        }
        // Other sentences may add sanctions of their own (the tension, import controls); the decree is one of them.
        Assert.That(sanctions.Select(r => (string?)r["evidence"]!["text"]), Has.Some.Contains("trade").IgnoreCase);
        // Every offset of the line points into that line's text.
        foreach (var span in doc.SelectTokens("$.entities[*].mentions[*]").Concat(doc.SelectTokens("$.relations[*].evidence")))
            Assert.That((string?)span["text"], Is.EqualTo(text[(int)span["start"]!..(int)span["end"]!]));
    }

    [Test]
    public void Unicode_and_escapes_survive_the_round_trip_and_offsets_count_UTF16_units()
    {
        // The emoji is two UTF-16 units, so "North Korea" starts at 25 (worked out by hand:
        // « 0, "Ωμέγα" 1-5, » 6, space 7, 😀 8-9, space 10, tab 11, "quoted" with quotes 12-19, space 20,
        // \ 21, space 22, é 23, space 24).
        const string text = "«Ωμέγα» \U0001F600 \t\"quoted\" \\ é North Korea cut trade with China.";
        const string id = "ид-1 \"☃\"";
        var input = WriteInput(Line(id, text));
        var output = Path.Combine(Dir, "out.jsonl");

        var (code, _, stderr) = Run("extract", "--jsonl", input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        string raw = File.ReadAllText(output, Encoding.UTF8);
        Assert.That(raw, Does.EndWith("}\n"));
        Assert.That(raw.Count(c => c == '\n'), Is.EqualTo(1), "one line per document; newlines in strings are escaped");
        var doc = JObject.Parse(raw);
        Assert.That((string?)doc["id"], Is.EqualTo(id));
        var prk = doc["entities"]!.Single(e => (string?)e["iso3"] == "PRK");
        var mention = prk["mentions"]!.Single();
        Assert.That(((int)mention["start"]!, (int)mention["end"]!), Is.EqualTo((25, 36)));
        Assert.That(text[25..36], Is.EqualTo("North Korea"));
    }

    [Test]
    public void A_line_without_id_gets_its_line_number_and_blank_lines_are_skipped_silently_but_counted()
    {
        var input = WriteInput("", "   ", "{\"text\": \"China.\"}", "{\"id\": null, \"text\": \"Japan.\"}");
        var output = Path.Combine(Dir, "out.jsonl");

        var (code, _, stderr) = Run("extract", "--jsonl", input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(stderr, Does.Not.Contain("error"));
        var lines = ReadOutput(output);
        Assert.That(lines.Select(l => l["id"]!.Type), Is.All.EqualTo(JTokenType.Integer));
        Assert.That(lines.Select(l => (int)l["id"]!), Is.EqualTo(new[] { 3, 4 }));
    }

    [TestCase("[1, 2]", "expected a JSON object, found an array")]
    [TestCase("\"just a string\"", "expected a JSON object")]
    [TestCase("{\"id\": \"x\"}", "missing \"text\"")]
    [TestCase("{\"id\": \"x\", \"text\": 5}", "\"text\" is the number 5")]
    [TestCase("{\"id\": \"x\", \"text\": null}", "\"text\" is null")]
    [TestCase("{\"id\": true, \"text\": \"China.\"}", "\"id\" is the boolean true")]
    [TestCase("{\"id\": [1], \"text\": \"China.\"}", "\"id\" is an array")]
    [TestCase("{\"id\": \"x\", \"text\": \"China.\", \"date\": \"2014-13-01\"}", "\"date\" is the string \"2014-13-01\"")]
    [TestCase("{\"id\": \"x\", \"text\": \"China.\", \"date\": \"01/03/2014\"}", "\"date\"")]
    [TestCase("{\"id\": \"x\", \"text\": \"China.\", \"date\": 20140301}", "\"date\" is the number")]
    [TestCase("{\"id\": \"x\", \"text\": \"a\", \"text\": \"b\"}", "not valid JSON")]
    [TestCase("{\"id\": \"x\", \"text\": \"China.\"} {}", "extra content")]
    [TestCase("not json", "not valid JSON")]
    public void Each_kind_of_bad_line_is_reported_with_its_reason(string line, string reason)
    {
        var input = WriteInput(Line("ok", "China."), line);
        var output = Path.Combine(Dir, "out.jsonl");

        var (code, _, stderr) = Run("extract", "--jsonl", input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.LinesSkipped));
        Assert.That(stderr, Does.Contain("line 2: " + reason));
        Assert.That(ReadOutput(output).Select(o => (string?)o["id"]), Is.EqualTo(new[] { "ok" }));
    }

    [TestCase("2014-03-01")]
    [TestCase("2014-03-01T23:30:00-05:00")]
    public void Dates_and_date_times_are_accepted(string date)
    {
        Assert.That(JsonLinesReader.TryParseDate(date, out var d), Is.True);
        Assert.That(d, Is.EqualTo(new DateOnly(2014, 3, 1)), "the date as written, not moved to UTC");
    }

    [Test]
    public void Stdin_and_stdout_are_used_for_dash()
    {
        var stdin = new StringReader(Line("a", "China.") + "\r\n" + Line("b", "Japan.") + "\r\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int code = new ExtractRun("-", "-", stdin, stdout, stderr).Execute();

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr.ToString());
        var lines = stdout.ToString().Split('\n');
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[2], Is.Empty);
        Assert.That(lines.Take(2).Select(l => (string?)JObject.Parse(l)["id"]), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(stderr.ToString(), Does.Contain("-> stdout"));
    }

    [Test]
    public void Output_does_not_depend_on_the_number_of_threads()
    {
        var lines = new List<string> { Line("seed", SeedText()) };
        for (int i = 0; i < 20; i++) lines.Add(i % 7 == 3 ? "{broken" : Line(i, $"Russia criticised Japan on day {i}. China met North Korea."));
        var input = WriteInput([.. lines]);
        var one = Path.Combine(Dir, "one.jsonl");
        var three = Path.Combine(Dir, "three.jsonl");

        var (code1, _, err1) = Run("extract", "--jsonl", input, "--out", one, "--threads", "1");
        var (code3, _, err3) = Run("extract", "--jsonl", input, "--out", three, "--threads", "3");

        Assert.That(code1, Is.EqualTo(ExitCodes.LinesSkipped));
        Assert.That(code3, Is.EqualTo(code1));
        Assert.That(File.ReadAllBytes(three), Is.EqualTo(File.ReadAllBytes(one)));
        Assert.That(err3, Is.EqualTo(err1.Replace(one, three)));
        Assert.That(File.ReadAllLines(one), Has.Length.EqualTo(21 - 3));
    }

    // "abc" used to crash the range check, which asked for a value that had not parsed.
    [TestCase("0", "--threads must be at least 1")]
    [TestCase("abc", "abc")]
    public void Bad_thread_counts_are_usage_errors(string threads, string expected)
    {
        var output = Path.Combine(Dir, "o.jsonl");
        var (code, _, stderr) = Run("extract", "--jsonl", WriteInput(Line("a", "China.")), "--out", output, "--threads", threads);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain(expected));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void A_missing_input_fails_naming_it_and_leaves_an_existing_output_alone()
    {
        var missing = Path.Combine(Dir, "missing.jsonl");
        var output = Path.Combine(Dir, "out.jsonl");
        File.WriteAllText(output, "previous\n");

        var (code, _, stderr) = Run("extract", "--jsonl", missing, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Contain(missing).And.Contain("does not exist"));
        Assert.That(File.ReadAllText(output), Is.EqualTo("previous\n"));
        Assert.That(Directory.GetFiles(Dir), Has.Length.EqualTo(1));
    }

    [Test]
    public void An_unwritable_output_fails_naming_it()
    {
        var output = Path.Combine(Dir, "no-such-folder", "out.jsonl");

        var (code, _, stderr) = Run("extract", "--jsonl", WriteInput(Line("a", "China.")), "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.OutputError));
        Assert.That(stderr, Does.Contain(output));
        Assert.That(Directory.Exists(Path.Combine(Dir, "no-such-folder")), Is.False);
    }

    [Test]
    public void An_empty_input_gives_an_empty_output()
    {
        var input = Path.Combine(Dir, "empty.jsonl");
        File.WriteAllText(input, "");
        var output = Path.Combine(Dir, "out.jsonl");

        var (code, _, stderr) = Run("extract", "--jsonl", input, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.Ok), stderr);
        Assert.That(File.ReadAllBytes(output), Is.Empty);
    }

    [Test]
    public void Help_states_the_offset_unit_the_id_rule_and_the_exit_codes()
    {
        var (code, stdout, _) = Run("extract", "--help");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("--jsonl").And.Contain("--out").And.Contain("UTF-16").And.Contain("end exclusive")
            .And.Contain("line number").And.Contain("Blank lines").And.Contain("4 some lines skipped"));
    }
}
