using EntityGraph.Documents;

namespace EntityGraph.Recognition;

/// <summary>STUB — being written.</summary>
public sealed class GazetteerRecognizer : IEntityRecognizer
{
    /// <summary>A recognizer for country names, codes and demonyms.</summary>
    public static GazetteerRecognizer ForCountries() => new();

    /// <inheritdoc />
    public string Name => "gazetteer";

    /// <inheritdoc />
    public void Recognize(Document document, List<Mention> mentions) { }
}
