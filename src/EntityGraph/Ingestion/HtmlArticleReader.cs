using System.Net;

namespace EntityGraph.Ingestion;

/// <summary>
/// Takes the text of an article out of an HTML page, as a browser would show it: tags dropped, character
/// references decoded (<see cref="WebUtility.HtmlDecode(string)"/>), white space collapsed, and block elements
/// (paragraphs, headings, list items, <c>div</c>s) separated by a blank line so that each ends its sentence;
/// <c>br</c> and table rows are line breaks. Dropped with their content: <c>script</c>, <c>style</c>,
/// comments, and elements that never show text (<c>template</c>, <c>noscript</c>, <c>svg</c>, <c>iframe</c>,
/// <c>select</c>, <c>button</c>…). The <c>&lt;title&gt;</c> becomes the first paragraph (once, if the body
/// starts with the same text), and the publication date comes from <c>&lt;meta name="date"&gt;</c>,
/// <c>&lt;meta property="article:published_time"&gt;</c> or similar metadata. A single pass with no regular
/// expressions; malformed markup never throws (a tag cut off by the end of the file is dropped, a lone <c>&lt;</c> is
/// text, a hidden element that never closes is shown rather than allowed to swallow the rest of the page). Stateless and thread-safe.
/// </summary>
public static class HtmlArticleReader
{
    // Metadata that names the publication date, in the forms news sites use (Open Graph, Dublin Core,
    // schema.org microdata, and plain names).
    private static readonly string[] DateNames =
        ["date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date", "dc.date.issued",
         "dcterms.date", "dcterms.issued", "article:published_time", "og:published_time", "datepublished"];

    /// <summary>Reads the article out of <paramref name="html"/>.</summary>
    /// <param name="html">The page's markup.</param>
    public static ArticleText Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var layout = new TextLayout();
        string? title = null;
        string? dateText = null;
        string? hiddenName = null;
        int hiddenDepth = 0, preDepth = 0, hiddenResume = 0;
        // Hidden elements that turned out never to close: hiding them would drop the rest of the page.
        HashSet<string>? neverClosed = null;
        int i = 0, n = html.Length;
        while (true)
        {
            if (i >= n)
            {
                if (hiddenName is null) break;
                // Read again from just after the unclosed element's start tag, this time showing it. Nothing was
                // added while hiding, so the layout, title and date are still as they were at that tag.
                (neverClosed ??= new(StringComparer.OrdinalIgnoreCase)).Add(hiddenName);
                hiddenName = null;
                i = hiddenResume;
                continue;
            }
            int lt = html.IndexOf('<', i);
            int textEnd = lt < 0 ? n : lt;
            if (textEnd > i && hiddenName is null) AddText(layout, html[i..textEnd], preDepth > 0);
            if (lt < 0) { i = n; continue; }
            i = lt;

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, html.IndexOf("-->", i + 4, StringComparison.Ordinal), 3);
                continue;
            }
            char next = i + 1 < n ? html[i + 1] : '\0';
            if (next is '!' or '?')
            {
                // Doctype, CDATA outside foreign content, processing instruction: none of it is text.
                i = SkipPast(html, html.IndexOf('>', i), 1);
                continue;
            }
            bool isEnd = next == '/';
            int nameStart = i + (isEnd ? 2 : 1);
            if (nameStart >= n || !char.IsAsciiLetter(html[nameStart]))
            {
                if (isEnd)
                {
                    i = SkipPast(html, html.IndexOf('>', i), 1); // "</ >", "</3>": a bogus comment
                }
                else
                {
                    if (hiddenName is null) AddText(layout, "<", preDepth > 0); // "a < b" is text
                    i++;
                }
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < n && !IsNameEnd(html[nameEnd])) nameEnd++;
            int tagEnd = FindTagEnd(html, nameEnd);
            if (tagEnd < 0) { i = n; continue; } // a tag cut off by the end of the file: nothing after it is text
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var attributes = html.AsSpan(nameEnd, tagEnd - nameEnd);
            bool selfClosing = attributes.EndsWith("/");
            i = tagEnd + 1;

            if (hiddenName is not null)
            {
                // Inside a hidden element only its own name counts, so nested copies close properly.
                if (name.Equals(hiddenName, StringComparison.OrdinalIgnoreCase))
                {
                    if (isEnd) { if (--hiddenDepth == 0) hiddenName = null; }
                    else if (!selfClosing) hiddenDepth++;
                }
                continue;
            }

            var kind = HtmlElements.KindOf(name);
            if (isEnd)
            {
                switch (kind)
                {
                    case HtmlElementKind.Block: layout.Request(TextLayout.Break.Paragraph); break;
                    case HtmlElementKind.Cell: layout.Request(TextLayout.Break.Space); break;
                    case HtmlElementKind.Preformatted:
                        preDepth = Math.Max(0, preDepth - 1);
                        layout.Request(TextLayout.Break.Paragraph);
                        break;
                }
                continue;
            }

            if (name.Equals("meta", StringComparison.OrdinalIgnoreCase) && dateText is null)
                dateText = ReadMetaDate(attributes);

            if (HtmlElements.IsRawText(name))
            {
                // The content runs to the matching end tag whatever it holds ("<" in a script is not a tag).
                int close = FindEndTag(html, i, name);
                string content = html[i..close];
                i = close;
                if (kind == HtmlElementKind.Title)
                {
                    if (title is null)
                    {
                        var t = new TextLayout();
                        t.AddFlow(WebUtility.HtmlDecode(content));
                        title = t.ToString();
                    }
                }
                else if (kind == HtmlElementKind.Preformatted)
                {
                    layout.Request(TextLayout.Break.Paragraph);
                    // xmp shows its content literally; textarea decodes references.
                    layout.AddPreformatted(name.Equals("xmp", StringComparison.OrdinalIgnoreCase) ? content : WebUtility.HtmlDecode(content));
                    layout.Request(TextLayout.Break.Paragraph);
                }
                continue;
            }

            switch (kind)
            {
                case HtmlElementKind.Block: layout.Request(TextLayout.Break.Paragraph); break;
                case HtmlElementKind.Cell: layout.Request(TextLayout.Break.Space); break;
                case HtmlElementKind.Line:
                    // Two <br> in a row show a blank line.
                    bool isBr = name.Equals("br", StringComparison.OrdinalIgnoreCase);
                    layout.Request(isBr && layout.Pending >= TextLayout.Break.Line ? TextLayout.Break.Paragraph : TextLayout.Break.Line);
                    break;
                case HtmlElementKind.Preformatted:
                    preDepth++;
                    layout.Request(TextLayout.Break.Paragraph);
                    break;
                case HtmlElementKind.Hidden when !selfClosing && neverClosed?.Contains(name.ToString()) != true:
                    hiddenName = name.ToString();
                    hiddenDepth = 1;
                    hiddenResume = i;
                    break;
            }
        }

        string body = layout.ToString();
        if (title is { Length: 0 }) title = null;
        string text = title is null || StartsWithParagraph(body, title) ? body
            : body.Length == 0 ? title
            : title + "\n\n" + body;
        DateOnly? date = null;
        string? unread = null;
        if (dateText is not null)
        {
            if (ArticleDates.TryParse(dateText, out var d)) date = d;
            else unread = dateText;
        }
        return new ArticleText(text, title, date, unread);
    }

    private static void AddText(TextLayout layout, string raw, bool preformatted)
    {
        string decoded = raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
        if (preformatted) layout.AddPreformatted(decoded);
        else layout.AddFlow(decoded);
    }

    private static bool StartsWithParagraph(string body, string title) =>
        body.StartsWith(title, StringComparison.Ordinal) && (body.Length == title.Length || body[title.Length] == '\n');

    private static int SkipPast(string html, int found, int length) => found < 0 ? html.Length : found + length;

    private static bool IsNameEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    // The '>' that ends the tag, skipping quoted attribute values (which may hold '>'), or -1.
    private static int FindTagEnd(string html, int from)
    {
        bool afterEquals = false;
        for (int k = from; k < html.Length; k++)
        {
            char c = html[k];
            if (c == '>') return k;
            if (c == '=') { afterEquals = true; continue; }
            if (afterEquals && c is '"' or '\'')
            {
                int close = html.IndexOf(c, k + 1);
                if (close < 0) return -1;
                k = close;
            }
            if (c is not (' ' or '\t' or '\n' or '\r' or '\f')) afterEquals = false;
        }
        return -1;
    }

    // Where the end tag "</name" (any case, followed by white space, '/' or '>') starts, or the end of the text.
    private static int FindEndTag(string html, int from, ReadOnlySpan<char> name)
    {
        int k = from;
        while ((k = html.IndexOf("</", k, StringComparison.Ordinal)) >= 0)
        {
            int after = k + 2 + name.Length;
            if (after <= html.Length
                && html.AsSpan(k + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || IsNameEnd(html[after])))
                return k;
            k += 2;
        }
        return html.Length;
    }

    private static string? ReadMetaDate(ReadOnlySpan<char> attributes)
    {
        bool names = false;
        string? content = null;
        foreach (var (key, value) in HtmlAttributes.Parse(attributes))
        {
            if (key.Equals("content", StringComparison.OrdinalIgnoreCase)) content = value;
            else if ((key.Equals("name", StringComparison.OrdinalIgnoreCase)
                      || key.Equals("property", StringComparison.OrdinalIgnoreCase)
                      || key.Equals("itemprop", StringComparison.OrdinalIgnoreCase))
                     && DateNames.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
                names = true;
        }
        return names && !string.IsNullOrWhiteSpace(content) ? content.Trim() : null;
    }
}
