namespace EntityGraph.Segmentation;

/// <summary>What lies between two neighbouring tokens.</summary>
internal enum GapKind : byte
{
    /// <summary>Nothing: the tokens touch (<c>dream!’</c>).</summary>
    None,
    /// <summary>White space without a line break.</summary>
    Space,
    /// <summary>White space with exactly one line break.</summary>
    LineBreak,
    /// <summary>Two or more line breaks (a blank line) or a paragraph separator (U+2029).</summary>
    ParagraphBreak,
}
