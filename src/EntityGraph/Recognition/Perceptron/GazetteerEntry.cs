namespace EntityGraph.Recognition.Perceptron;

/// <summary>One phrase of a name list.</summary>
/// <param name="Phrase">The phrase as tokens separated by single spaces (<c>United Nations</c>,
/// <c>U.N.</c>); matched case-insensitively against token texts.</param>
/// <param name="Category">The list the phrase belongs to.</param>
public readonly record struct GazetteerEntry(string Phrase, GazetteerCategory Category);
