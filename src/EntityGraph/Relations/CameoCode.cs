namespace EntityGraph.Relations;

/// <summary>One CAMEO event code and what the library ships about it.</summary>
/// <param name="Code">The code as a string of 2–4 digits (<c>"010"</c> ≠ <c>"10"</c>).</param>
/// <param name="Name">A short English name.</param>
/// <param name="Goldstein">Goldstein conflict–cooperation score in [-10, 10].</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
/// conflict (ICEWS convention, from the root).</param>
/// <param name="Category">PLOVER 2021 category, or <c>null</c> for codes outside PLOVER (statements, 01).</param>
public sealed record CameoCode(string Code, string Name, double Goldstein, int QuadClass, string? Category);
