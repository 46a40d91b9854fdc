namespace EntityGraph.Relations;

/// <summary>What the verb lexicon knows of one of its words.</summary>
[Flags]
internal enum LexiconFacts
{
    None = 0,

    /// <summary>Some verb form starts with the word.</summary>
    Verb = 1,

    /// <summary>Some verb form starting with the word has an event code (implies <see cref="Verb"/>).</summary>
    EventVerb = 2,

    /// <summary>Some block has a pattern that can start with the word.</summary>
    StartsPattern = 4,
}

/// <summary>
/// The verb lexicon's word ids, handed out so that each of its three questions about a word — does it start a
/// pattern, a verb, an event verb — is a range of ids. The extractor asks them of nearly every token it scans,
/// right after the entity stages have evicted the lexicon from the cache; answered from the id alone, they cost
/// no memory read, where a flag array indexed by id cost a cache miss each.
/// <para>The six groups, in id order: pattern starters that are no verb; pattern-starting verbs without, then
/// with, an event code; other event verbs; other verbs; every other word. Patterns are then ids
/// [0, <see cref="PatternEnd"/>), verbs [<see cref="VerbStart"/>, <see cref="VerbEnd"/>) and event verbs
/// [<see cref="EventStart"/>, <see cref="EventEnd"/>).</para>
/// </summary>
internal readonly record struct WordGroups(int PatternEnd, int VerbStart, int EventStart, int EventEnd, int VerbEnd)
{
    /// <summary>Whether <paramref name="id"/> lies in [<paramref name="start"/>, <paramref name="end"/>); false for -1.</summary>
    public static bool In(int id, int start, int end) => (uint)(id - start) < (uint)(end - start);

    /// <summary>Ids for <paramref name="facts"/>' words, grouped as described; words keep their order within a group.</summary>
    public static (Dictionary<string, int> Ids, WordGroups Groups) Assign(IReadOnlyDictionary<string, LexiconFacts> facts)
    {
        const LexiconFacts P = LexiconFacts.StartsPattern, V = LexiconFacts.Verb, E = LexiconFacts.Verb | LexiconFacts.EventVerb;
        LexiconFacts[] order = [P, P | V, P | E, E, V, LexiconFacts.None];
        var ids = new Dictionary<string, int>(facts.Count, StringComparer.OrdinalIgnoreCase);
        var ends = new int[order.Length];
        for (int g = 0; g < order.Length; g++)
        {
            foreach (var (word, fact) in facts)
                if (fact == order[g]) ids[word] = ids.Count;
            ends[g] = ids.Count;
        }
        if (ids.Count != facts.Count) throw new ArgumentException("An event verb word must also be a verb word.", nameof(facts));
        return (ids, new WordGroups(PatternEnd: ends[2], VerbStart: ends[0], EventStart: ends[1], EventEnd: ends[3], VerbEnd: ends[4]));
    }
}
