using System.Buffers;

namespace EntityGraph.Segmentation;

/// <summary>The character classes the splitter looks at, as vectorised <see cref="SearchValues{T}"/>.</summary>
internal static class BoundaryChars
{
    /// <summary>Characters a sentence-final punctuation token is made of (period, ellipsis, ! and ? forms).</summary>
    public static readonly SearchValues<char> Terminal = SearchValues.Create(".…!?‼⁇⁈⁉。｡！？؟");

    /// <summary>The subset that ends a sentence in any context: exclamation and question marks.</summary>
    public static readonly SearchValues<char> Strong = SearchValues.Create("!?‼⁇⁈⁉！？؟");

    /// <summary>
    /// Line terminators: LF, CR, vertical tab, form feed, NEL, line and paragraph separators. CR LF counts as
    /// one line break.
    /// </summary>
    public static readonly SearchValues<char> LineBreak = SearchValues.Create("\n\r\v\f\u0085\u2028\u2029");

    /// <summary>
    /// Quotation marks that only ever open a quotation; any other quote attached right after a sentence stop
    /// closes it.
    /// </summary>
    public static readonly SearchValues<char> OpeningQuote = SearchValues.Create("‘“«‹„‚");

    /// <summary>Brackets that open.</summary>
    public static readonly SearchValues<char> OpeningBracket = SearchValues.Create("([{⟨〈「『【");

    /// <summary>Brackets that close.</summary>
    public static readonly SearchValues<char> ClosingBracket = SearchValues.Create(")]}⟩〉」』】");

    /// <summary>Punctuation after a stop that shows the sentence goes on (<c>‘Go!’, he said</c>).</summary>
    public static readonly SearchValues<char> Continuing = SearchValues.Create(",;:");
}
