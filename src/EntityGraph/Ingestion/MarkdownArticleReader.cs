namespace EntityGraph.Ingestion;

/// <summary>
/// Takes the text of an article out of Markdown, removing only what is clearly markup and keeping every
/// word: heading <c>#</c>s, setext underlines and thematic breaks, blockquote <c>&gt;</c>s, emphasis and
/// strike-through delimiters (<c>*</c>, <c>_</c>, <c>**</c>, <c>~~</c>, paired as CommonMark's flanking rules
/// pair them, so <c>snake_case</c> and <c>2 * 3</c> stay), code backticks and fences (the code is kept), link
/// and image targets (<c>[text](url)</c> → <c>text</c>, <c>![alt](url)</c> → <c>alt</c>), link reference
/// definitions, and backslash escapes. List markers stay (they help the sentence splitter), and so does
/// inline HTML. Headings become paragraphs of their own so they end their sentence. YAML front matter
/// (<c>---</c> … <c>---</c> at the top) is removed; its <c>title</c> becomes the first paragraph and its
/// <c>date</c> the publication date. Line ends become <c>\n</c>. Stateless and thread-safe.
/// </summary>
public static class MarkdownArticleReader
{
    private static readonly System.Buffers.SearchValues<char> FrontMatterKeyChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.");

    /// <summary>Reads the article out of <paramref name="markdown"/>.</summary>
    /// <param name="markdown">The Markdown source.</param>
    public static ArticleText Read(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        int first = ReadFrontMatter(lines, out string? title, out string? dateText);

        var layout = new TextLayout();
        if (title is not null)
        {
            layout.AddPreformatted(title);
            layout.Request(TextLayout.Break.Paragraph);
        }
        string? fence = null;
        bool inParagraph = false;
        for (int k = first; k < lines.Length; k++)
        {
            string line = lines[k];
            var trimmed = line.AsSpan().TrimStart(' ');
            int indent = line.Length - trimmed.Length;
            if (fence is not null)
            {
                if (indent <= 3 && trimmed.StartsWith(fence) && trimmed.TrimEnd().Length >= fence.Length
                    && !trimmed.TrimEnd().ContainsAnyExcept(fence[0]))
                {
                    fence = null;
                    layout.Request(TextLayout.Break.Paragraph);
                    continue;
                }
                layout.AddPreformatted(line);
                layout.Request(TextLayout.Break.Line);
                continue;
            }
            if (trimmed.IsWhiteSpace())
            {
                layout.Request(TextLayout.Break.Paragraph);
                inParagraph = false;
                continue;
            }
            if (indent <= 3 && (trimmed.StartsWith("```") || trimmed.StartsWith("~~~")))
            {
                char c = trimmed[0];
                int run = trimmed.IndexOfAnyExcept(c);
                fence = new string(c, run < 0 ? trimmed.Length : run);
                layout.Request(TextLayout.Break.Paragraph);
                inParagraph = false;
                continue;
            }
            if (indent <= 3 && IsThematicBreakOrUnderline(trimmed))
            {
                // After a paragraph line, '===' or '---' underlines it as a heading; otherwise '---' is a rule.
                layout.Request(TextLayout.Break.Paragraph);
                inParagraph = false;
                continue;
            }
            if (indent <= 3 && IsLinkDefinition(trimmed)) continue;

            // Blockquote markers, possibly nested ("> > text").
            while (indent <= 3 && trimmed.StartsWith(">"))
            {
                trimmed = trimmed[1..];
                if (trimmed.StartsWith(" ")) trimmed = trimmed[1..];
                trimmed = trimmed.TrimStart(' ');
                indent = 0;
            }
            if (trimmed.IsWhiteSpace())
            {
                layout.Request(TextLayout.Break.Paragraph);
                inParagraph = false;
                continue;
            }

            int hashes = indent <= 3 ? trimmed.IndexOfAnyExcept('#') : 0;
            if (hashes is >= 1 and <= 6 && trimmed[hashes] is ' ' or '\t' || (hashes < 0 && trimmed.Length <= 6))
            {
                var heading = hashes < 0 ? [] : trimmed[hashes..].Trim();
                // An optional closing run of '#' after a space is not part of the heading.
                int closing = heading.TrimEnd('#').Length;
                if (closing < heading.Length && (closing == 0 || heading[closing - 1] == ' ')) heading = heading[..closing].TrimEnd();
                layout.Request(TextLayout.Break.Paragraph);
                layout.AddPreformatted(MarkdownInline.Strip(heading.ToString()));
                layout.Request(TextLayout.Break.Paragraph);
                inParagraph = false;
                continue;
            }

            if (inParagraph) layout.Request(TextLayout.Break.Line);
            layout.AddPreformatted(MarkdownInline.Strip((indent > 0 ? line[..indent] : "") + trimmed.ToString()));
            inParagraph = true;
        }

        DateOnly? date = null;
        string? unread = null;
        if (dateText is not null)
        {
            if (ArticleDates.TryParse(dateText, out var d)) date = d;
            else unread = dateText;
        }
        return new ArticleText(layout.ToString(), title, date, unread);
    }

    // YAML front matter: '---' on the first line, closed by '---' or '...'. Only flat "key: value" lines are
    // read; anything else in it is metadata, not article text, and is left out.
    private static int ReadFrontMatter(string[] lines, out string? title, out string? date)
    {
        title = date = null;
        if (lines.Length < 2 || lines[0].TrimEnd() != "---") return 0;
        int end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0) return 0;
        // Only YAML-looking lines (key: value, list items, indented continuations, comments) make front matter;
        // a rule at the top of a document followed by prose and another rule must not lose the prose.
        for (int k = 1; k < end; k++)
        {
            var line = lines[k].AsSpan();
            if (line.IsWhiteSpace() || line[0] is ' ' or '\t' or '#' || line.StartsWith("- ")) continue;
            int colon = line.IndexOf(':');
            if (colon <= 0 || line[..colon].ContainsAnyExcept(FrontMatterKeyChars)) return 0;
        }
        for (int k = 1; k < end; k++)
        {
            int colon = lines[k].IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(lines[k][0])) continue;
            var key = lines[k].AsSpan(0, colon).Trim();
            string value = lines[k][(colon + 1)..].Trim();
            if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0]) value = value[1..^1];
            if (value.Length == 0) continue;
            if (key.Equals("title", StringComparison.OrdinalIgnoreCase)) title ??= value;
            else if (key.Equals("date", StringComparison.OrdinalIgnoreCase) || key.Equals("published", StringComparison.OrdinalIgnoreCase)) date ??= value;
        }
        return end + 1;
    }

    private static bool IsThematicBreakOrUnderline(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        if (line.IsEmpty) return false;
        char c = line[0];
        if (c == '=') return !line.ContainsAnyExcept('=');
        if (c is not ('-' or '*' or '_')) return false;
        int marks = 0;
        foreach (char x in line)
        {
            if (x == c) marks++;
            else if (x is not (' ' or '\t')) return false;
        }
        // '--' alone underlines a setext heading too; '*' and '_' need three to be a rule.
        return marks >= (c == '-' ? 2 : 3);
    }

    // "[id]: http://…" — a link reference definition, which is never shown.
    private static bool IsLinkDefinition(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("[") || line.StartsWith("[^")) return false;
        int close = line.IndexOf("]:");
        return close > 1 && !line[1..close].Contains('[') && !line[(close + 2)..].IsWhiteSpace();
    }
}
