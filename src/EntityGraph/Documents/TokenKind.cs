namespace EntityGraph.Documents;

/// <summary>What a token is, as decided by the tokenizer from its characters.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, including hyphenated names (<c>Kim Il-sung</c>) and lower-case compounds.</summary>
    Word,
    /// <summary>An abbreviation or initial that keeps its period(s): <c>U.S.</c>, <c>Mr.</c>, <c>J.</c>.</summary>
    Abbreviation,
    /// <summary>A clitic split off a word: <c>'s</c>, <c>n't</c>, <c>'ll</c>.</summary>
    Clitic,
    /// <summary>A number, with separators, decimals and an attached percent or magnitude: <c>1,000.50</c>, <c>10%</c>, <c>5bn</c>.</summary>
    Number,
    /// <summary>A currency or other symbol: <c>$</c>, <c>€</c>, <c>&amp;</c>.</summary>
    Symbol,
    /// <summary>Punctuation: <c>. , ; : ! ?</c>, dashes, ellipses.</summary>
    Punctuation,
    /// <summary>An opening or closing quotation mark.</summary>
    Quote,
    /// <summary>An opening or closing bracket.</summary>
    Bracket,
    /// <summary>A list bullet such as <c>•</c>.</summary>
    Bullet,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A social-media handle: <c>@name</c>.</summary>
    Handle,
    /// <summary>A hashtag: <c>#topic</c>.</summary>
    Hashtag,
    /// <summary>An emoji, including joined sequences and modifiers.</summary>
    Emoji,
    /// <summary>A control or format character that is not white space, kept so no input is lost.</summary>
    Control,
    /// <summary>Anything else (e.g. a lone surrogate or an unassigned character).</summary>
    Other,
}
