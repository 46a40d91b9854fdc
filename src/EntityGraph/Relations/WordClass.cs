namespace EntityGraph.Relations;

/// <summary>
/// The closed classes of English words the clause heuristics look at; a word may belong to several ("in" is a
/// preposition, a place preposition and a time word). The words of each class are listed in <see cref="ClauseWords"/>.
/// </summary>
[Flags]
internal enum WordClass
{
    /// <summary>In no class.</summary>
    None = 0,
    /// <summary>Makes the next word a noun: "the attack", "its sanctions", "of trade".</summary>
    NounMarker = 1 << 0,
    /// <summary>Puts an actor in an adjunct, so it is not the subject of a later verb.</summary>
    Preposition = 1 << 1,
    /// <summary>A form of "be" that marks a following participle as passive.</summary>
    BeForm = 1 << 2,
    /// <summary>May stand between an auxiliary and its verb ("was not criticised", "has also agreed").</summary>
    Adverb = 1 << 3,
    /// <summary>Negates the verb it precedes.</summary>
    Negator = 1 << 4,
    /// <summary>Joins actors into one compound subject ("Israel and the Palestinians").</summary>
    Conjunction = 1 << 5,
    /// <summary>Skipped when looking at the word before an actor ("with the US").</summary>
    Determiner = 1 << 6,
    /// <summary>A first-person plural pronoun that, inside a quotation, stands for the speaker (targets only).</summary>
    SpeakerPronoun = 1 << 7,
    /// <summary>Makes "X of COUNTRY" an actor phrase ("the president of Brazil met…"), so the country after "of" may still be the subject.</summary>
    RoleNoun = 1 << 8,
    /// <summary>A plural state body that, followed by "in" and a country ("security forces in Guinea"), is that country's own.</summary>
    StationedBody = 1 << 9,
    /// <summary>After it a place is a location, not an actor ("met in Paris").</summary>
    PlacePreposition = 1 << 10,
    /// <summary>Ends the clause a verb's object can be in ("…, while Cuba watches").</summary>
    ClauseBreak = 1 << 11,
    /// <summary>A modal that announces an act rather than reports it.</summary>
    Modal = 1 << 12,
    /// <summary>Followed by "to" and a verb, announces the act ("willing to withdraw").</summary>
    IntentWord = 1 << 13,
    /// <summary>A modal of obligation: "X said Y must withdraw" is X asking something of Y.</summary>
    Obligation = 1 << 14,
    /// <summary>A word of a short time phrase that may sit between a verb and its complement ("on Monday").</summary>
    TimeWord = 1 << 15,
}
