using EntityGraph.Documents;
using EntityGraph.Knowledge;
using EntityGraph.Recognition;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition;

/// <summary>
/// Every matchable name of the built-in knowledge base, set in a sentence, is found as one mention of its
/// own entry covering exactly the name: names and text go through the same tokenizer, so no name can be
/// unreachable because it splits differently in context.
/// </summary>
public class GazetteerDataTests
{
    private static readonly Pipeline Gazetteer = new PipelineBuilder()
        .AddRecognizer(GazetteerRecognizer.ForCountries())
        .ClearRelationExtractors()
        .Build();

    [Test]
    public void Every_matchable_name_is_found_in_a_sentence()
    {
        var failures = new List<string>();
        int checkedNames = 0;
        foreach (var entry in KnowledgeBase.Countries.Entries)
        {
            foreach (var name in entry.Names.Where(n => n.IsMatchable))
            {
                checkedNames++;
                string text = $"They spoke of {name.Text} today.";
                var doc = Gazetteer.Process(text);
                var expectedType = name.Kind == NameKind.Demonym ? EntityType.Nationality : entry.Type;
                var found = doc.Mentions.Select(m => (doc.TextOf(m.Span), m.Key, m.Type)).ToArray();
                if (found.Length != 1 || found[0] != (name.Text, entry.Key, expectedType))
                    failures.Add($"{entry.Key} {name.Kind} '{name.Text}': {string.Join(", ", found)}");
            }
        }
        Assert.That(checkedNames, Is.GreaterThan(1500), "about 1,800 names today");
        Assert.That(failures, Is.Empty);
    }
}
