using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

public class ClauseWordsTests
{
    [Test]
    public void A_word_has_every_class_it_is_listed_in_whatever_its_case()
    {
        Assert.That(ClauseWords.Of("In"), Is.EqualTo(WordClass.Preposition | WordClass.PlacePreposition | WordClass.TimeWord));
        Assert.That(ClauseWords.Of("THE"), Is.EqualTo(WordClass.NounMarker | WordClass.Determiner));
        Assert.That(ClauseWords.Of("not"), Is.EqualTo(WordClass.Adverb | WordClass.Negator));
        Assert.That(ClauseWords.Of("must"), Is.EqualTo(WordClass.Obligation));
        Assert.That(ClauseWords.Of("’s"), Is.EqualTo(WordClass.BeForm));
        Assert.That(ClauseWords.Of("—"), Is.EqualTo(WordClass.ClauseBreak));
        Assert.That(ClauseWords.Of("sanctions"), Is.EqualTo(WordClass.None));
        Assert.That(ClauseWords.Of(""), Is.EqualTo(WordClass.None));
        Assert.That(ClauseWords.Is("Troops", WordClass.StationedBody), Is.True);
        Assert.That(ClauseWords.Is("troop", WordClass.StationedBody | WordClass.RoleNoun), Is.False);
    }

    [Test]
    public void Every_listed_word_is_found_in_its_class()
    {
        foreach (var wordClass in Enum.GetValues<WordClass>().Where(c => c != WordClass.None))
        {
            var words = ClauseWords.WordsOf(wordClass);
            Assert.That(words, Is.Not.Empty, wordClass.ToString());
            foreach (var word in words)
                Assert.That(ClauseWords.Is(word.ToUpperInvariant(), wordClass), Is.True, $"{word} in {wordClass}");
        }
    }

    [Test]
    public void Tokens_carry_the_classes_of_their_words()
    {
        var doc = new PipelineBuilder().ClearRelationExtractors().Build().Process("China must not sanction the US .");
        using var words = TokenWords.Build(doc, VerbLexicon.Default);
        Assert.That(words.Is(1, WordClass.Obligation), Is.True);                   // must
        Assert.That(words.Is(2, WordClass.Negator | WordClass.Modal), Is.True);    // not
        Assert.That(words.Is(2, WordClass.Modal), Is.False);
        Assert.That(words.Is(3, ~WordClass.None), Is.False);                       // sanction: no clause word
        Assert.That(words.Is(4, WordClass.Determiner), Is.True);                   // the
    }
}
