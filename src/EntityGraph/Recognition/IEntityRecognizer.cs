using EntityGraph.Documents;

namespace EntityGraph.Recognition;

/// <summary>
/// Finds entity mentions in a tokenised document. Recognizers may return overlapping mentions; the pipeline's
/// <see cref="MentionMerger"/> turns the output of all recognizers into one non-overlapping layer.
/// Implementations must be thread-safe.
/// </summary>
public interface IEntityRecognizer
{
    /// <summary>A short name recorded on each mention (<see cref="Mention.Recognizer"/>).</summary>
    string Name { get; }

    /// <summary>Appends the mentions found in <paramref name="document"/> to <paramref name="mentions"/>.</summary>
    /// <param name="document">A document with tokens and sentences.</param>
    /// <param name="mentions">The list to append to.</param>
    void Recognize(Document document, List<Mention> mentions);
}
