using System.Collections.Frozen;
using System.Reflection;

namespace EntityGraph.Tokenization;

/// <summary>
/// The tokenizer's exception lists, loaded from data files and frozen: abbreviations that keep their period,
/// and the hyphen exceptions that keep a capitalised compound whole. Lookups take spans of the text
/// (alternate lookup), so checking a word does not allocate. Immutable and thread-safe.
/// </summary>
internal sealed class TokenizerLexicon
{
    /// <summary>Resource holding the abbreviations (<c>Mr.</c>, <c>Jan.</c>, <c>Ph.D.</c>), one per line.</summary>
    public const string AbbreviationsResource = "EntityGraph.Resources.tokenizer-abbreviations.txt";

    /// <summary>Resource holding the compound prefixes (<c>Pro-</c>) and whole compounds (<c>Guinea-Bissau</c>).</summary>
    public const string CompoundsResource = "EntityGraph.Resources.tokenizer-compounds.txt";

    // Long enough for every sensible entry; also bounds how far a lookup scans ahead.
    private const int MaxEntryLength = 32;

    private static readonly Lazy<TokenizerLexicon> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _compounds;

    private TokenizerLexicon(FrozenSet<string> abbreviations, FrozenSet<string> prefixes, FrozenSet<string> compounds)
    {
        _abbreviations = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _compounds = compounds.GetAlternateLookup<ReadOnlySpan<char>>();
        AbbreviationCount = abbreviations.Count;
        PrefixCount = prefixes.Count;
        CompoundCount = compounds.Count;
        MaxAbbreviationLength = abbreviations.Count == 0 ? 0 : abbreviations.Max(a => a.Length);
        MaxCompoundLength = compounds.Count == 0 ? 0 : compounds.Max(a => a.Length);
    }

    /// <summary>The lists shipped in the assembly, loaded (and validated) on first use.</summary>
    /// <exception cref="InvalidDataException">A shipped list has a bad entry (the message names resource and line).</exception>
    public static TokenizerLexicon Default => Embedded.Value;

    /// <summary>Number of abbreviations.</summary>
    public int AbbreviationCount { get; }

    /// <summary>Number of compound prefixes.</summary>
    public int PrefixCount { get; }

    /// <summary>Number of whole compounds.</summary>
    public int CompoundCount { get; }

    /// <summary>Length of the longest abbreviation, period(s) included.</summary>
    public int MaxAbbreviationLength { get; }

    /// <summary>Length of the longest whole compound, hyphen included.</summary>
    public int MaxCompoundLength { get; }

    /// <summary>Whether <paramref name="text"/> (period included, exact case) is a listed abbreviation.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> text) => _abbreviations.Contains(text);

    /// <summary>Whether <paramref name="left"/> (without its hyphen, any case) keeps a capitalised compound whole.</summary>
    public bool IsCompoundPrefix(ReadOnlySpan<char> left) => _prefixes.Contains(left);

    /// <summary>Whether <paramref name="compound"/> (<c>Left-Right</c>, any case) is a listed whole compound.</summary>
    public bool IsCompound(ReadOnlySpan<char> compound) => _compounds.Contains(compound);

    /// <summary>Loads and validates the two lists from readers.</summary>
    /// <param name="abbreviations">Abbreviation list: entries end with a period; letters and inner periods only.</param>
    /// <param name="abbreviationsName">Name of that list for error messages.</param>
    /// <param name="compounds">Compound list: <c>Prefix-</c> or <c>Left-Right</c>, letters only.</param>
    /// <param name="compoundsName">Name of that list for error messages.</param>
    /// <exception cref="InvalidDataException">A bad or duplicate entry; the message names the list and the line.</exception>
    public static TokenizerLexicon Load(TextReader abbreviations, string abbreviationsName, TextReader compounds, string compoundsName)
    {
        var abbreviationSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in LexiconFile.Read(abbreviations, abbreviationsName))
        {
            if (CheckAbbreviation(entry.Text) is { } problem)
                throw LexiconFile.Error(abbreviationsName, entry.Line, $"abbreviation '{entry.Text}' {problem}");
            if (!abbreviationSet.Add(entry.Text))
                throw LexiconFile.Error(abbreviationsName, entry.Line, $"abbreviation '{entry.Text}' is listed twice");
        }

        var prefixSet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var compoundSet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in LexiconFile.Read(compounds, compoundsName))
        {
            if (CheckCompound(entry.Text) is { } problem)
                throw LexiconFile.Error(compoundsName, entry.Line, $"compound '{entry.Text}' {problem}");
            bool added = entry.Text.EndsWith('-')
                ? prefixSet.Add(entry.Text[..^1])
                : compoundSet.Add(entry.Text);
            if (!added)
                throw LexiconFile.Error(compoundsName, entry.Line, $"compound '{entry.Text}' is listed twice (case is ignored)");
        }

        return new TokenizerLexicon(
            abbreviationSet.ToFrozenSet(StringComparer.Ordinal),
            prefixSet.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            compoundSet.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    private static TokenizerLexicon LoadEmbedded()
    {
        using var abbreviations = OpenResource(AbbreviationsResource);
        using var compounds = OpenResource(CompoundsResource);
        return Load(abbreviations, AbbreviationsResource, compounds, CompoundsResource);
    }

    private static StreamReader OpenResource(string name)
    {
        var stream = typeof(TokenizerLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"{name}: embedded resource is missing from {typeof(TokenizerLexicon).Assembly.GetName().Name}.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }

    // Returns what is wrong with an abbreviation entry, or null when it is fine.
    private static string? CheckAbbreviation(string text)
    {
        if (text.Length > MaxEntryLength) return $"is longer than {MaxEntryLength} characters";
        if (!text.EndsWith('.')) return "must end with a period";
        if (!char.IsLetter(text[0])) return "must start with a letter";
        for (int k = 1; k < text.Length; k++)
        {
            if (text[k] == '.') { if (text[k - 1] == '.') return "has two periods in a row"; }
            else if (!char.IsLetter(text[k])) return $"may hold only letters and periods, not '{text[k]}'";
        }
        return null;
    }

    // Returns what is wrong with a compound entry, or null when it is fine.
    private static string? CheckCompound(string text)
    {
        if (text.Length > MaxEntryLength) return $"is longer than {MaxEntryLength} characters";
        int hyphen = text.IndexOf('-');
        if (hyphen < 0) return "must contain a hyphen ('Prefix-' or 'Left-Right')";
        if (hyphen == 0) return "must not start with a hyphen";
        if (text.IndexOf('-', hyphen + 1) >= 0) return "may contain only one hyphen";
        for (int k = 0; k < text.Length; k++)
            if (k != hyphen && !char.IsLetter(text[k])) return $"may hold only letters and one hyphen, not '{text[k]}'";
        return null;
    }
}
