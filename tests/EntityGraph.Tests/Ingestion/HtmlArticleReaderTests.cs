using System.Net;
using EntityGraph.Ingestion;
using NUnit.Framework;

namespace EntityGraph.Tests.Ingestion;

public class HtmlArticleReaderTests
{
    [Test]
    public void Scripts_styles_and_comments_are_dropped_and_entities_decoded()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head><title>Seoul &amp; Tokyo</title>
            <script>var s = "<p>Russia</p>"; if (a < b) {}</script>
            <style>p { color: red }</style></head>
            <body><!-- France --><p>Japan&#39;s envoy met South&nbsp;Korea&rsquo;s minister &lt;today&gt;.</p></body></html>
            """;

        var article = HtmlArticleReader.Read(html);

        Assert.That(article.Title, Is.EqualTo("Seoul & Tokyo"));
        Assert.That(article.Text, Is.EqualTo("Seoul & Tokyo\n\nJapan's envoy met South\u00A0Korea\u2019s minister <today>."));
        Assert.That(article.Text, Does.Not.Contain("Russia").And.Not.Contain("France").And.Not.Contain("color"));
        Assert.That(article.Date, Is.Null);
    }

    [Test]
    public void Blocks_are_paragraphs_br_is_a_line_break_and_inline_tags_join_words()
    {
        const string html = "<div><h1>Headline</h1><p>First <b>bold</b><i>ly</i>\n   said.</p><p>Line one<br>line two<br/><br>after a gap</p><ul><li>One</li><li>Two</li></ul><table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table></div>";

        var text = HtmlArticleReader.Read(html).Text;

        Assert.That(text, Is.EqualTo("Headline\n\nFirst boldly said.\n\nLine one\nline two\n\nafter a gap\n\nOne\n\nTwo\n\nA B\nC"));
    }

    [Test]
    public void The_title_is_not_repeated_when_the_body_starts_with_it()
    {
        var article = HtmlArticleReader.Read("<title> Talks  resume </title><h1>Talks resume</h1><p>Body.</p>");
        Assert.That(article.Title, Is.EqualTo("Talks resume"));
        Assert.That(article.Text, Is.EqualTo("Talks resume\n\nBody."));
    }

    [TestCase("<meta name=\"date\" content=\"2014-03-01\">", 2014, 3, 1)]
    [TestCase("<meta property='article:published_time' content='2014-05-02T23:30:00-05:00'>", 2014, 5, 2)]
    [TestCase("<META CONTENT=2015-12-31 NAME=DC.date>", 2015, 12, 31)]
    public void The_publication_date_comes_from_meta(string meta, int y, int m, int d)
    {
        var article = HtmlArticleReader.Read($"<html><head>{meta}</head><body><p>Text.</p></body></html>");
        Assert.That(article.Date, Is.EqualTo(new DateOnly(y, m, d)));
        Assert.That(article.UnreadDate, Is.Null);
    }

    [Test]
    public void An_unreadable_meta_date_is_handed_back_not_guessed()
    {
        var article = HtmlArticleReader.Read("<meta name=\"date\" content=\"March 1st, 2014\"><p>Text.</p>");
        Assert.That(article.Date, Is.Null);
        Assert.That(article.UnreadDate, Is.EqualTo("March 1st, 2014"));
    }

    [Test]
    public void Hidden_elements_are_dropped_with_their_content_even_when_nested()
    {
        const string html = "<p>Before</p><svg><title>Icon</title><svg><text>inner</text></svg><text>outer</text></svg><noscript>Enable JS</noscript><template><p>Tpl</p></template><p>After</p>";
        var article = HtmlArticleReader.Read(html);
        Assert.That(article.Text, Is.EqualTo("Before\n\nAfter"));
        Assert.That(article.Title, Is.Null, "an SVG title is not the page's title");
    }

    [TestCase("<p>a</p><noscript>b<p>c", "a\n\nb\n\nc")]
    [TestCase("<p>a</p><svg><text>x</text></svg><button>b<p>c", "a\n\nb\n\nc")]
    [TestCase("<noscript><noscript>x</noscript>y", "xy")]
    public void A_hidden_element_that_never_closes_does_not_swallow_the_rest(string html, string expected)
    {
        Assert.That(HtmlArticleReader.Read(html).Text, Is.EqualTo(expected));
    }

    [Test]
    public void Pre_keeps_its_white_space()
    {
        Assert.That(HtmlArticleReader.Read("<p>a</p><pre>x  y\r\n  z</pre><p>b</p>").Text, Is.EqualTo("a\n\nx  y\n  z\n\nb"));
    }

    // Found by MarkupReaderPropertyTests (replay seed 10592142119249522119,6398856977231171299,42): blank lines
    // inside <pre> came out as written, three newlines and more, against the promise of one blank line at most.
    [TestCase("<pre>a\n\n\nb</pre>", "a\n\nb")]
    [TestCase("<pre>a\r\n\r\n\r\n\r\n  b\n\n\n\n\nc</pre>", "a\n\n  b\n\nc")]
    [TestCase("<pre><!DOCTYPE html><!DOCTYPE html>&#39;&#xD800;\n\n\n&#39;&bogus;", "'&#xD800;\n\n'&bogus;")]
    public void Pre_keeps_one_blank_line_of_a_run(string html, string expected) =>
        Assert.That(HtmlArticleReader.Read(html).Text, Is.EqualTo(expected));

    [TestCase("a < b and c > d", "a < b and c > d")]
    [TestCase("x <3 y", "x <3 y")]
    [TestCase("text <p unclosed", "text")]
    [TestCase("<a href=\"x>y\">link</a> after", "link after")]
    [TestCase("<!-- never closed", "")]
    [TestCase("</ >stray", "stray")]
    [TestCase("<script>never closed", "")]
    [TestCase("", "")]
    public void Malformed_markup_never_throws(string html, string expected)
    {
        Assert.That(HtmlArticleReader.Read(html).Text, Is.EqualTo(expected));
    }

    /// <summary>
    /// The seed article as a news page would carry it: its paragraphs as &lt;p&gt; (lines joined by &lt;br&gt;), its
    /// headline as &lt;title&gt; and &lt;h1&gt;, with navigation scripts, a style sheet, a JSON-LD block and comments
    /// around. What comes out must be the article: every paragraph, each line with its white space collapsed
    /// (as a browser shows it), paragraphs apart by one blank line — and nothing else.
    /// </summary>
    [Test]
    public void The_seed_article_as_a_web_page_reads_back_as_its_text()
    {
        string seed = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt"));
        var paragraphs = seed.Split('\n')
            .Aggregate(new List<List<string>> { new() }, (acc, line) =>
            {
                if (line.Trim().Length == 0) { if (acc[^1].Count > 0) acc.Add([]); }
                else acc[^1].Add(string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                return acc;
            })
            .Where(p => p.Count > 0).ToList();
        string Html(List<string> lines) => string.Join("<br>\n      ", lines.Select(l => WebUtility.HtmlEncode(l)));
        string page = $$"""
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8"><title>{{Html(paragraphs[0])}}</title>
            <meta property="article:published_time" content="2014-05-12T09:00:00+09:00">
            <style>body { font: 12px serif } p > a { color: red }</style>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Russia China Japan"}</script>
            </head><body>
            <script>document.write("<p>United States</p>");</script>
            <article><header><h1>{{Html(paragraphs[0])}}</h1></header>
            <!-- <p>Germany</p> -->
            {{string.Concat(paragraphs.Skip(1).Select(p => $"<p>{Html(p)}</p>\n"))}}
            </article>
            <template><p>France</p></template>
            </body></html>
            """;
        string expected = string.Join("\n\n", paragraphs.Select(p => string.Join('\n', p)));

        var article = HtmlArticleReader.Read(page);

        Assert.That(article.Text, Is.EqualTo(expected));
        Assert.That(article.Title, Is.EqualTo(paragraphs[0][0]));
        Assert.That(article.Date, Is.EqualTo(new DateOnly(2014, 5, 12)));
    }
}
