namespace EntityGraph.Segmentation;

/// <summary>
/// What a group of tokens the splitter considers as one can do to a sentence. A unit is a single token, or
/// a run of stop punctuation (<c>?!</c>, <c>…</c> <c>.</c>) or an abbreviation, together with the closing
/// quotes and brackets attached to it (<c>!’</c>, <c>.)</c>).
/// </summary>
internal enum UnitKind : byte
{
    /// <summary>Anything that is not a stop; only a line break after it can end the sentence.</summary>
    Plain,
    /// <summary>A single period (or ideographic full stop).</summary>
    Period,
    /// <summary>An ellipsis: <c>…</c>, <c>...</c>, <c>….</c>.</summary>
    Ellipsis,
    /// <summary>A run containing <c>!</c> or <c>?</c>.</summary>
    Strong,
    /// <summary>An abbreviation or initial token (<c>U.S.</c>, <c>J.</c>) that is not a title.</summary>
    Abbreviation,
    /// <summary>
    /// A period right after a lone capital letter the tokenizer kept as a word (<c>I</c> <c>.</c>): treated
    /// like an initial.
    /// </summary>
    SplitInitial,
    /// <summary>A title (<c>Mr.</c>, <c>Gen.</c>) that always precedes a name and never ends a sentence.</summary>
    Title,
}
