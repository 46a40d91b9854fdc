using System.Collections.Frozen;

namespace EntityGraph.Ingestion;

/// <summary>What an HTML element means for the text taken out of it.</summary>
internal enum HtmlElementKind : byte
{
    /// <summary>Inline (<c>a</c>, <c>b</c>, <c>span</c>, and any element not listed): no break.</summary>
    Inline,
    /// <summary>Starts and ends a paragraph (<c>p</c>, <c>div</c>, <c>h1</c>, <c>li</c>…): a blank line, so a heading
    /// or list item without a full stop still ends its sentence.</summary>
    Block,
    /// <summary>A line break (<c>br</c>, table rows).</summary>
    Line,
    /// <summary>A table cell: a space, so the cells of a row do not run together.</summary>
    Cell,
    /// <summary>Preformatted (<c>pre</c>, <c>textarea</c>): a block whose white space is kept.</summary>
    Preformatted,
    /// <summary>Never shown as text (<c>script</c>, <c>style</c>, <c>template</c>, <c>svg</c>…): dropped with its content.</summary>
    Hidden,
    /// <summary><c>title</c>: read as the article's title.</summary>
    Title,
}

/// <summary>The HTML elements that are not <see cref="HtmlElementKind.Inline"/>, from the HTML Living Standard's
/// rendering section (elements with <c>display: block</c>, list items, table parts).</summary>
internal static class HtmlElements
{
    // Raw text elements: their content is not markup, so scanning for tags inside them would misread it.
    private static readonly FrozenSet<string> RawText =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextBySpan =
        RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the element named <paramref name="name"/> (any case) holds raw text rather than markup.</summary>
    public static bool IsRawText(ReadOnlySpan<char> name) => RawTextBySpan.Contains(name);

    private static readonly FrozenDictionary<string, HtmlElementKind> Kinds = new Dictionary<string, HtmlElementKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["address"] = HtmlElementKind.Block, ["article"] = HtmlElementKind.Block, ["aside"] = HtmlElementKind.Block,
        ["blockquote"] = HtmlElementKind.Block, ["body"] = HtmlElementKind.Block, ["caption"] = HtmlElementKind.Block,
        ["center"] = HtmlElementKind.Block, ["dd"] = HtmlElementKind.Block, ["details"] = HtmlElementKind.Block,
        ["dialog"] = HtmlElementKind.Block, ["dir"] = HtmlElementKind.Block, ["div"] = HtmlElementKind.Block,
        ["dl"] = HtmlElementKind.Block, ["dt"] = HtmlElementKind.Block, ["fieldset"] = HtmlElementKind.Block,
        ["figcaption"] = HtmlElementKind.Block, ["figure"] = HtmlElementKind.Block, ["footer"] = HtmlElementKind.Block,
        ["form"] = HtmlElementKind.Block, ["h1"] = HtmlElementKind.Block, ["h2"] = HtmlElementKind.Block,
        ["h3"] = HtmlElementKind.Block, ["h4"] = HtmlElementKind.Block, ["h5"] = HtmlElementKind.Block,
        ["h6"] = HtmlElementKind.Block, ["header"] = HtmlElementKind.Block, ["hgroup"] = HtmlElementKind.Block,
        ["hr"] = HtmlElementKind.Block, ["html"] = HtmlElementKind.Block, ["legend"] = HtmlElementKind.Block,
        ["li"] = HtmlElementKind.Block, ["main"] = HtmlElementKind.Block, ["menu"] = HtmlElementKind.Block,
        ["nav"] = HtmlElementKind.Block, ["ol"] = HtmlElementKind.Block, ["p"] = HtmlElementKind.Block,
        ["section"] = HtmlElementKind.Block, ["summary"] = HtmlElementKind.Block, ["table"] = HtmlElementKind.Block,
        ["tbody"] = HtmlElementKind.Block, ["tfoot"] = HtmlElementKind.Block, ["thead"] = HtmlElementKind.Block,
        ["ul"] = HtmlElementKind.Block,
        ["br"] = HtmlElementKind.Line, ["tr"] = HtmlElementKind.Line, ["option"] = HtmlElementKind.Line,
        ["td"] = HtmlElementKind.Cell, ["th"] = HtmlElementKind.Cell,
        ["pre"] = HtmlElementKind.Preformatted, ["textarea"] = HtmlElementKind.Preformatted, ["xmp"] = HtmlElementKind.Preformatted,
        ["script"] = HtmlElementKind.Hidden, ["style"] = HtmlElementKind.Hidden, ["template"] = HtmlElementKind.Hidden,
        ["noscript"] = HtmlElementKind.Hidden, ["svg"] = HtmlElementKind.Hidden, ["math"] = HtmlElementKind.Hidden,
        ["iframe"] = HtmlElementKind.Hidden, ["noembed"] = HtmlElementKind.Hidden, ["noframes"] = HtmlElementKind.Hidden,
        ["object"] = HtmlElementKind.Hidden, ["canvas"] = HtmlElementKind.Hidden,
        ["select"] = HtmlElementKind.Hidden, ["button"] = HtmlElementKind.Hidden,
        ["title"] = HtmlElementKind.Title,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, HtmlElementKind>.AlternateLookup<ReadOnlySpan<char>> KindsBySpan =
        Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of the element named <paramref name="name"/> (any case).</summary>
    public static HtmlElementKind KindOf(ReadOnlySpan<char> name) =>
        KindsBySpan.TryGetValue(name, out var kind) ? kind : HtmlElementKind.Inline;
}
