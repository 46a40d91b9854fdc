using System.Collections.Frozen;

namespace EntityGraph.Segmentation;

/// <summary>
/// The word lists behind the splitter's abbreviation rules: titles that never end a sentence and words that
/// commonly start one. Immutable and safe to share between threads.
/// </summary>
internal sealed class SegmentationLexicon
{
    /// <summary>Resource holding the titles (<c>Mr</c>, <c>Gen</c>, <c>St</c>…).</summary>
    public const string TitlesResource = "EntityGraph.Resources.segmentation-titles.txt";

    /// <summary>Resource holding the sentence starters (<c>The</c>, <c>He</c>, <c>But</c>…).</summary>
    public const string StartersResource = "EntityGraph.Resources.segmentation-sentence-starters.txt";

    // Loaded on first use and then shared: the lists are read-only, so one copy serves every splitter.
    private static readonly Lazy<SegmentationLexicon> s_default = new(
        () => new SegmentationLexicon(
            WordListReader.ReadResource(TitlesResource),
            WordListReader.ReadResource(StartersResource)),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;

    /// <summary>Creates a lexicon from sets that compare ignoring case.</summary>
    public SegmentationLexicon(FrozenSet<string> titles, FrozenSet<string> starters)
    {
        _titles = titles.GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = starters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon built from the embedded resources.</summary>
    /// <exception cref="InvalidDataException">A resource is missing or malformed (a packaging bug).</exception>
    public static SegmentationLexicon Default => s_default.Value;

    /// <summary>
    /// Whether <paramref name="word"/> (without its period) is a title such as <c>Gen</c>. Only words that
    /// start with an upper-case letter qualify, so the lower-case <c>gen.</c> of slang is not a title.
    /// </summary>
    public bool IsTitle(ReadOnlySpan<char> word) =>
        !word.IsEmpty && char.IsUpper(word[0]) && _titles.Contains(word);

    /// <summary>Whether <paramref name="word"/> starts with an upper-case letter and commonly opens a sentence.</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) =>
        !word.IsEmpty && char.IsUpper(word[0]) && _starters.Contains(word);
}
