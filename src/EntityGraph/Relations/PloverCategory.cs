namespace EntityGraph.Relations;

/// <summary>
/// The sixteen PLOVER 2021 event categories (Schrodt et al., PLOVER manual draft 0.8), the types of
/// <c>interaction</c> relations. PLOVER 0.5b1 names map onto them with <see cref="FromPlover05"/>.
/// </summary>
public static class PloverCategory
{
    /// <summary>Every category, cooperative first, in the manual's order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    /// <summary>Whether <paramref name="name"/> is a PLOVER 2021 category (upper case, exact).</summary>
    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);

    /// <summary>
    /// The PLOVER 2021 name for a PLOVER 0.5b1 category: DISAPPROVE and INVESTIGATE became ACCUSE, FIGHT became
    /// ASSAULT, DEMAND became REQUEST; the others kept their names. Returns <c>null</c> for an unknown name.
    /// </summary>
    public static string? FromPlover05(string name) => name switch
    {
        "DISAPPROVE" or "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        "DEMAND" => "REQUEST",
        _ => IsKnown(name) ? name : null,
    };
}
