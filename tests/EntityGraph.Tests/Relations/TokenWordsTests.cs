using EntityGraph.Documents;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>
/// Tokens are matched against verb-pattern words by lexicon id; the ids must give exactly what comparing the
/// strings would: case-insensitive, and a dictionary noun matching its regular plural.
/// </summary>
public class TokenWordsTests
{
    private static readonly Pipeline Tokens = new PipelineBuilder().ClearRelationExtractors().Build();
    private static readonly VerbLexicon Lexicon = VerbLexicon.Default;

    /// <summary>The rule, stated on strings: the specification the ids are checked against.</summary>
    private static bool WordMatches(string word, string item)
    {
        if (word.Equals(item, StringComparison.OrdinalIgnoreCase)) return true;
        if (word.Length == item.Length + 1 && (word[^1] is 's' or 'S') && word.StartsWith(item, StringComparison.OrdinalIgnoreCase)) return true;
        if (word.Length == item.Length + 2 && word.EndsWith("es", StringComparison.OrdinalIgnoreCase) && word.StartsWith(item, StringComparison.OrdinalIgnoreCase)) return true;
        return item.Length > 1 && item[^1] == 'y' && word.Length == item.Length + 2 && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase)
            && word.StartsWith(item[..^1], StringComparison.OrdinalIgnoreCase);
    }

    [TestCase("sanctions", "sanction", true)]
    [TestCase("Sanction", "sanction", true)]
    [TestCase("SANCTIONS", "sanction", true)]
    [TestCase("allies", "ally", true)]
    [TestCase("Allies", "ally", true)]
    [TestCase("marches", "march", true)]
    [TestCase("sanctioned", "sanction", false)]
    [TestCase("ally", "allies", false)]
    [TestCase("sanction", "sanctions", false)]
    public void Dictionary_nouns_match_their_plurals(string word, string item, bool expected)
    {
        int id = Lexicon.IdOf(item);
        Assert.That(id, Is.GreaterThanOrEqualTo(0), $"'{item}' is a word of the shipped lexicon");
        var doc = Tokens.Process(word);
        Assert.That(doc.Tokens, Has.Count.EqualTo(1));
        using var words = TokenWords.Build(doc, Lexicon);
        Assert.That(words.Matches(0, id), Is.EqualTo(expected));
    }

    [Test]
    public void A_word_the_lexicon_never_uses_matches_nothing()
    {
        Assert.That(Lexicon.IdOf("zzyzx"), Is.EqualTo(-1));
        using var words = TokenWords.Build(Tokens.Process("zzyzx"), Lexicon);
        Assert.That(words.Word(0), Is.EqualTo(-1));
        Assert.That(words.Matches(0, -1), Is.False);
    }

    /// <summary>
    /// Every word of the lexicon, in its plural forms and capitalised, against itself and its neighbours in the
    /// word list (which share prefixes: "arm", "arms", "army"): ids and strings agree on every pair.
    /// </summary>
    [Test]
    public void Ids_agree_with_string_comparison_over_the_whole_lexicon()
    {
        var items = Lexicon.Words.Where(w => w.All(char.IsAsciiLetterLower)).Order(StringComparer.Ordinal).ToArray();
        Assert.That(items, Has.Length.GreaterThan(1000));
        var variants = items.SelectMany(w => new[] { w, w + "s", w + "es", char.ToUpperInvariant(w[0]) + w[1..] }
            .Concat(w.EndsWith('y') ? [w[..^1] + "ies"] : [])).ToArray();
        var doc = Tokens.Process(string.Join(' ', variants));
        Assert.That(doc.Tokens, Has.Count.EqualTo(variants.Length), "one token per variant");
        using var words = TokenWords.Build(doc, Lexicon);
        var index = items.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);
        int checkedPairs = 0, matches = 0;
        for (int t = 0; t < variants.Length; t++)
        {
            string token = doc.TextOf(doc.Tokens[t]);
            // The item the variant was made from and its neighbours in sorted order.
            string stem = items[Array.BinarySearch(items, items.Where(w => token.StartsWith(w, StringComparison.OrdinalIgnoreCase)).MaxBy(w => w.Length) ?? items[0], StringComparer.Ordinal)];
            int at = index[stem];
            for (int k = Math.Max(0, at - 3); k <= Math.Min(items.Length - 1, at + 3); k++)
            {
                bool expected = WordMatches(token, items[k]);
                Assert.That(words.Matches(t, Lexicon.IdOf(items[k])), Is.EqualTo(expected), $"'{token}' against '{items[k]}'");
                checkedPairs++;
                if (expected) matches++;
            }
        }
        Assert.That(matches, Is.GreaterThan(variants.Length / 2), "most variants match the word they were made from");
        Assert.That(checkedPairs, Is.GreaterThan(matches), "non-matching pairs are checked too");
    }
}
