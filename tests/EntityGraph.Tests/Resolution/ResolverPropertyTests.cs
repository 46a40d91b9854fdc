using EntityGraph.Documents;
using NUnit.Framework;

namespace EntityGraph.Tests.Resolution;

/// <summary>
/// Name-heavy and hostile text through the default pipeline: whatever the recognizers find, the merged layer
/// never overlaps, every mention lands in exactly one entity, ids are unique and nothing throws.
/// </summary>
public class ResolverPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Kim Jong-il", "Kim", "Xi", "Xi Jin Ping", "Chairman", "’s", "'s", "(", ")", "OGD", "KWP", "CPC", "NK",
        "North Korean", "Pyongyang", "said", "has", "criticised", "between", "and", "Party", "Party’s",
        "Workers’", "Central Party Committee", "China", "Chinese", "US", "U.S.", "official", ",", ".", "\n",
        "\u0000", "\uD800", "😀", "  ", "-", "—", "First", "Deputy", "Director", "Ri", "Ri Je-gang", "A.", "S.",
        "Organisation and Guidance Department", "Koryo Air", "the", "of",
    ];

    [Test]
    public void Random_name_soup_resolves_to_a_consistent_entity_layer()
    {
        var pipeline = Pipeline.CreateDefault();
        var rng = new Random(20261129);
        for (int round = 0; round < 300; round++)
        {
            int n = rng.Next(0, 40);
            var parts = new string[n];
            for (int i = 0; i < n; i++) parts[i] = Pieces[rng.Next(Pieces.Length)];
            string text = string.Join(rng.Next(3) == 0 ? "" : " ", parts);

            Document doc = null!;
            Assert.DoesNotThrow(() => doc = pipeline.Process(text), $"round {round}: {text}");
            for (int i = 1; i < doc.Mentions.Count; i++)
                Assert.That(doc.Mentions[i].FirstToken, Is.GreaterThanOrEqualTo(doc.Mentions[i - 1].EndToken), text);
            Assert.That(doc.Entities.Select(e => e.Id), Is.Unique, text);
            Assert.That(doc.Entities.Sum(e => e.Mentions.Count), Is.EqualTo(doc.Mentions.Count), text);
            foreach (var e in doc.Entities)
            {
                Assert.That(e.Id, Does.Contain(':'));
                Assert.That(e.Aliases, Is.Not.Empty);
                foreach (var m in e.Mentions)
                    Assert.That(m.Span.End, Is.LessThanOrEqualTo(text.Length));
            }
        }
    }
}
