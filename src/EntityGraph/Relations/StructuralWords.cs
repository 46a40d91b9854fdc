using System.Collections.Frozen;

namespace EntityGraph.Relations;

/// <summary>The closed-class words the structural patterns read: titles, leader titles, kinship nouns.</summary>
internal static class StructuralWords
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that make up a title or role between an affiliation and a name ("Foreign Minister",
    /// "First Deputy Director", "former President").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Title = Set(
        "president", "prime", "minister", "premier", "king", "queen", "leader", "chancellor", "emir", "sultan",
        "chairman", "chairwoman", "chair", "secretary", "general", "secretary-general", "foreign", "defence",
        "defense", "interior", "finance", "trade", "deputy", "vice", "first", "director", "ambassador",
        "spokesman", "spokeswoman", "spokesperson", "commander", "chief", "head", "governor", "mayor", "senator",
        "envoy", "official", "supreme", "top", "senior", "former", "ousted", "late", "deceased", "then", "crown",
        "prince", "princess", "dictator", "marshal", "party", "central", "committee", "member", "lawmaker",
        "negotiator", "representative", "delegate", "coordinator", "state", "junior", "vice-president", "-", "–",
        "of", "the", "for", "affairs", "national", "security", "adviser", "advisor", "army", "military", "navy",
        "opposition", "justice", "judge", "minister-president", "monarch", "ruler", "strongman", "founder");

    /// <summary>Titles of the one who heads the body or country.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeaderTitle = Set(
        "president", "premier", "king", "queen", "leader", "chancellor", "emir", "sultan", "chairman",
        "chairwoman", "dictator", "secretary-general", "monarch", "ruler", "prime", "strongman", "head");

    /// <summary>Kinship nouns: "X, son of Y", "Y's widow X".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Kin = Set(
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow", "widower",
        "nephew", "niece", "cousin", "grandson", "granddaughter", "grandfather", "grandmother", "uncle", "aunt",
        "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law", "father-in-law", "stepson", "stepdaughter");

    /// <summary>Modifiers allowed between a kinship noun and its "of" or before it ("the eldest son of").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KinModifier = Set(
        "the", "a", "an", "eldest", "oldest", "youngest", "younger", "older", "second", "third", "only", "late",
        "first", "is", "was", "his", "her", "their");
}
