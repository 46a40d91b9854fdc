using System.Collections.Frozen;

namespace EntityGraph.Relations;

/// <summary>
/// The closed-class English words the clause heuristics look at. Small, fixed sets, kept together so the
/// rules that read them stay short; open-class data (verbs, codes) lives in the resource files.
/// </summary>
internal static class ClauseWords
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make the next word a noun: "the attack", "its sanctions", "of trade".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounMarkers = Set(
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "of",
        "any", "no", "such", "whose", "for", "every", "each", "new", "further", "more", "fresh", "economic",
        "military", "diplomatic", "political", "trade", "first", "last", "recent", "internal", "party", "state",
        "official", "joint", "planned", "possible", "alleged", "reported").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Prepositions that put an actor in an adjunct, so it is not the subject of a later verb.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = Set(
        "with", "against", "to", "from", "of", "in", "on", "at", "for", "by", "between", "into", "over", "about",
        "toward", "towards", "than", "among", "amid", "across", "near", "within", "without", "under", "after",
        "before", "during", "through", "upon").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Forms of "be" that mark a following participle as passive.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeForms = Set(
        "is", "are", "was", "were", "be", "been", "being", "'s", "’s").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adverbs that may stand between an auxiliary and its verb ("was not criticised", "has also agreed").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbs = Set(
        "not", "n't", "never", "also", "already", "reportedly", "allegedly", "further", "openly", "strongly",
        "even", "again", "publicly", "repeatedly", "formally", "jointly", "finally", "still", "now", "then",
        "recently", "later", "once", "just", "sharply", "fiercely", "officially").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that negate the verb they precede.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negators = Set(
        "not", "n't", "never", "no", "nor", "neither", "cannot").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that join actors into one compound subject ("Israel and the Palestinians").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Conjunctions = Set(
        "and", ",", "&").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Determiners skipped when looking at the word before an actor ("with the US").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set(
        "the", "a", "an", "both", "neighbouring", "neighboring", "fellow", "its", "their").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>First-person plural pronouns that, inside a quotation, stand for the speaker (targets only).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerPronouns = Set(
        "our", "us", "ours").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Role nouns that make "X of COUNTRY" an actor phrase ("the president of Brazil met…"), so the country
    /// after "of" may still be the subject.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleNouns = Set(
        "president", "minister", "ministers", "ministry", "government", "leader", "leaders", "leadership", "army",
        "military", "forces", "troops", "people", "parliament", "spokesman", "spokeswoman", "spokesperson",
        "official", "officials", "king", "queen", "embassy", "ambassador", "chief", "head", "police", "navy",
        "members", "representatives", "delegation", "citizens", "authorities", "secretary", "general", "envoy",
        "premier", "chancellor", "cabinet", "regime", "administration", "rebels", "committee", "council",
        "court", "state", "emir", "prince", "sultan", "foreign", "defence", "defense").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Plural state bodies that, followed by "in" and a country ("security forces in Guinea"), are that
    /// country's own; the country is then the subject, not an adjunct.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StationedBodies = Set(
        "forces", "troops", "police", "authorities", "officials", "army", "military", "government", "soldiers")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Prepositions after which a place is a location, not an actor ("met in Paris").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositions = Set(
        "in", "at", "near", "from", "outside", "inside", "via", "across", "around", "throughout").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words and marks that end the clause a verb's object can be in ("…, while Cuba watches").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseBreaks = Set(
        "while", "whereas", "because", "although", "though", "but", "since", ";", "—").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Modals that announce an act rather than report it.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = Set(
        "will", "would", "'ll", "’ll", "shall").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that, followed by "to" and a verb, announce the act ("willing to withdraw").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntentWords = Set(
        "willing", "ready", "prepared", "plans", "plan", "planned", "planning", "intends", "intend", "intended",
        "promised", "promises", "pledged", "pledges", "vowed", "vows", "offered", "offers", "expected",
        "going", "set", "determined", "eager").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Modals of obligation: "X said Y must withdraw" is X asking something of Y.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Obligation = Set(
        "must", "should").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of a short time phrase that may sit between a verb and its complement ("on Monday").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords = Set(
        "today", "yesterday", "tomorrow", "tonight", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "last", "this", "week", "month", "year", "in", "principle", "earlier", "again",
        "late", "early", "overnight").GetAlternateLookup<ReadOnlySpan<char>>();
}
