using EntityGraph.Knowledge;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>The CAMEO table, the PLOVER mapping and the verb lexicon: shipped facts and loader errors.</summary>
public class CameoDataTests
{
    // '→' stands for TAB so the small files stay readable ('|' separates pattern alternatives).
    private static KnowledgeSource Src(string name, params string[] lines) =>
        KnowledgeSource.FromText(name, string.Join("\n", lines).Replace('→', '\t'));

    private static CameoTable SmallTable() => CameoTable.Load(
        Src("codes.tsv", "# code name goldstein quad", "11→DISAPPROVE→-2.0→3", "111→Criticize or denounce→-2.0→3", "16→REDUCE RELATIONS→-4→4", "160→Reduce relations→-4.0→4"),
        Src("plover.tsv", "11→ACCUSE→plover", "16→SANCTION→plover"));

    [Test]
    public void Shipped_table_has_the_codes_the_manual_fixes()
    {
        var table = CameoTable.Default;
        // 20 roots plus their sub-codes; the source files have 312 codes with a Goldstein value.
        Assert.That(table.Count, Is.EqualTo(312));
        var criticize = table.Find("111")!;
        Assert.That(criticize.Name, Is.EqualTo("Criticize or denounce"));
        Assert.That(criticize.Goldstein, Is.EqualTo(-2.0));
        Assert.That(criticize.QuadClass, Is.EqualTo(3));
        Assert.That(criticize.Category, Is.EqualTo("ACCUSE"));
        // Root 16 is material conflict in the ICEWS convention (Phoenix would say 3) and PLOVER SANCTION.
        Assert.That(table.Find("160")!.QuadClass, Is.EqualTo(4));
        Assert.That(table.Find("160")!.Category, Is.EqualTo("SANCTION"));
        // PLOVER 2021 moved embargoes (163) to COERCE.
        Assert.That(table.Find("163")!.Category, Is.EqualTo("COERCE"));
        // Yield (08) splits between CONCEDE and RETREAT code by code.
        Assert.That(table.Find("0871")!.Category, Is.EqualTo("RETREAT"));
        Assert.That(table.Find("081")!.Category, Is.EqualTo("CONCEDE"));
        // Appeals are REQUEST by our addition; statements have no category.
        Assert.That(table.Find("020")!.Category, Is.EqualTo("REQUEST"));
        Assert.That(table.Find("010")!.Category, Is.Null);
        // Codes are strings: "010" is not "10".
        Assert.That(table.Find("10")!.Name, Is.EqualTo("DEMAND"));
        Assert.That(table.Find("19")!.Goldstein, Is.EqualTo(-10.0));
    }

    /// <summary>Every code of the shipped file is found as itself, and a string that is no code finds nothing.</summary>
    [Test]
    public void Every_listed_code_is_found_and_nothing_else()
    {
        var listed = ShippedData.Lines("cameo-codes.tsv").Select(line => line.Split('\t')[0]).ToList();
        var table = CameoTable.Default;
        Assert.That(table.Count, Is.EqualTo(listed.Count).And.GreaterThan(300));
        foreach (var code in listed) Assert.That(table.Find(code)?.Code, Is.EqualTo(code));
        // Numbers equal to a listed code but written with another length are other strings.
        Assert.That(table.Find("019"), Is.Not.Null);
        Assert.That(table.Find("0019"), Is.Null);
        Assert.That(table.Find("190"), Is.Not.Null);
        Assert.That(table.Find("1900"), Is.Null);
        foreach (var notACode in new[] { "", "1", "0", "00", "21", "99", "999", "2100", "9999", "10000", "abc", "01a", "0 1", "１９", "-19" })
            Assert.That(table.Find(notACode), Is.Null, notACode);
    }

    [Test]
    public void Every_shipped_code_has_a_quad_class_from_its_root_and_a_bounded_score()
    {
        foreach (var root in Enumerable.Range(1, 20))
        {
            var code = CameoTable.Default.Find(root.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
            Assert.That(code, Is.Not.Null, $"root {root}");
            int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            Assert.That(code!.QuadClass, Is.EqualTo(expected), $"root {root}");
            Assert.That(code.Goldstein, Is.InRange(-10.0, 10.0));
            // 01 statements have no PLOVER category; 08 yields split between CONCEDE and RETREAT per code, so the
            // bare root is left unmapped rather than guessed.
            if (root is 1 or 8) Assert.That(code.Category, Is.Null, $"root {root}");
            else Assert.That(code.Category, Is.Not.Null, $"root {root} should map to PLOVER");
        }
    }

    [Test]
    public void Shipped_verbs_include_the_seed_article_verbs()
    {
        var verbs = VerbLexicon.Default;
        Assert.That(verbs.FormCount, Is.GreaterThan(7000));
        Assert.That(verbs.PatternCount, Is.GreaterThan(4000));
        Assert.That(verbs.StartingWith("slanders".AsSpan()).ToArray().Select(v => v.Block), Does.Contain("denigrate"));
        Assert.That(verbs.StartingWith("Criticised".AsSpan()).ToArray().Select(v => v.Code.Active), Does.Contain("111"));
        // Multi-word verbs are keyed by their first word and list all their words.
        Assert.That(verbs.StartingWith("dressed".AsSpan()).ToArray().Select(v => string.Join(' ', v.Words)), Does.Contain("dressed down"));
    }

    [TestCase("11→ACCUSE→plover", "x.tsv(1): expected 4 tab-separated fields", TestName = "Codes: too few fields")]
    [TestCase("1x1→Criticize→-2→3", "'1x1' is not a CAMEO code", TestName = "Codes: not digits")]
    [TestCase("21→Beyond→-2→3", "no CAMEO root", TestName = "Codes: root out of range")]
    [TestCase("111→→-2→3", "has no name", TestName = "Codes: empty name")]
    [TestCase("111→Criticize→-12→3", "not a number in [-10, 10]", TestName = "Codes: Goldstein out of range")]
    [TestCase("111→Criticize→-2→4", "should be 3 for root 11", TestName = "Codes: quad class disagrees with root")]
    public void Bad_code_lines_name_file_and_line(string line, string expected)
    {
        var e = Assert.Throws<KnowledgeFormatException>(() => CameoTable.Load(Src("x.tsv", line), Src("p.tsv", "11→ACCUSE→plover")));
        Assert.That(e!.Message, Does.Contain(expected));
        Assert.That(e.ResourceName, Is.EqualTo("x.tsv"));
        Assert.That(e.LineNumber, Is.EqualTo(1));
    }

    [TestCase("11→DISAPPROVE→plover", "'DISAPPROVE' is not a PLOVER 2021 category", TestName = "Mapping: 0.5b1 name")]
    [TestCase("11→ACCUSE→somewhere", "origin must be", TestName = "Mapping: unknown origin")]
    public void Bad_mapping_lines_name_file_and_line(string line, string expected)
    {
        var e = Assert.Throws<KnowledgeFormatException>(() => CameoTable.Load(Src("c.tsv", "11→X→-2→3"), Src("p.tsv", "# header", line)));
        Assert.That(e!.Message, Does.StartWith("p.tsv(2): "));
        Assert.That(e.Message, Does.Contain(expected));
    }

    [Test]
    public void Category_comes_from_the_longest_listed_prefix()
    {
        var table = CameoTable.Load(Src("c.tsv", "08→YIELD→5→2", "087→De-escalate→9→2", "0871→Truce→9→2", "081→Ease→5→2"),
            Src("p.tsv", "087→RETREAT→plover", "081→CONCEDE→plover"));
        Assert.That(table.Find("0871")!.Category, Is.EqualTo("RETREAT"));
        Assert.That(table.Find("081")!.Category, Is.EqualTo("CONCEDE"));
        Assert.That(table.Find("08")!.Category, Is.Null);
    }

    [Test]
    public void Verb_lexicon_reads_blocks_forms_and_patterns()
    {
        var table = SmallTable();
        var verbs = VerbLexicon.Load([Src("v.tsv",
            "B→cut→-", "V→cut→-→cut cuts cutting", "V→cut→111→slam_down", "P→cut→160→ties|relations", "P→cut→:11→against")], table);
        Assert.That(verbs.FormCount, Is.EqualTo(4));
        Assert.That(verbs.PatternCount, Is.EqualTo(2));
        var slam = verbs.StartingWith("SLAM".AsSpan()).ToArray().Single();
        Assert.That(slam.Words, Is.EqualTo(new[] { "slam", "down" }));
        Assert.That(slam.Code, Is.EqualTo(new PairedCode("111", null)));
        Assert.That(slam.Code.Active, Is.SameAs(table.Find("111")!.Code), "entries share the table's code strings");
        Assert.That(slam.Length, Is.EqualTo(2));
        Assert.That(slam.InAgreeBlock, Is.False);
        Assert.That(verbs.StartingWith("cuts".AsSpan()).ToArray().Single().Code.IsNone, Is.True, "the block has no default code");
        var cut = verbs.StartingWith("cut".AsSpan()).ToArray().Single().Definition;
        Assert.That(cut.Name, Is.EqualTo("cut"));
        Assert.That(slam.Definition, Is.SameAs(cut), "forms of one block share its definition");
        var patterns = cut.Patterns;
        Assert.That(patterns[0].Items[0], Is.EqualTo(new[] { "ties", "relations" }));
        // Words are compared by id: every word of a form or pattern has one, the same whatever its case.
        Assert.That(slam.WordIds, Is.EqualTo(new[] { verbs.IdOf("slam"), verbs.IdOf("DOWN") }));
        Assert.That(patterns[0].ItemIds[0], Is.EqualTo(new[] { verbs.IdOf("ties"), verbs.IdOf("Relations") }));
        Assert.That(patterns[0].ItemIds[0], Does.Not.Contain(-1));
        var relations = cut.PatternsStartingWith(verbs.IdOf("relations")).ToArray();
        Assert.That(relations.Select(p => p.Id), Is.EqualTo(new[] { 0 }), "a pattern is found from its first word");
        Assert.That(relations[0].Items, Is.EqualTo(1));
        Assert.That(cut.ItemsOf(relations[0]).ToArray(), Is.EqualTo(new[] { 2, verbs.IdOf("ties"), verbs.IdOf("relations") }),
            "each item: its number of alternatives, then their ids");
        var against = cut.PatternsStartingWith(verbs.IdOf("against")).ToArray();
        Assert.That(against.Select(p => p.Id), Is.EqualTo(new[] { 1 }));
        Assert.That(cut.ItemsOf(against[0]).ToArray(), Is.EqualTo(new[] { 1, verbs.IdOf("against") }));
        Assert.That(cut.HasPatterns, Is.True);
        Assert.That(cut.PatternsStartingWith(verbs.IdOf("slam")).ToArray(), Is.Empty, "a verb word starts no pattern of this block");
        Assert.That(cut.FirstWords, Is.Ordered, "searched by halves");
        Assert.That(verbs.IdOf("slash"), Is.EqualTo(-1));
        Assert.That(patterns[1].Code, Is.EqualTo(new PairedCode(null, "11")), "a receptive-only code keeps its empty active half");
        Assert.That(verbs.StartingWith("slash".AsSpan()).Length, Is.Zero);
    }

    [TestCase("V→cut→-→cut", "block 'cut' is used before its 'B' line", TestName = "Verbs: block undeclared")]
    [TestCase("B→cut→999", "'999' is not in the CAMEO code table", TestName = "Verbs: unknown code")]
    [TestCase("B→cut→:", "is not a code", TestName = "Verbs: empty pair")]
    [TestCase("X→cut→-", "expected 'B<TAB>block<TAB>code'", TestName = "Verbs: unknown record")]
    public void Bad_verb_lines_name_file_and_line(string line, string expected)
    {
        var e = Assert.Throws<KnowledgeFormatException>(() => VerbLexicon.Load([Src("v.tsv", line)], SmallTable()));
        Assert.That(e!.Message, Does.StartWith("v.tsv(1): "));
        Assert.That(e.Message, Does.Contain(expected));
    }

    [Test]
    public void Upper_case_verb_forms_and_empty_pattern_items_are_rejected()
    {
        var e = Assert.Throws<KnowledgeFormatException>(() => VerbLexicon.Load([Src("v.tsv", "B→cut→-", "V→cut→-→Cut")], SmallTable()));
        Assert.That(e!.Message, Does.StartWith("v.tsv(2): verb form 'Cut'"));
        e = Assert.Throws<KnowledgeFormatException>(() => VerbLexicon.Load([Src("v.tsv", "B→cut→-", "P→cut→160→a ||")], SmallTable()));
        Assert.That(e!.Message, Does.StartWith("v.tsv(2): "));
        e = Assert.Throws<KnowledgeFormatException>(() => VerbLexicon.Load([Src("v.tsv", "B→cut→-", "P→cut→-→ties")], SmallTable()));
        Assert.That(e!.Message, Does.Contain("a pattern needs a code"));
    }
}
