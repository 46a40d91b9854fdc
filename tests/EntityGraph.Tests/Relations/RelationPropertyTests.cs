using EntityGraph.Documents;
using EntityGraph.Recognition;
using EntityGraph.Relations;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>
/// For any input, event and structural extraction do not throw, relations name entities of the document,
/// evidence lies inside its sentence, and the same text gives the same relations.
/// </summary>
public sealed class RelationPropertyTests
{
    // Countries only (fast) plus both relation extractors.
    private static readonly Pipeline Relations = new PipelineBuilder()
        .AddRecognizer(GazetteerRecognizer.ForCountries())
        .AddRelationExtractor(new EventExtractor())
        .AddRelationExtractor(new StructuralExtractor())
        .Build();

    // Actors, event verbs, clause words and marks the heuristics read, mixed with noise.
    private static readonly string[] Pieces =
    [
        "France", "Germany", "Chile", "Peru", "Russian", "Chinese", "Moscow", "criticized", "attacked", "agreed",
        "to", "threatened", "was", "were", "by", "not", "n't", "and", ",", "with", "against", "between", "the", "a",
        "our", "us", "‘", "’", "'", "\"", "“", "”", "said", "that", "must", "will", "would", "willing", "'s",
        "President", "son", "of", "capital", "member", ".", " ", " ", " ", "\n\n", "😀", "\uD800", "x", "rejected",
        "sanctions", "trade", "decrease", "expand", "critical", "while", ";",
    ];

    private static readonly Gen<string> ActorHeavyText = Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Join(' ', p));

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public bool Any_string_gives_well_formed_relations(string? text) => WellFormed(text ?? "");

    [FsCheck.NUnit.Property(MaxTest = 400)]
    public Property Actor_heavy_text_gives_well_formed_relations() => Prop.ForAll(ActorHeavyText.ToArbitrary(), WellFormed);

    private static bool WellFormed(string text)
    {
        var doc = Relations.Process(text);
        EventExtractorTests.AssertInvariants(doc);
        var again = Relations.Process(text);
        Assert.That(again.Relations, Is.EqualTo(doc.Relations));
        return true;
    }
}
