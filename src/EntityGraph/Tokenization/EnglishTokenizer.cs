using EntityGraph.Documents;

namespace EntityGraph.Tokenization;

/// <summary>
/// Tokenizer for English news text. Tokens are spans of the unchanged text with a kind, a space-after flag
/// and, where it differs, a normalised form (straight apostrophes and quotes, hyphens for dashes).
/// </summary>
/// <remarks>
/// <para>Decisions, with examples (the tests hold every case):</para>
/// <list type="bullet">
/// <item><description>Clitics split off with a straight-apostrophe normalised form: <c>China’s</c> → <c>China</c>
/// <c>’s</c> ('s); <c>don't</c> → <c>do</c> <c>n't</c>; <c>can't</c> → <c>ca</c> <c>n't</c>; also 'll 're 've 'd 'm.
/// Other inner apostrophes stay in the word (<c>O'Brien</c>).</description></item>
/// <item><description>A trailing apostrophe after a word in s is a possessive clitic (<c>Koreans'</c>,
/// <c>Workers’ Party</c>) unless a single quotation opened earlier is still open, in which case it is the closing
/// quote (<c>‘… with the US’.</c>). An open quotation is forgotten at a blank line.</description></item>
/// <item><description>Hyphens: two capitalised parts are a dyad and split (<c>DPRK–China</c>,
/// <c>US-China</c>); lower-case compounds (<c>self-defence</c>, <c>pro-American</c>) and capitalised-then-lower
/// names (<c>Kim Il-sung</c>) stay whole, as do listed prefixes and compounds (<c>Pro-Russian</c>,
/// <c>Sino-Japanese</c>, <c>Guinea-Bissau</c>; data file <c>tokenizer-compounds.txt</c>). En and em dashes
/// never join: they are punctuation, normalised to <c>-</c>. Dates and scores with hyphens are one number
/// (<c>2014-04-30</c>, <c>1-0</c>).</description></item>
/// <item><description>Abbreviations keep their period: listed ones (<c>Mr.</c>, <c>Gen.</c>, <c>Jan.</c>,
/// <c>No.</c>; data file <c>tokenizer-abbreviations.txt</c>), single capital initials (<c>J.</c>) and
/// letter-period patterns (<c>U.S.</c>, <c>D.P.R.K.</c>). Any other period is its own punctuation token.</description></item>
/// <item><description>Numbers keep separators, decimals, a percent sign and a magnitude or unit suffix
/// (<c>1,000.50</c>, <c>10%</c>, <c>5bn</c>, <c>2000s</c>, <c>-3.5</c>); a currency sign is a separate symbol
/// (<c>$5bn</c> → <c>$</c> <c>5bn</c>), with up to three capitals glued to a dollar sign (<c>US$</c>, <c>HK$</c>).</description></item>
/// <item><description>URLs, e-mail addresses, handles, hashtags and emoji sequences (ZWJ, skin tones, flags,
/// keycaps) are one token each; runs of <c>!</c>/<c>?</c> and ellipses are one punctuation token.</description></item>
/// <item><description>No input throws. White space is skipped; every other character ends up in exactly one
/// token (control characters as Control, lone surrogates as Other). Runs in linear time.</description></item>
/// </list>
/// <para>Thread-safe: the instance holds only frozen data; each call keeps its state on the stack.</para>
/// </remarks>
public sealed class EnglishTokenizer : ITokenizer
{
    private readonly TokenizerLexicon _lexicon;

    /// <summary>Creates a tokenizer with the exception lists shipped in the assembly.</summary>
    /// <exception cref="InvalidDataException">A shipped list is malformed (the message names resource and line).</exception>
    public EnglishTokenizer()
        : this(TokenizerLexicon.Default)
    {
    }

    internal EnglishTokenizer(TokenizerLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    /// <inheritdoc />
    public void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        new TokenScanner(text, tokens, _lexicon).Run();
    }
}
