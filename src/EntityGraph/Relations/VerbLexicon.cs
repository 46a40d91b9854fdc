using System.Collections.Frozen;
using EntityGraph.Knowledge;

namespace EntityGraph.Relations;

/// <summary>
/// Event verbs: the PETRARCH-2 verb dictionary reduced to verb forms, block codes and post-verb patterns
/// (<c>verbs-cameo.tsv</c>), plus EntityGraph's own additions (<c>verbs-entitygraph.tsv</c>). Lines:
/// <c>B	block	code</c> declares a verb block and its default code, <c>V	block	code	forms</c> adds verb
/// forms (words of a multi-word verb joined by <c>_</c>), <c>P	block	code	items</c> adds a pattern whose
/// items must follow the verb in order (alternatives joined by <c>|</c>). A code is <c>-</c> (none), a CAMEO
/// code, or a pair <c>active:passive</c> where either half may be empty. Immutable and thread-safe.
/// </summary>
public sealed class VerbLexicon
{
    /// <summary>The shipped files, in load order.</summary>
    public static IReadOnlyList<string> DefaultResources { get; } = ["verbs-cameo.tsv", "verbs-entitygraph.tsv"];

    private static readonly Lazy<VerbLexicon> DefaultInstance = new(
        () => Load(DefaultResources.Select(KnowledgeSource.FromEmbeddedResource), CameoTable.Default),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, VerbEntry[]> _byFirstWord;
    private readonly FrozenDictionary<string, VerbEntry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordSpan;
    private readonly FrozenDictionary<string, VerbBlock> _blocks;

    private VerbLexicon(FrozenDictionary<string, VerbEntry[]> byFirstWord, FrozenDictionary<string, VerbBlock> blocks, int forms, int patterns)
    {
        _byFirstWord = byFirstWord;
        _byFirstWordSpan = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _blocks = blocks;
        FormCount = forms;
        PatternCount = patterns;
    }

    /// <summary>The lexicon shipped with the library.</summary>
    public static VerbLexicon Default => DefaultInstance.Value;

    /// <summary>Number of verb forms.</summary>
    public int FormCount { get; }

    /// <summary>Number of patterns.</summary>
    public int PatternCount { get; }

    /// <summary>Verb entries whose first word is <paramref name="word"/> (case-insensitive), longest first.</summary>
    internal ReadOnlySpan<VerbEntry> StartingWith(ReadOnlySpan<char> word) =>
        _byFirstWordSpan.TryGetValue(word, out var entries) ? entries : [];

    /// <summary>Whether <paramref name="word"/> starts some verb form (used to tell objects from subjects).</summary>
    internal bool IsVerbWord(ReadOnlySpan<char> word) => _byFirstWordSpan.ContainsKey(word);

    /// <summary>Whether some verb form starting with <paramref name="word"/> has an event code of its own
    /// (speech verbs like "said" have a statement code: what follows them is a clause, not an object).</summary>
    internal bool IsEventVerbWord(ReadOnlySpan<char> word)
    {
        foreach (var entry in StartingWith(word))
            if (entry.IsEvent) return true;
        return false;
    }

    internal VerbBlock Block(string name) => _blocks[name];

    /// <summary>Loads and checks the given files in order; codes must be in <paramref name="table"/>.</summary>
    /// <exception cref="KnowledgeFormatException">A bad line; the message names the file and line.</exception>
    public static VerbLexicon Load(IEnumerable<KnowledgeSource> sources, CameoTable table)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(table);
        var blocks = new Dictionary<string, (PairedCode Code, List<VerbPattern> Patterns)>(StringComparer.Ordinal);
        var byWord = new Dictionary<string, List<VerbEntry>>(StringComparer.OrdinalIgnoreCase);
        int forms = 0, patterns = 0;
        foreach (var source in sources)
        {
            foreach (var (line, f) in CameoTable.Lines(source, 3, 4))
            {
                var code = PairedCode.Parse(f[2], table, source.Name, line);
                switch (f[0])
                {
                    case "B" when f.Length == 3:
                        if (blocks.TryGetValue(f[1], out var existing) && existing.Code != code)
                            throw new KnowledgeFormatException(source.Name, line, $"block '{f[1]}' is declared again with another code.");
                        if (!blocks.ContainsKey(f[1])) blocks[f[1]] = (code, []);
                        break;
                    case "V" when f.Length == 4:
                    {
                        var block = BlockOf(blocks, f[1], source.Name, line);
                        var effective = code.IsNone ? block.Code : code;
                        foreach (var form in f[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        {
                            var words = form.Split('_');
                            if (words.Any(w => w.Length == 0 || !w.All(c => char.IsAsciiLetterLower(c) || c is '-' or '\'')))
                                throw new KnowledgeFormatException(source.Name, line, $"verb form '{form}' must be lower-case words joined by '_'.");
                            if (!byWord.TryGetValue(words[0], out var list)) byWord[words[0]] = list = [];
                            bool isEvent = (effective.Active ?? effective.Passive) is { } c && table.Find(c)?.Category is not null;
                            list.Add(new VerbEntry(words, f[1], effective, isEvent));
                            forms++;
                        }
                        break;
                    }
                    case "P" when f.Length == 4:
                    {
                        var block = BlockOf(blocks, f[1], source.Name, line);
                        if (code.IsNone) throw new KnowledgeFormatException(source.Name, line, "a pattern needs a code.");
                        var items = f[3].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                            .Select(item => item.Split('|', StringSplitOptions.RemoveEmptyEntries)).ToArray();
                        if (items.Length == 0 || items.Any(alternatives => alternatives.Length == 0))
                            throw new KnowledgeFormatException(source.Name, line, "a pattern needs at least one item, and every item a word.");
                        block.Patterns.Add(new VerbPattern(items, code));
                        patterns++;
                        break;
                    }
                    default:
                        throw new KnowledgeFormatException(source.Name, line,
                            $"expected 'B<TAB>block<TAB>code', 'V<TAB>block<TAB>code<TAB>forms' or 'P<TAB>block<TAB>code<TAB>items', found '{f[0]}' with {f.Length} fields.");
                }
            }
        }
        var frozenBlocks = blocks.ToFrozenDictionary(p => p.Key,
            // Longer patterns first: the most specific match wins.
            p => VerbBlock.Create(p.Key, p.Value.Code, p.Value.Patterns.OrderByDescending(x => x.Items.Length).ToArray()), StringComparer.Ordinal);
        var frozenWords = byWord.ToFrozenDictionary(p => p.Key,
            p => p.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        return new VerbLexicon(frozenWords, frozenBlocks, forms, patterns);
    }

    private static (PairedCode Code, List<VerbPattern> Patterns) BlockOf(
        Dictionary<string, (PairedCode Code, List<VerbPattern> Patterns)> blocks, string name, string source, int line) =>
        blocks.TryGetValue(name, out var block) ? block
            : throw new KnowledgeFormatException(source, line, $"block '{name}' is used before its 'B' line.");
}

/// <summary>A CAMEO code for the active reading of a verb and one for the passive/receptive reading
/// (applied with source and target swapped); either may be absent.</summary>
internal readonly record struct PairedCode(string? Active, string? Passive)
{
    public bool IsNone => Active is null && Passive is null;

    public static PairedCode Parse(string text, CameoTable table, string source, int line)
    {
        if (text == "-") return default;
        int colon = text.IndexOf(':');
        string? active = colon < 0 ? text : text[..colon];
        string? passive = colon < 0 ? null : text[(colon + 1)..];
        if (active?.Length == 0) active = null;
        if (passive?.Length == 0) passive = null;
        foreach (var code in (ReadOnlySpan<string?>)[active, passive])
            if (code is not null && table.Find(code) is null)
                throw new KnowledgeFormatException(source, line, $"'{code}' is not in the CAMEO code table.");
        if (active is null && passive is null)
            throw new KnowledgeFormatException(source, line, $"'{text}' is not a code, a pair 'active:passive' or '-'.");
        return new PairedCode(active, passive);
    }
}

/// <summary>One verb form: its words, its block and its code (the block's when the verb has none); an event
/// verb is one whose own code has a PLOVER category (statements such as "said" do not).</summary>
internal sealed record VerbEntry(string[] Words, string Block, PairedCode Code, bool IsEvent = false);

/// <summary>Items that must follow the verb, in order; each item lists alternatives.</summary>
internal sealed record VerbPattern(string[][] Items, PairedCode Code);

/// <summary>
/// A verb block: default code and patterns, most specific first, with an index from each word that can
/// start a pattern (its first item's alternatives, and "-ies" plurals of "-y" words) to the patterns, so a
/// verb checks only the few patterns whose first word is near it instead of every pattern of the block.
/// </summary>
internal sealed record VerbBlock(string Name, PairedCode Code, VerbPattern[] Patterns,
    FrozenDictionary<string, int[]> FirstWords)
{
    public FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup { get; } =
        FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static VerbBlock Create(string name, PairedCode code, VerbPattern[] patterns)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < patterns.Length; i++)
            foreach (var word in patterns[i].Items[0])
            {
                Add(word, i);
                if (word.Length > 1 && word[^1] == 'y') Add(word[..^1] + "ies", i);
            }
        return new VerbBlock(name, code, patterns,
            index.ToFrozenDictionary(p => p.Key, p => p.Value.Distinct().ToArray(), StringComparer.OrdinalIgnoreCase));

        void Add(string word, int pattern)
        {
            if (!index.TryGetValue(word, out var list)) index[word] = list = [];
            list.Add(pattern);
        }
    }
}
