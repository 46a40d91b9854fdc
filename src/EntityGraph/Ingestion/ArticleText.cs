namespace EntityGraph.Ingestion;

/// <summary>
/// An article taken out of a marked-up file (HTML, Markdown): the plain text to process, and what the markup
/// said about it. The text is what a <see cref="Documents.Document"/> is made of, so every offset the
/// pipeline reports points into <see cref="Text"/>, not into the original file.
/// </summary>
/// <param name="Text">The article text: the title (when the file has one apart from its body) as the first
/// paragraph, then the body, paragraphs separated by a blank line (<c>\n\n</c>), line breaks as <c>\n</c>.</param>
/// <param name="Title">The title the markup gave (HTML <c>&lt;title&gt;</c>, Markdown front matter), or <c>null</c>.</param>
/// <param name="Date">The publication date the markup gave, or <c>null</c>.</param>
/// <param name="UnreadDate">A date the markup gave in a form that could not be read (e.g. <c>March 1st</c>),
/// so a caller can say so; <c>null</c> when there was none or it was read.</param>
public sealed record ArticleText(string Text, string? Title, DateOnly? Date, string? UnreadDate = null);
