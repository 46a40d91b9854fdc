using EntityGraph.Documents;
using EntityGraph.Knowledge;
using EntityGraph.Recognition.Combination;
using EntityGraph.Resolution;

namespace EntityGraph.Recognition;

/// <summary>
/// Turns the possibly overlapping mentions of several recognizers into one non-overlapping layer, combining
/// knowledge mentions (those with a <see cref="Mention.Key"/>, from the gazetteer) with statistical ones
/// (without a key, from the perceptron). Thread-safe; allocates only the result.
/// </summary>
/// <remarks>
/// <para><b>1. Tidy the statistical mentions</b> (needs the document's tokens). A possessive after generic words
/// splits a name and the part after wins ("Party’s Organisation and Guidance Department" → "Organisation and
/// Guidance Department"), while one after a name word stays ("Korean People's Army"); one at the end is
/// dropped. A leading article is trimmed ("The UN" → "UN"). Titles are trimmed from the front of a person ("Chairman Xi" →
/// "Xi") and from the end of a person or organisation ("OGD First" → "OGD"). A person or organisation made
/// only of titles and generic words ("Party", "Ministry") is dropped. Two person mentions side by side on one
/// line, from one recognizer, are one name ("Xi" + "Jin Ping" → "Xi Jin Ping"). An initial left alone ("Alas my S.")
/// is dropped.</para>
/// <para><b>2. Overlaps within one sort</b> (knowledge with knowledge, statistical with statistical): the longer
/// mention wins (in tokens); on equal length the recognizer listed earlier; then the leftmost; then the more
/// confident.</para>
/// <para><b>3. A knowledge mention K against a statistical mention S</b>, where the types are compatible when
/// they describe the same thing (Country ~ LOC or ORG, Location ~ LOC, Nationality ~ MISC, PoliticalParty or
/// Organization ~ ORG, Person ~ PER):
/// <list type="bullet">
/// <item>Same span, compatible types: K's key and fine type, confidence 1 − (1 − k)(1 − s), at most
/// <see cref="AgreementCap"/>.</item>
/// <item>Same span, conflicting types: K wins with confidence k·(1 − s/2), unless K is weak (an ambiguous
/// name, confidence ≤ <see cref="GazetteerRecognizer.AmbiguousConfidence"/>): then S wins.</item>
/// <item>S longer and containing K: S wins (its span and type, no key): "China" inside "Bank of China" or
/// "Korean" inside "Korean Workers’ Party" belongs to a bigger name. Exception: a known party or organisation
/// at the start followed by a capitalised word is the body the rest belongs to, so both are kept ("KWP" +
/// "Central Party Committee").</item>
/// <item>K longer and containing S: K wins; its confidence rises as for agreement when the types are
/// compatible.</item>
/// <item>Crossing spans: K wins unless it is weak.</item>
/// </list></para>
/// <para><b>4. Alone.</b> A knowledge mention alone keeps its confidence, except a weak one, which needs context
/// and is multiplied by <see cref="UnconfirmedFactor"/>. A statistical mention alone is typed: PER → Person;
/// ORG → PoliticalParty when its head word is a party word ("…Party", "Workers’ Party", "Communist Party of
/// China") else Organization; LOC → Country with the country's key when the knowledge base names a country so,
/// else Location; MISC → Nationality keyed to its country when it is a known demonym, else Misc.</para>
/// <para>Mentions that lie outside the document's tokens (a recognizer defect) are left out. Without a
/// document only steps 2 and 3 run, on spans alone.</para>
/// </remarks>
public static class MentionMerger
{
    /// <summary>Highest confidence two agreeing recognizers give a mention.</summary>
    public const double AgreementCap = 0.99;

    /// <summary>Factor applied to a weak (ambiguous) knowledge mention that no statistical mention supports.</summary>
    public const double UnconfirmedFactor = 0.8;

    private static readonly Lazy<MentionCombiner> DefaultCombiner =
        new(() => new MentionCombiner(null, ResolutionLexicon.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Merges <paramref name="candidates"/> into a non-overlapping list in text order, on spans alone.</summary>
    /// <param name="candidates">Mentions from all recognizers.</param>
    /// <param name="recognizerOrder">Recognizer names in priority order; unknown names rank last.</param>
    public static IReadOnlyList<Mention> Merge(IReadOnlyList<Mention> candidates, IReadOnlyList<string> recognizerOrder)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(recognizerOrder);
        return DefaultCombiner.Value.Combine(null, candidates, recognizerOrder);
    }

    /// <summary>
    /// Merges <paramref name="candidates"/> found in <paramref name="document"/> into a non-overlapping list in
    /// text order, with every rule of the policy (see the remarks on <see cref="MentionMerger"/>).
    /// </summary>
    /// <param name="document">The tokenised document the mentions point into.</param>
    /// <param name="candidates">Mentions from all recognizers.</param>
    /// <param name="recognizerOrder">Recognizer names in priority order; unknown names rank last.</param>
    /// <param name="knowledge">The knowledge base used to type statistical mentions; <c>null</c> for
    /// <see cref="KnowledgeBase.Default"/>.</param>
    public static IReadOnlyList<Mention> Merge(Document document, IReadOnlyList<Mention> candidates,
        IReadOnlyList<string> recognizerOrder, KnowledgeBase? knowledge = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(recognizerOrder);
        var combiner = knowledge is null ? DefaultCombiner.Value : new MentionCombiner(knowledge, ResolutionLexicon.Default);
        return combiner.Combine(document, candidates, recognizerOrder);
    }
}
