namespace EntityGraph.Knowledge;

/// <summary>
/// How a recognizer should treat a name. Written in the fourth column of a knowledge file as a
/// comma-separated list of the lower-case flag names (<c>ambiguous</c>, <c>nomatch</c>, <c>notincaps</c>).
/// </summary>
[Flags]
public enum NameFlags : byte
{
    /// <summary>An ordinary name.</summary>
    None = 0,
    /// <summary>
    /// Also a common word or name when capitalised (<c>Georgia</c> the US state, <c>Jordan</c> the person,
    /// <c>Chad</c>): still matched, with a lower confidence that later stages may overrule.
    /// </summary>
    Ambiguous = 1,
    /// <summary>Kept as data but never matched in text (<c>CAN</c>, <c>Island</c>).</summary>
    NoMatch = 2,
    /// <summary>
    /// An upper-case form that is also an ordinary word (<c>US</c> = "us"), so it is not matched inside a
    /// sentence written entirely in capitals. Codes (<see cref="NameKind.Code"/>) always behave this way.
    /// </summary>
    NotInCaps = 4,
}
