namespace EntityGraph.Knowledge;

/// <summary>One name under which a knowledge entry can appear in text.</summary>
/// <param name="Text">The name as written in the data: exact case, straight apostrophes.</param>
/// <param name="Kind">What the name is for its entry (canonical name, alias, demonym, code).</param>
/// <param name="Flags">How recognizers should treat it.</param>
public sealed record KnowledgeName(string Text, NameKind Kind, NameFlags Flags)
{
    /// <summary>Whether recognizers may look for the name in text (it is not flagged <see cref="NameFlags.NoMatch"/>).</summary>
    public bool IsMatchable => (Flags & NameFlags.NoMatch) == 0;
}
