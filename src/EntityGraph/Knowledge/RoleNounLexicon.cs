using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace EntityGraph.Knowledge;

/// <summary>
/// The role nouns the library knows ("foreign minister", "party secretaries", "rebels"), looked up by phrase
/// or matched as the longest phrase at a position in a word sequence. Immutable and thread-safe;
/// <see cref="KnowledgeBase.RoleNouns"/> is loaded once, on first use, from the embedded <c>agents.tsv</c>
/// (generated from PETRARCH2) and <c>agents-curated.tsv</c> (our additions).
/// </summary>
/// <remarks>
/// File format: one <c>phrase&lt;TAB&gt;code</c> per line; <c>#</c> starts a comment line. The phrase is
/// lower-case words separated by single spaces; the code is checked by <see cref="RoleNoun.IsValidCode"/>.
/// A phrase may appear once. A bad line stops loading with a <see cref="KnowledgeFormatException"/> naming
/// the file and line.
/// </remarks>
public sealed class RoleNounLexicon
{
    /// <summary>The embedded files behind <see cref="KnowledgeBase.RoleNouns"/>: generated, then our additions.</summary>
    internal static readonly string[] ResourceNames = ["agents.tsv", "agents-curated.tsv"];

    private static readonly Lazy<RoleNounLexicon> DefaultInstance =
        new(() => Load(ResourceNames.Select(KnowledgeSource.FromEmbeddedResource)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, RoleNoun> _byPhrase;
    private readonly FrozenDictionary<string, RoleNoun>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private RoleNounLexicon(List<RoleNoun> nouns)
    {
        _byPhrase = nouns.ToFrozenDictionary(n => n.Phrase, StringComparer.Ordinal);
        _lookup = _byPhrase.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWords = nouns.Count == 0 ? 0 : nouns.Max(n => n.Phrase.Count(c => c == ' ') + 1);
        Count = nouns.Count;
    }

    internal static RoleNounLexicon Default => DefaultInstance.Value;

    /// <summary>Number of phrases.</summary>
    public int Count { get; }

    /// <summary>Number of words in the longest phrase.</summary>
    public int MaxWords { get; }

    /// <summary>Loads and checks a role-noun file.</summary>
    /// <exception cref="KnowledgeFormatException">A line is malformed or repeats a phrase; the message names the source and line.</exception>
    public static RoleNounLexicon Load(KnowledgeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Load([source]);
    }

    /// <summary>Loads and checks role-noun files, read in the order given; a phrase may appear once in all of them.</summary>
    /// <exception cref="KnowledgeFormatException">A line is malformed or repeats a phrase; the message names the source and line.</exception>
    public static RoleNounLexicon Load(IEnumerable<KnowledgeSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var nouns = new List<RoleNoun>();
        var lines = new Dictionary<string, (string Source, int Line)>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
            Read(source, nouns, lines);
        }
        return new RoleNounLexicon(nouns);
    }

    private static void Read(KnowledgeSource source, List<RoleNoun> nouns, Dictionary<string, (string Source, int Line)> lines)
    {
        using var reader = source.Open();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (number == 1 && line.StartsWith('\uFEFF')) line = line[1..];
            if (line.Length == 0 || line[0] == '#') continue;
            string[] cols = line.Split('\t');
            if (cols.Length != 2) throw Error(source, number, $"expected 2 tab-separated columns (phrase, code) but found {cols.Length}");
            string phrase = cols[0], code = cols[1];
            if (!IsValidPhrase(phrase))
                throw Error(source, number, $"phrase '{phrase}' must be lower-case words separated by single spaces");
            if (!RoleNoun.IsValidCode(code))
                throw Error(source, number, $"code '{code}' must be '~' and three-letter upper-case segments ('~GOV') or segments and '~' ('IGO~')");
            if (lines.TryGetValue(phrase, out var first))
                throw Error(source, number, first.Source == source.Name
                    ? $"phrase '{phrase}' is already listed on line {first.Line}"
                    : $"phrase '{phrase}' is already listed in {first.Source} line {first.Line}");
            lines.Add(phrase, (source.Name, number));
            nouns.Add(new RoleNoun(phrase, code));
        }
    }

    /// <summary>
    /// The role noun written <paramref name="phrase"/>, compared without regard to case, runs of white space
    /// or the form of apostrophes ("Foreign  Minister" finds "foreign minister").
    /// </summary>
    public bool TryFind(string phrase, [NotNullWhen(true)] out RoleNoun? noun)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        noun = null;
        if (phrase.Length > 256) return false;
        Span<char> buffer = stackalloc char[phrase.Length];
        int n = 0;
        bool space = false;
        foreach (char raw in phrase)
        {
            if (char.IsWhiteSpace(raw))
            {
                space = n > 0;
                continue;
            }
            if (space) buffer[n++] = ' ';
            space = false;
            buffer[n++] = raw is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(raw);
        }
        return _lookup.TryGetValue(buffer[..n], out noun);
    }

    /// <summary>The role noun written <paramref name="phrase"/> (see <see cref="TryFind"/>), or <c>null</c>.</summary>
    public RoleNoun? Find(string phrase) => TryFind(phrase, out var noun) ? noun : null;

    /// <summary>
    /// The longest role noun made of <paramref name="words"/>[<paramref name="start"/>..], each word compared
    /// as <see cref="TryFind"/> does ("Foreign", "Minister" → "foreign minister").
    /// </summary>
    /// <param name="words">Words of the text, e.g. tokens' normalised texts.</param>
    /// <param name="start">Index of the first word (0-based).</param>
    /// <param name="length">How many words the match covers, or 0 when none.</param>
    /// <returns>The role noun, or <c>null</c>.</returns>
    public RoleNoun? MatchLongest(IReadOnlyList<string> words, int start, out int length)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        length = 0;
        RoleNoun? best = null;
        var phrase = new System.Text.StringBuilder();
        for (int i = start; i < words.Count && i - start < MaxWords; i++)
        {
            if (i > start) phrase.Append(' ');
            phrase.Append(words[i]);
            if (TryFind(phrase.ToString(), out var noun))
            {
                best = noun;
                length = i - start + 1;
            }
        }
        return best;
    }

    private static bool IsValidPhrase(string phrase)
    {
        if (phrase.Length == 0 || phrase[0] == ' ' || phrase[^1] == ' ' || phrase.Contains("  ", StringComparison.Ordinal)) return false;
        foreach (char c in phrase)
            if (char.IsUpper(c) || char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ')) return false;
        return true;
    }

    private static KnowledgeFormatException Error(KnowledgeSource source, int line, string problem) => new(source.Name, line, problem);
}
