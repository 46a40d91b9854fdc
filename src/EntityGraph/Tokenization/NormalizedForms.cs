namespace EntityGraph.Tokenization;

/// <summary>
/// The normalised forms the tokenizer hands out. Common ones are shared constants so that tokenizing news
/// text, full of curly apostrophes and dashes, does not allocate a string per token.
/// </summary>
internal static class NormalizedForms
{
    public const string Apostrophe = "'";
    public const string DoubleQuote = "\"";
    public const string Hyphen = "-";
    public const string DoubleHyphen = "--";

    /// <summary>
    /// The straight-apostrophe form of a clitic (<c>’s</c> → <c>'s</c>, <c>n’t</c> → <c>n't</c>), or
    /// <c>null</c> when the text already uses the straight apostrophe.
    /// </summary>
    public static string? Clitic(ReadOnlySpan<char> text)
    {
        int q = text.IndexOfAny('\'', '\u2019');
        if (q < 0 || text[q] == '\'') return null;
        return text switch
        {
            "\u2019" => Apostrophe,
            "\u2019s" => "'s",
            "\u2019S" => "'S",
            "\u2019d" => "'d",
            "\u2019D" => "'D",
            "\u2019m" => "'m",
            "\u2019M" => "'M",
            "\u2019ll" => "'ll",
            "\u2019LL" => "'LL",
            "\u2019re" => "'re",
            "\u2019RE" => "'RE",
            "\u2019ve" => "'ve",
            "\u2019VE" => "'VE",
            "n\u2019t" => "n't",
            "N\u2019T" => "N'T",
            _ => Straighten(text),
        };
    }

    /// <summary>The text with curly single quotes replaced by the apostrophe (allocates; for rare forms only).</summary>
    public static string Straighten(ReadOnlySpan<char> text)
    {
        var chars = text.ToArray();
        for (int k = 0; k < chars.Length; k++)
            if (chars[k] is '\u2018' or '\u2019') chars[k] = '\'';
        return new string(chars);
    }

    /// <summary>
    /// The hyphen form of a run of dashes, or <c>null</c> when the run is already hyphen-minus only
    /// (en and em dashes, minus signs and Unicode hyphens all become <c>-</c>).
    /// </summary>
    public static string? Dashes(ReadOnlySpan<char> run)
    {
        if (!run.ContainsAnyExcept('-')) return null;
        return run.Length switch
        {
            1 => Hyphen,
            2 => DoubleHyphen,
            _ => new string('-', run.Length),
        };
    }
}
