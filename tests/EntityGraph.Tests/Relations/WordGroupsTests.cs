using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>
/// The verb lexicon answers "does this word start a pattern, a verb, an event verb?" from where its id lies;
/// the answers must be exactly what the dictionary files say.
/// </summary>
public class WordGroupsTests
{
    [Test]
    public void Every_combination_of_facts_lands_in_its_ranges()
    {
        var facts = new Dictionary<string, LexiconFacts>
        {
            ["plain"] = LexiconFacts.None,
            ["pattern"] = LexiconFacts.StartsPattern,
            ["verb"] = LexiconFacts.Verb,
            ["event"] = LexiconFacts.Verb | LexiconFacts.EventVerb,
            ["patternverb"] = LexiconFacts.Verb | LexiconFacts.StartsPattern,
            ["patternevent"] = LexiconFacts.Verb | LexiconFacts.EventVerb | LexiconFacts.StartsPattern,
            ["plain2"] = LexiconFacts.None,
            ["event2"] = LexiconFacts.Verb | LexiconFacts.EventVerb,
        };
        var (ids, g) = WordGroups.Assign(facts);
        Assert.That(ids.Values.Order(), Is.EqualTo(Enumerable.Range(0, facts.Count)), "ids are 0..n-1, each once");
        foreach (var (word, fact) in facts)
        {
            int id = ids[word];
            Assert.That(WordGroups.In(id, 0, g.PatternEnd), Is.EqualTo(fact.HasFlag(LexiconFacts.StartsPattern)), word);
            Assert.That(WordGroups.In(id, g.VerbStart, g.VerbEnd), Is.EqualTo(fact.HasFlag(LexiconFacts.Verb)), word);
            Assert.That(WordGroups.In(id, g.EventStart, g.EventEnd), Is.EqualTo(fact.HasFlag(LexiconFacts.EventVerb)), word);
        }
        Assert.That(ids["plain"], Is.LessThan(ids["plain2"]), "order within a group is kept");
        Assert.That(WordGroups.In(-1, 0, g.PatternEnd) || WordGroups.In(-1, g.VerbStart, g.VerbEnd), Is.False, "-1 (no word) is in no range");
    }

    [Test]
    public void An_event_verb_that_is_no_verb_is_refused() =>
        Assert.Throws<ArgumentException>(() => WordGroups.Assign(new Dictionary<string, LexiconFacts> { ["x"] = LexiconFacts.EventVerb }));

    /// <summary>The shipped lexicon against its own files, read here line by line as the specification.</summary>
    [Test]
    public void The_shipped_lexicon_answers_as_its_files_say()
    {
        var table = CameoTable.Default;
        var blockCodes = new Dictionary<string, string>();
        var verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var eventVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var patternStarts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var formsOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in VerbLexicon.DefaultResources)
        {
            foreach (var line in ShippedData.Lines(resource))
            {
                var f = line.Split('\t');
                if (f[0] == "B") blockCodes[f[1]] = f[2];
                else if (f[0] == "V")
                {
                    var code = f[2] == "-" ? blockCodes[f[1]] : f[2];
                    var first = code.Split(':').FirstOrDefault(c => c.Length > 0 && c != "-");
                    bool isEvent = first is not null && table.Find(first)?.Category is not null;
                    foreach (var form in f[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var word = form.Split('_')[0];
                        verbs.Add(word);
                        formsOf[word] = formsOf.GetValueOrDefault(word) + 1;
                        if (isEvent) eventVerbs.Add(word);
                    }
                }
                else if (f[0] == "P")
                    foreach (var word in f[3].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].Split('|'))
                    {
                        patternStarts.Add(word);
                        if (word.Length > 1 && word.EndsWith('y')) patternStarts.Add(word[..^1] + "ies");
                    }
            }
        }
        Assert.That(verbs, Has.Count.GreaterThan(1000));
        Assert.That(eventVerbs, Has.Count.GreaterThan(500));
        Assert.That(patternStarts, Has.Count.GreaterThan(500));

        var lexicon = VerbLexicon.Default;
        foreach (var word in lexicon.Words)
        {
            int id = lexicon.IdOf(word);
            Assert.That(lexicon.IsVerbWord(id), Is.EqualTo(verbs.Contains(word)), $"verb: {word}");
            Assert.That(lexicon.IsEventVerbWord(id), Is.EqualTo(eventVerbs.Contains(word)), $"event verb: {word}");
            Assert.That(lexicon.StartsPattern(id), Is.EqualTo(patternStarts.Contains(word)), $"starts a pattern: {word}");
            // The entries of every verb word, cut out of one shared array: all of them, its own, longest first.
            var entries = lexicon.StartingWith(id).ToArray();
            Assert.That(entries, Has.Length.EqualTo(formsOf.GetValueOrDefault(word)), $"verb entries: {word}");
            Assert.That(entries.All(e => e.Words[0].Equals(word, StringComparison.OrdinalIgnoreCase)), $"entries of {word} start with it");
            Assert.That(entries.Select(e => e.Length), Is.Ordered.Descending, $"entries of {word}, longest first");
        }
        Assert.That(lexicon.IsVerbWord(-1) || lexicon.IsEventVerbWord(-1) || lexicon.StartsPattern(-1), Is.False);
    }
}
