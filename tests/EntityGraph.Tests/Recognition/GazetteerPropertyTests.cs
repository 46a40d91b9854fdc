using EntityGraph.Documents;
using EntityGraph.Recognition;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace EntityGraph.Tests.Recognition;

/// <summary>
/// For any input the gazetteer and the resolver do not throw, the mentions lie on token boundaries inside
/// the text, in order, without overlap, and every mention ends up in exactly one entity.
/// </summary>
public sealed class GazetteerPropertyTests
{
    private static readonly Pipeline Gazetteer = new PipelineBuilder()
        .AddRecognizer(GazetteerRecognizer.ForCountries())
        .ClearRelationExtractors()
        .Build();

    // Name pieces mixed with case changes, punctuation, line breaks and characters easy to mishandle.
    private static readonly string[] Pieces =
    [
        "North", "NORTH", "north", "Korea", "KOREA", "Korean", "Koreans", "Democratic", "People", "’s", "'s",
        "Republic", "of", "the", "US", "us", "U.S.", "USA", "PRK", "CAN", "AND", "China", "china", "Chinese",
        "Georgia", "New", "Mexico", "South", "America", "Pyongyang", "-", ".", ",", "!", " ", " ", " ", "\n",
        "\n\n", "\t", "’", "\"", "😀", "\u200B", "\uD800", "x",
    ];

    private static readonly Gen<string> NameHeavyText = Gen.ArrayOf(Gen.Elements(Pieces)).Select(string.Concat);

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool Any_string_gives_well_formed_mentions(string? text) => WellFormed(text ?? "");

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Name_heavy_text_gives_well_formed_mentions() =>
        Prop.ForAll(NameHeavyText.ToArbitrary(), WellFormed);

    private static bool WellFormed(string text)
    {
        var doc = Gazetteer.Process(text);
        int previousEnd = 0;
        foreach (var m in doc.Mentions)
        {
            if (m.TokenCount < 1 || m.FirstToken < 0 || m.EndToken > doc.Tokens.Count) return false;
            if (m.Span.Start != doc.Tokens[m.FirstToken].Start || m.Span.End != doc.Tokens[m.EndToken - 1].End) return false;
            if (m.FirstToken < previousEnd) return false;
            if (m.Key is null || m.Recognizer != "gazetteer") return false;
            previousEnd = m.EndToken;
        }
        var inEntities = doc.Entities.SelectMany(e => e.Mentions).ToList();
        return inEntities.Count == doc.Mentions.Count && doc.Mentions.All(m => inEntities.Contains(m))
            && doc.Entities.All(e => e.Aliases.Count > 0 && e.Id == e.Mentions[0].Key);
    }
}
