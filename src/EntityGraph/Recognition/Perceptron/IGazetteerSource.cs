namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// Supplies the name lists behind the perceptron's gazetteer features. The trainer reads the lists once and
/// stores them inside the model, so a trained model always carries exactly the lists it learned from; a
/// source is only needed to train (for example one built from the knowledge base, or from the PETRARCH-2 and
/// country data). Lists must come from sources whose licence allows shipping them with the model.
/// </summary>
public interface IGazetteerSource
{
    /// <summary>Every phrase, in a stable order (the order does not change the model, but makes it reproducible).</summary>
    IEnumerable<GazetteerEntry> Entries();
}
