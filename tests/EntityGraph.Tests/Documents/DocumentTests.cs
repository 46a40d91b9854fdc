using EntityGraph.Documents;
using NUnit.Framework;

namespace EntityGraph.Tests.Documents;

public class DocumentTests
{
    /// <summary>A document is immutable: tokens handed over in a list the caller keeps are copied, not shared.</summary>
    [Test]
    public void Tokens_given_as_a_list_are_copied()
    {
        var doc = Document.Create("Seoul protested.");
        var tokens = new List<Token>
        {
            new(new TextSpan(0, 5), TokenKind.Word, spaceAfter: true),
            new(new TextSpan(6, 9), TokenKind.Word, spaceAfter: false),
        };
        var withTokens = doc.WithTokens(tokens, [new Sentence(0, 2, new TextSpan(0, 15))]);
        tokens.Clear();
        Assert.That(withTokens.Tokens, Has.Count.EqualTo(2));
        Assert.That(withTokens.TextOf(withTokens.Tokens[1]), Is.EqualTo("protested"));
        Assert.That(withTokens.WithEntities([]).Tokens, Is.SameAs(withTokens.Tokens), "later layers share the copy");
    }
}
