using System.Buffers;
using System.Runtime.InteropServices;
using EntityGraph.Documents;

namespace EntityGraph.Segmentation;

/// <summary>
/// Splits English news text, including reader comments, into sentences with a few ordered rules over the
/// tokens and the white space between them:
/// <list type="number">
/// <item>A blank line (or U+2029) always ends a sentence; a bullet token always starts one, and so does a
/// line opening with a list number (<c>1.</c>).</item>
/// <item><c>!</c> and <c>?</c> (and runs like <c>?!</c>) and a period end a sentence unless a comma,
/// semicolon, colon or a lower-case word follows. Closing quotes and brackets that touch the stop stay in
/// the sentence it ends (<c>…dream!’ The statement…</c>). A stop alone in brackets (<c>first(?) state</c>)
/// ends nothing, nor does the period of a list number opening a sentence (<c>1. First item</c>).</item>
/// <item>An ellipsis ends a sentence when a capitalised word follows, or a line break that is not followed
/// by a lower-case word.</item>
/// <item>Abbreviations (tokens of kind <see cref="TokenKind.Abbreviation"/>) do not end sentences, except: a
/// title (<c>Mr.</c>, <c>Gen.</c>, <c>St.</c>) never does; any other abbreviation does when the next word is
/// capitalised and is either a common sentence starter (<c>the U.S. The next day</c>) or on the next line
/// (but not an initial after a capitalised word or another initial: <c>George W.⏎Bush</c>). A lone capital
/// letter the tokenizer left apart from its period (<c>I .</c>) is treated as an initial.</item>
/// <item>A single line break ends a sentence only after a line without final punctuation that looks like a
/// headline or a name line (at most 40 characters, mostly capitalised words, or at most half as long as
/// the next line) and when the next line does not start in lower case. Hard-wrapped prose therefore
/// stays whole.</item>
/// </list>
/// The titles and sentence starters are embedded resources (<c>segmentation-titles.txt</c>,
/// <c>segmentation-sentence-starters.txt</c>). The splitter is stateless and thread-safe, never throws on
/// any text or tokens, and runs in time linear in the number of tokens and characters.
/// </summary>
public sealed class RuleSentenceSplitter : ISentenceSplitter
{
    private readonly SegmentationLexicon _lexicon;

    /// <summary>Creates a splitter with the built-in word lists.</summary>
    /// <exception cref="InvalidDataException">An embedded word list is missing or malformed (a packaging bug).</exception>
    public RuleSentenceSplitter()
        : this(SegmentationLexicon.Default)
    {
    }

    internal RuleSentenceSplitter(SegmentationLexicon lexicon) => _lexicon = lexicon;

    /// <inheritdoc />
    /// <remarks>
    /// Every token ends up in exactly one sentence, in order, and no sentence is empty. A sentence's
    /// <see cref="Sentence.Span"/> runs from its first token's start to its last token's end (offsets lying
    /// outside <paramref name="text"/> are clamped to it).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tokens"/> or <paramref name="sentences"/> is null.</exception>
    public void Split(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        if (tokens.Count == 0) return;

        // The pipeline hands over a List<Token>; scan its backing array directly instead of going through
        // the interface indexer for every look-ahead.
        switch (tokens)
        {
            case List<Token> list:
                new SentenceScanner(text, CollectionsMarshal.AsSpan(list), _lexicon, sentences).Run();
                return;
            case Token[] array:
                new SentenceScanner(text, array, _lexicon, sentences).Run();
                return;
        }

        int count = tokens.Count;
        Token[] copy = ArrayPool<Token>.Shared.Rent(count);
        try
        {
            for (int i = 0; i < count; i++) copy[i] = tokens[i];
            new SentenceScanner(text, copy.AsSpan(0, count), _lexicon, sentences).Run();
        }
        finally
        {
            // Tokens hold strings (normalised forms); clear so the pool does not keep them alive.
            ArrayPool<Token>.Shared.Return(copy, clearArray: true);
        }
    }
}
