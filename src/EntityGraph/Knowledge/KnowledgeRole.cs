namespace EntityGraph.Knowledge;

/// <summary>
/// A dated role of a knowledge entry, as the PETRARCH2 actor dictionaries give it: a CAMEO actor code
/// (<c>CHNGOV</c> = government of China, <c>IGOUNO</c> = United Nations) held from <see cref="From"/>
/// (inclusive) until <see cref="Until"/> (exclusive). Either bound may be open.
/// </summary>
/// <param name="Code">The CAMEO actor code: three upper-case letters, then any number of three-letter segments.</param>
/// <param name="From">First day of the role (inclusive), or <c>null</c> when it has no known start.</param>
/// <param name="Until">Day the role ended (exclusive, as in the source's <c>a-b</c> ranges), or <c>null</c> when open.</param>
public sealed record KnowledgeRole(string Code, DateOnly? From, DateOnly? Until)
{
    /// <summary>Whether the role has neither bound (the source's undated fallback, <c>[CHNELI]</c>).</summary>
    public bool IsUndated => From is null && Until is null;

    /// <summary>The first three letters of <see cref="Code"/>: a country (<c>CHN</c>) or an international type (<c>IGO</c>, <c>NGO</c>).</summary>
    public string Prefix => Code[..3];

    /// <summary>The three-letter segments of <see cref="Code"/> after the prefix (<c>CHNGOVMIL</c> → <c>GOV</c>, <c>MIL</c>).</summary>
    public IEnumerable<string> Segments
    {
        get
        {
            for (int i = 3; i + 3 <= Code.Length; i += 3) yield return Code.Substring(i, 3);
        }
    }

    /// <summary>Whether <paramref name="date"/> lies in the role: <c>From ≤ date &lt; Until</c>, open bounds always hold.</summary>
    public bool Covers(DateOnly date) => (From is not { } f || f <= date) && (Until is not { } u || date < u);

    /// <summary>
    /// Whether <paramref name="code"/> has the shape of a CAMEO actor code: three upper-case ASCII letters,
    /// then whole three-letter segments of upper-case letters or digits.
    /// </summary>
    public static bool IsValidCode(ReadOnlySpan<char> code) => KnowledgeRoleFormat.IsValidCode(code);

    /// <summary>The knowledge-file form: the code, then a space and an ISO 8601 interval when dated (<c>CHNGOV 2012-11-15/..</c>).</summary>
    public override string ToString() => KnowledgeRoleFormat.Format(this);
}
