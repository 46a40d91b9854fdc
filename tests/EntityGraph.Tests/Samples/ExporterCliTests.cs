using System.Xml.Linq;
using EntityGraph.Exporter;
using NUnit.Framework;

namespace EntityGraph.Tests.Samples;

/// <summary>The exporter's command line, run in-process with captured output.</summary>
public class ExporterCliTests : CliTestFixture
{
    [Test]
    public void Help_describes_the_export_command()
    {
        var (code, stdout, _) = Run("export", "--help");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("--out").And.Contain("<inputs>"));
    }

    [Test]
    public void A_missing_input_fails_naming_the_path_and_writes_nothing()
    {
        var missing = Path.Combine(Dir, "no-such-folder");
        var output = Path.Combine(Dir, "graph.graphml");

        var (code, _, stderr) = Run("export", missing, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Contain(missing).And.Contain("does not exist"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void An_empty_folder_fails_naming_the_folder()
    {
        var empty = Path.Combine(Dir, "empty");
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, "notes.docx"), "not an article"); // only known extensions count

        var (code, _, stderr) = Run("export", empty, "--out", Path.Combine(Dir, "graph.graphml"));

        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Contain(empty).And.Contain("contains no files to read"));
    }

    [Test]
    public void A_missing_out_option_is_a_usage_error()
    {
        var (code, _, stderr) = Run("export", Dir);
        Assert.That(code, Is.Not.EqualTo(0));
        Assert.That(stderr, Does.Contain("--out"));
    }

    [Test]
    public void An_unwritable_output_fails_naming_it_and_leaves_no_file()
    {
        File.WriteAllText(Path.Combine(Dir, "a.txt"), "North Korea and China.");
        var output = Path.Combine(Dir, "no-such-folder", "graph.graphml");

        var (code, _, stderr) = Run("export", Dir, "--out", output);

        Assert.That(code, Is.EqualTo(ExitCodes.OutputError));
        Assert.That(stderr, Does.Contain(output));
        Assert.That(Directory.Exists(Path.Combine(Dir, "no-such-folder")), Is.False);
    }

    [Test]
    public void Folders_are_searched_recursively_and_ids_are_relative_paths()
    {
        var corpus = Path.Combine(Dir, "corpus");
        Directory.CreateDirectory(Path.Combine(corpus, "2014"));
        File.WriteAllText(Path.Combine(corpus, "b.txt"), "Russia expands trade.");
        File.WriteAllText(Path.Combine(corpus, "2014", "a.txt"), "North Korea and China.");
        File.WriteAllText(Path.Combine(corpus, "skip.pdf"), "Not an article.");
        File.WriteAllText(Path.Combine(corpus, ".hidden.txt"), "Not an article either.");
        var output = Path.Combine(Dir, "graph.graphml");

        var (code, _, stderr) = Run("export", corpus, "--out", output);

        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(InputFiles.TryCollect([corpus], [], out var files), Is.Null);
        Assert.That(files.Select(f => f.DocumentId), Is.EqualTo(new[] { "2014/a.txt", "b.txt" }));
        // The summary's last line: documents first, output last.
        Assert.That(stderr.Trim().Split('\n')[^1], Does.StartWith("2 documents (2 read, 0 graphs merged), ").And.Contain(" entities, ").And.Contain(" relations").And.EndWith(output));
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var graph = XDocument.Load(output).Root!.Element(g + "graph")!;
        Assert.That(graph.Elements(g + "data").Single(d => (string?)d.Attribute("key") == "graph_documents").Value, Is.EqualTo("2"));
    }

    [Test]
    public void The_same_file_given_twice_counts_once_but_different_files_with_one_id_are_refused()
    {
        var a = Path.Combine(Dir, "a");
        var b = Path.Combine(Dir, "b");
        Directory.CreateDirectory(a);
        Directory.CreateDirectory(b);
        File.WriteAllText(Path.Combine(a, "x.txt"), "China.");
        File.WriteAllText(Path.Combine(b, "x.txt"), "Russia.");

        Assert.That(InputFiles.TryCollect([a, Path.Combine(a, "x.txt")], [], out var files), Is.Null);
        Assert.That(files, Has.Count.EqualTo(1));

        var (code, _, stderr) = Run("export", a, b, "--out", Path.Combine(Dir, "g.graphml"));
        Assert.That(code, Is.EqualTo(ExitCodes.InputError));
        Assert.That(stderr, Does.Contain("'x.txt'").And.Contain(Path.Combine(b, "x.txt")));
    }
}
