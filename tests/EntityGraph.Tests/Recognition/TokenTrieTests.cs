using EntityGraph.Recognition.Gazetteer;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition;

public class TokenTrieTests
{
    private static TokenTrie<string> Trie()
    {
        var b = new TokenTrie<string>.Builder();
        Assert.That(b.TryAdd(["North", "Korea"], "PRK"), Is.True);
        Assert.That(b.TryAdd(["Korea"], "KOR?"), Is.True);
        Assert.That(b.TryAdd(["North", "Korea"], "other"), Is.False, "first value wins");
        Assert.That(b.TryAdd([], "nothing"), Is.False);
        return b.Build();
    }

    [Test]
    public void Walks_token_by_token_and_finds_values_at_name_ends()
    {
        var t = Trie();
        int north = t.Step(TokenTrie<string>.Root, "North");
        Assert.That(north, Is.Not.EqualTo(TokenTrie<string>.None));
        Assert.That(t.ValueAt(north), Is.Null, "'North' alone is no name");
        int korea = t.Step(north, "Korea".AsSpan());
        Assert.That(t.ValueAt(korea), Is.EqualTo("PRK"));
        Assert.That(t.ValueAt(t.Step(TokenTrie<string>.Root, "Korea")), Is.EqualTo("KOR?"));
        Assert.That(t.NodeCount, Is.EqualTo(4), "root, North, North Korea, Korea");
        Assert.That(t.VocabularySize, Is.EqualTo(2));
    }

    [Test]
    public void Unknown_tokens_and_missing_edges_stop_the_walk()
    {
        var t = Trie();
        Assert.That(t.Step(TokenTrie<string>.Root, "South"), Is.EqualTo(TokenTrie<string>.None));
        Assert.That(t.Step(TokenTrie<string>.Root, "north"), Is.EqualTo(TokenTrie<string>.None), "ordinal, case-sensitive");
        int korea = t.Step(TokenTrie<string>.Root, "Korea");
        Assert.That(t.Step(korea, "North"), Is.EqualTo(TokenTrie<string>.None), "'North' is known, but not after 'Korea'");
    }
}
