namespace EntityGraph.Relations;

/// <summary>
/// The closed-class English words the clause heuristics look at (<see cref="WordClass"/> says what each class is
/// for). Small, fixed lists, kept together so the rules that read them stay short; open-class data (verbs, codes)
/// lives in the resource files. A word's classes come from one lookup in a small table (see
/// <see cref="TokenWords"/>, which looks each scanned token up once), not one set lookup per question asked of it.
/// </summary>
internal static class ClauseWords
{
    private static readonly (WordClass Class, string[] Words)[] Lists =
    [
        (WordClass.NounMarker, ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "of",
            "any", "no", "such", "whose", "for", "every", "each", "new", "further", "more", "fresh", "economic",
            "military", "diplomatic", "political", "trade", "first", "last", "recent", "internal", "party", "state",
            "official", "joint", "planned", "possible", "alleged", "reported"]),
        (WordClass.Preposition, ["with", "against", "to", "from", "of", "in", "on", "at", "for", "by", "between", "into", "over", "about",
            "toward", "towards", "than", "among", "amid", "across", "near", "within", "without", "under", "after",
            "before", "during", "through", "upon"]),
        (WordClass.BeForm, ["is", "are", "was", "were", "be", "been", "being", "'s", "’s"]),
        (WordClass.Adverb, ["not", "n't", "never", "also", "already", "reportedly", "allegedly", "further", "openly", "strongly",
            "even", "again", "publicly", "repeatedly", "formally", "jointly", "finally", "still", "now", "then",
            "recently", "later", "once", "just", "sharply", "fiercely", "officially"]),
        (WordClass.Negator, ["not", "n't", "never", "no", "nor", "neither", "cannot"]),
        (WordClass.Conjunction, ["and", ",", "&"]),
        (WordClass.Determiner, ["the", "a", "an", "both", "neighbouring", "neighboring", "fellow", "its", "their"]),
        (WordClass.SpeakerPronoun, ["our", "us", "ours"]),
        (WordClass.RoleNoun, ["president", "minister", "ministers", "ministry", "government", "leader", "leaders", "leadership", "army",
            "military", "forces", "troops", "people", "parliament", "spokesman", "spokeswoman", "spokesperson",
            "official", "officials", "king", "queen", "embassy", "ambassador", "chief", "head", "police", "navy",
            "members", "representatives", "delegation", "citizens", "authorities", "secretary", "general", "envoy",
            "premier", "chancellor", "cabinet", "regime", "administration", "rebels", "committee", "council",
            "court", "state", "emir", "prince", "sultan", "foreign", "defence", "defense"]),
        (WordClass.StationedBody, ["forces", "troops", "police", "authorities", "officials", "army", "military", "government", "soldiers"]),
        (WordClass.PlacePreposition, ["in", "at", "near", "from", "outside", "inside", "via", "across", "around", "throughout"]),
        (WordClass.ClauseBreak, ["while", "whereas", "because", "although", "though", "but", "since", ";", "—"]),
        (WordClass.Modal, ["will", "would", "'ll", "’ll", "shall"]),
        (WordClass.IntentWord, ["willing", "ready", "prepared", "plans", "plan", "planned", "planning", "intends", "intend", "intended",
            "promised", "promises", "pledged", "pledges", "vowed", "vows", "offered", "offers", "expected",
            "going", "set", "determined", "eager"]),
        (WordClass.Obligation, ["must", "should"]),
        (WordClass.TimeWord, ["today", "yesterday", "tomorrow", "tonight", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "last", "this", "week", "month", "year", "in", "principle", "earlier", "again",
            "late", "early", "overnight"]),
    ];

    // Word → its classes (the flags stored as the table's id).
    private static readonly WordIdTable Table = Build();

    private static WordIdTable Build()
    {
        var classes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (wordClass, words) in Lists)
            foreach (var word in words)
                classes[word] = classes.GetValueOrDefault(word) | (int)wordClass;
        return new WordIdTable(classes);
    }

    /// <summary>The words of <paramref name="wordClass"/> (one class), as listed.</summary>
    public static IReadOnlyList<string> WordsOf(WordClass wordClass) => Lists.Single(l => l.Class == wordClass).Words;

    /// <summary>The classes of <paramref name="word"/> (case-insensitive).</summary>
    public static WordClass Of(ReadOnlySpan<char> word) => OfHash(WordIdTable.Hash(word));

    /// <summary>The classes of the word whose <see cref="WordIdTable.Hash"/> is <paramref name="key"/>.</summary>
    public static WordClass OfHash(ulong key) => Table.Find(key) is int found and >= 0 ? (WordClass)found : WordClass.None;

    /// <summary>Whether <paramref name="word"/> is in any of <paramref name="classes"/>.</summary>
    public static bool Is(ReadOnlySpan<char> word, WordClass classes) => (Of(word) & classes) != 0;
}
