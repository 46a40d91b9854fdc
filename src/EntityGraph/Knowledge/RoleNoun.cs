namespace EntityGraph.Knowledge;

/// <summary>
/// A role noun ("agent" in PETRARCH2 terms): a common noun phrase that names a kind of actor, with the CAMEO
/// code it contributes. "foreign minister" has <c>~GOV</c>: in "the North Korean foreign minister" it makes the
/// actor of the noun phrase (PRK) into PRK + GOV. "peacekeeping troops" has <c>IGO~</c>: a prefix.
/// </summary>
/// <param name="Phrase">Lower-case words separated by single spaces (<c>foreign minister</c>).</param>
/// <param name="Code">The code as written in the data: <c>~</c> then segments (suffix), or segments then <c>~</c> (prefix).</param>
public sealed record RoleNoun(string Phrase, string Code)
{
    /// <summary>Whether the code is appended to the actor found with the noun (<c>~GOV</c>) rather than prefixed (<c>IGO~</c>).</summary>
    public bool IsSuffix => Code[0] == '~';

    /// <summary>The code without its <c>~</c> (<c>~GOVMED</c> → <c>GOVMED</c>).</summary>
    public string Segments => IsSuffix ? Code[1..] : Code[..^1];

    /// <summary>
    /// Whether <paramref name="code"/> has the shape of an agent code: <c>~</c> followed by one or more
    /// three-letter upper-case segments, or such segments followed by <c>~</c>.
    /// </summary>
    public static bool IsValidCode(ReadOnlySpan<char> code)
    {
        if (code.Length < 4) return false;
        ReadOnlySpan<char> segments = code[0] == '~' ? code[1..] : code[^1] == '~' ? code[..^1] : [];
        if (segments.Length == 0 || segments.Length % 3 != 0) return false;
        foreach (char c in segments)
            if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Phrase} [{Code}]";
}
