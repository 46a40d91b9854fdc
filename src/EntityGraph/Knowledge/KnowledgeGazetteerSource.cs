using EntityGraph.Documents;
using EntityGraph.Recognition.Perceptron;
using EntityGraph.Tokenization;

namespace EntityGraph.Knowledge;

/// <summary>
/// The knowledge base's names as name lists for the perceptron's gazetteer features: countries' names and
/// aliases (<see cref="GazetteerCategory.Country"/>), capitals (<see cref="GazetteerCategory.City"/>), other
/// places (<see cref="GazetteerCategory.Place"/>), demonyms (<see cref="GazetteerCategory.Demonym"/>), and
/// people, parties and organisations as the base grows. Codes and names flagged
/// <see cref="NameFlags.NoMatch"/> are left out: feature lists match without regard to case, where "CAN"
/// is the word "can". Each phrase is the name's tokens (normalised forms, as the tokenizer splits them)
/// joined by single spaces, so "People's" becomes "People 's" just as it does in text.
/// </summary>
/// <remarks>Licence: the lists derive from the ODbL country data (see THIRD-PARTY-NOTICES.md), which a model
/// trained on them carries.</remarks>
public sealed class KnowledgeGazetteerSource : IGazetteerSource
{
    private readonly KnowledgeBase _knowledge;
    private readonly ITokenizer _tokenizer;

    /// <summary>Lists from <paramref name="knowledge"/>, tokenised by <paramref name="tokenizer"/> (default: <see cref="EnglishTokenizer"/>).</summary>
    public KnowledgeGazetteerSource(KnowledgeBase knowledge, ITokenizer? tokenizer = null)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        _tokenizer = tokenizer ?? DefaultStages.Tokenizer;
    }

    /// <inheritdoc />
    /// <remarks>In knowledge-base order, each (phrase, category) once.</remarks>
    public IEnumerable<GazetteerEntry> Entries()
    {
        var seen = new HashSet<GazetteerEntry>();
        var tokens = new List<Token>();
        foreach (var entry in _knowledge.Entries)
        {
            foreach (var name in entry.Names)
            {
                if (!name.IsMatchable || name.Kind == NameKind.Code) continue;
                if (Category(entry, name) is not { } category) continue;
                tokens.Clear();
                _tokenizer.Tokenize(name.Text, tokens);
                if (tokens.Count == 0) continue;
                var phrase = new GazetteerEntry(string.Join(' ', tokens.Select(t => t.NormalizedText(name.Text))), category);
                if (seen.Add(phrase)) yield return phrase;
            }
        }
    }

    private static GazetteerCategory? Category(KnowledgeEntry entry, KnowledgeName name)
    {
        if (name.Kind == NameKind.Demonym) return GazetteerCategory.Demonym;
        return entry.Type switch
        {
            EntityType.Country => GazetteerCategory.Country,
            EntityType.Location => entry.CapitalOf is not null ? GazetteerCategory.City : GazetteerCategory.Place,
            EntityType.Person => GazetteerCategory.Person,
            EntityType.PoliticalParty => GazetteerCategory.Institution,
            EntityType.Organization => GazetteerCategory.Institution,
            EntityType.Nationality => GazetteerCategory.Demonym,
            _ => null,
        };
    }
}
