using EntityGraph.Ingestion;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace EntityGraph.Tests.Ingestion;

/// <summary>
/// Hostile markup: any mix of tag fragments, quotes, entities and text never throws, and the text that comes
/// out is laid out as promised (no white space at either end, never more than one blank line in a row).
/// </summary>
public sealed class MarkupReaderPropertyTests
{
    private static readonly string[] HtmlPieces =
    [
        "<", ">", "</", "/>", "<p>", "</p>", "<br>", "<div", "<script>", "</script>", "<style>", "<!--", "-->",
        "<!DOCTYPE html>", "<title>", "</title>", "<svg>", "</svg>", "<pre>", "</pre>", "<td>", "<meta name=date content=",
        "\"", "'", "=", "&amp;", "&#39;", "&#xD800;", "&bogus;", "&", " ", "\n", "\t", "\r\n", "China", "x", "😀", "\uD800",
    ];

    private static readonly string[] MarkdownPieces =
    [
        "#", "# ", "*", "**", "_", "__", "~~", "`", "```", "[", "]", "(", ")", "![", "<", ">", "> ", "\\", "---", "===",
        "- ", "1. ", " ", "\n", "\n\n", "\r\n", "China", "x", "snake_case", "😀", "\uD800",
    ];

    private static Gen<string> Mix(string[] pieces) => Gen.ArrayOf(Gen.Elements(pieces)).Select(string.Concat);

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Any_html_is_read_into_laid_out_text() =>
        Prop.ForAll(Mix(HtmlPieces).ToArbitrary(), html => IsLaidOut(HtmlArticleReader.Read(html).Text));

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Any_markdown_is_read_into_laid_out_text() =>
        Prop.ForAll(Mix(MarkdownPieces).ToArbitrary(), md => IsLaidOut(MarkdownArticleReader.Read(md).Text));

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool Any_string_is_read_without_throwing(string? text)
    {
        text ??= "";
        return HtmlArticleReader.Read(text).Text is not null && MarkdownArticleReader.Read(text).Text is not null;
    }

    // Preformatted text (HTML <pre>, Markdown code and indentation) keeps its own spaces and tabs, so the
    // ends are checked for line breaks; flowing HTML text is checked for any white space in the next test.
    private static bool IsLaidOut(string text) =>
        !text.Contains("\n\n\n", StringComparison.Ordinal) && !text.StartsWith('\n') && !text.EndsWith('\n');

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Html_without_pre_has_no_white_space_at_either_end() =>
        Prop.ForAll(Mix([.. HtmlPieces.Where(p => p is not ("<pre>" or "</pre>"))]).ToArbitrary(), html =>
        {
            string text = HtmlArticleReader.Read(html).Text;
            return text.Length == 0 || (!IsAsciiSpace(text[0]) && !IsAsciiSpace(text[^1]));
        });

    private static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
