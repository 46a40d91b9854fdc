using EntityGraph.Ingestion;
using NUnit.Framework;

namespace EntityGraph.Tests.Ingestion;

public class MarkdownArticleReaderTests
{
    [Test]
    public void Headings_emphasis_links_and_code_lose_their_markup_and_keep_their_words()
    {
        const string md = "# Russia and *Ukraine* #\nRussia **sanctioned** [Ukraine](http://example.org \"t\") and ![the flag](f.png).\nSee `snake_case` and __strong__ ~~old~~ text.\n";

        var text = MarkdownArticleReader.Read(md).Text;

        Assert.That(text, Is.EqualTo("Russia and Ukraine\n\nRussia sanctioned Ukraine and the flag.\nSee snake_case and strong old text."));
    }

    [TestCase("2 * 3 * 4 = 24", "2 * 3 * 4 = 24")]
    [TestCase("snake_case_name stays", "snake_case_name stays")]
    [TestCase("an *unclosed emphasis", "an *unclosed emphasis")]
    [TestCase("escaped \\*stars\\* stay", "escaped *stars* stay")]
    [TestCase("* a list item", "* a list item")]
    [TestCase("- dash item with *it*", "- dash item with it")]
    [TestCase("1. numbered", "1. numbered")]
    [TestCase("> quoted *text*", "quoted text")]
    [TestCase("see <https://example.org/x>", "see https://example.org/x")]
    [TestCase("[ref link][1] here", "ref link here")]
    [TestCase("[not a link] here", "[not a link] here")]
    [TestCase("#hashtag is text", "#hashtag is text")]
    public void Only_clear_markup_is_removed(string line, string expected)
    {
        Assert.That(MarkdownArticleReader.Read(line).Text, Is.EqualTo(expected));
    }

    [Test]
    public void Front_matter_gives_title_and_date_and_is_not_text()
    {
        const string md = "---\ntitle: \"Kremlin news\"\ndate: 2014-06-01\ntags: [a, b]\n---\nBody text.\n";
        var article = MarkdownArticleReader.Read(md);
        Assert.That(article.Title, Is.EqualTo("Kremlin news"));
        Assert.That(article.Date, Is.EqualTo(new DateOnly(2014, 6, 1)));
        Assert.That(article.Text, Is.EqualTo("Kremlin news\n\nBody text."));
    }

    [Test]
    public void Rules_underlines_fences_and_link_definitions()
    {
        const string md = "Title\n=====\n\nPara one\n\n---\n\n```csharp\nvar x = *y*;\n```\n\n[1]: http://example.org\nEnd.";
        Assert.That(MarkdownArticleReader.Read(md).Text, Is.EqualTo("Title\n\nPara one\n\nvar x = *y*;\n\nEnd."));
    }

    [Test]
    public void Crlf_line_ends_become_lf()
    {
        Assert.That(MarkdownArticleReader.Read("a\r\nb\r\n\r\nc").Text, Is.EqualTo("a\nb\n\nc"));
    }

    [Test]
    public void Rules_around_prose_at_the_top_are_not_front_matter()
    {
        const string md = "---\nRussia met China in Beijing.\n---\nMore text.";
        var article = MarkdownArticleReader.Read(md);
        Assert.That(article.Text, Is.EqualTo("Russia met China in Beijing.\n\nMore text."));
        Assert.That(article.Title, Is.Null);
    }
}
