using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

public class WordIdTableTests
{
    private static WordIdTable Table(params string[] words) =>
        new(words.Select((w, i) => KeyValuePair.Create(w, i)).ToArray());

    [Test]
    public void Finds_words_whatever_their_case_and_nothing_else()
    {
        var table = Table("sanction", "ally", "talks", "cut");
        Assert.That(table.IdOf("sanction"), Is.EqualTo(0));
        Assert.That(table.IdOf("ALLY"), Is.EqualTo(1));
        Assert.That(table.IdOf("Talks"), Is.EqualTo(2));
        Assert.That(table.IdOf("cut"), Is.EqualTo(3));
        Assert.That(table.IdOf("cuts"), Is.EqualTo(-1));
        Assert.That(table.IdOf("cu"), Is.EqualTo(-1));
        Assert.That(table.IdOf(""), Is.EqualTo(-1));
    }

    [Test]
    public void Every_word_of_a_large_table_is_found_under_its_own_id()
    {
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i}x").ToArray();
        var table = Table(words);
        for (int i = 0; i < words.Length; i++) Assert.That(table.IdOf(words[i].ToUpperInvariant()), Is.EqualTo(i));
        Assert.That(table.IdOf("w20000x"), Is.EqualTo(-1));
    }

    [Test]
    public void Hashing_a_word_in_steps_gives_its_hash()
    {
        ulong h = WordIdTable.Offset;
        foreach (char c in "Allies") h = WordIdTable.Step(h, c);
        Assert.That(WordIdTable.Finish(h), Is.EqualTo(WordIdTable.Hash("ALLIES")));
        Assert.That(WordIdTable.Hash("allies"), Is.Not.EqualTo(WordIdTable.Hash("ally")));
    }

    [Test]
    public void Two_entries_for_one_word_are_refused_with_both_named()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Table("ally", "Ally"));
        Assert.That(e!.Message, Does.Contain("'Ally'").And.Contain("'ally'"));
    }

    [Test]
    public void Ids_must_fit_beside_the_hash()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WordIdTable([KeyValuePair.Create("a", WordIdTable.MaxWords)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WordIdTable([KeyValuePair.Create("a", -1)]));
        var table = new WordIdTable([KeyValuePair.Create("a", WordIdTable.MaxWords - 1), KeyValuePair.Create("b", 0)]);
        Assert.That(table.IdOf("A"), Is.EqualTo(WordIdTable.MaxWords - 1));
        Assert.That(table.IdOf("b"), Is.EqualTo(0));
    }
}
