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

    // Every word the lexicon can compare a token with (verb words, pattern items, "-ies" plurals of pattern
    // words ending in "y") has an id, so a document's tokens are looked up once each (see TokenWords) and verbs
    // and patterns are then matched by comparing ids instead of hashing and comparing strings again and again.
    private readonly WordIdTable _ids;
    private readonly WordGroups _groups;
    // Every entry in one array, grouped by first word: the entries of the verb word with id v are
    // _entries[_entryStart[v − first verb id] .. _entryStart[v − first verb id + 1]). The extractor asks this of
    // every verb-looking word it scans, right after the entity stages emptied the cache; one array of offsets
    // and one of entries cost fewer misses there than an array of arrays.
    private readonly VerbEntry[] _entries;
    private readonly int[] _entryStart;

    private VerbLexicon(Dictionary<string, int> ids, WordGroups groups, VerbEntry[][] byFirstWord, int forms, int patterns)
    {
        Words = [.. ids.Keys];
        _ids = new WordIdTable(ids);
        _groups = groups;
        _entryStart = new int[byFirstWord.Length + 1];
        for (int v = 0; v < byFirstWord.Length; v++) _entryStart[v + 1] = _entryStart[v] + byFirstWord[v].Length;
        _entries = [.. byFirstWord.SelectMany(list => list)];
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
    internal ReadOnlySpan<VerbEntry> StartingWith(ReadOnlySpan<char> word) => StartingWith(IdOf(word));

    /// <summary>Verb entries whose first word has id <paramref name="word"/>, longest first.</summary>
    internal ReadOnlySpan<VerbEntry> StartingWith(int word)
    {
        if (!IsVerbWord(word)) return [];
        int v = word - _groups.VerbStart;
        return _entries.AsSpan(_entryStart[v], _entryStart[v + 1] - _entryStart[v]);
    }

    /// <summary>Every word with an id.</summary>
    internal IReadOnlyList<string> Words { get; }

    /// <summary>The id of <paramref name="word"/> (case-insensitive), or -1 when the lexicon never uses it.</summary>
    internal int IdOf(ReadOnlySpan<char> word) => _ids.IdOf(word);

    /// <summary>The id of the word whose <see cref="WordIdTable.Hash"/> is <paramref name="key"/>, or -1.</summary>
    internal int IdOfHash(ulong key) => _ids.Find(key);

    /// <summary>
    /// Whether some pattern of some block starts with the word of id <paramref name="word"/>: a verb's pattern
    /// search asks its own block only about words for which this is true, and most words of a window are not.
    /// </summary>
    internal bool StartsPattern(int word) => WordGroups.In(word, 0, _groups.PatternEnd);

    /// <summary>Whether the word with id <paramref name="word"/> starts some verb form (used to tell objects from subjects).</summary>
    internal bool IsVerbWord(int word) => WordGroups.In(word, _groups.VerbStart, _groups.VerbEnd);

    /// <summary>Whether some verb form starting with the word of id <paramref name="word"/> has an event code of its
    /// own (speech verbs like "said" have a statement code: what follows them is a clause, not an object).</summary>
    internal bool IsEventVerbWord(int word) => WordGroups.In(word, _groups.EventStart, _groups.EventEnd);

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
        // Every word a token can be compared with, and what the lexicon knows of it.
        var facts = new Dictionary<string, LexiconFacts>(StringComparer.OrdinalIgnoreCase);
        void Note(string word, LexiconFacts fact) => facts[word] = facts.GetValueOrDefault(word) | fact;
        foreach (var (word, list) in byWord)
        {
            Note(word, list.Any(e => e.IsEvent) ? LexiconFacts.Verb | LexiconFacts.EventVerb : LexiconFacts.Verb);
            foreach (var entry in list) foreach (var w in entry.Words) Note(w, LexiconFacts.None);
        }
        foreach (var (_, block) in blocks)
            foreach (var pattern in block.Patterns)
                for (int i = 0; i < pattern.Items.Length; i++)
                    foreach (var word in pattern.Items[i])
                    {
                        // What can start a pattern: its first item, or that item's "-ies" plural.
                        var fact = i == 0 ? LexiconFacts.StartsPattern : LexiconFacts.None;
                        Note(word, fact);
                        if (word.Length > 1 && word[^1] == 'y') Note(word[..^1] + "ies", fact);
                    }
        var (ids, groups) = WordGroups.Assign(facts);
        int Id(string word) => ids[word];

        var resolvedBlocks = blocks.ToDictionary(p => p.Key,
            // Longer patterns first: the most specific match wins.
            p => VerbBlock.Create(p.Key, p.Value.Code, p.Value.Patterns.OrderByDescending(x => x.Items.Length)
                .Select(x => x with { ItemIds = x.Items.Select(a => a.Select(Id).ToArray()).ToArray() }).ToArray(), Id),
            StringComparer.Ordinal);
        var byFirstWord = new VerbEntry[groups.VerbEnd - groups.VerbStart][];
        foreach (var (word, list) in byWord)
            byFirstWord[Id(word) - groups.VerbStart] = list.OrderByDescending(e => e.Words.Length)
                .Select(e => e with { WordIds = e.Words.Select(Id).ToArray(), Definition = resolvedBlocks[e.Block] }).ToArray();
        return new VerbLexicon(ids, groups, byFirstWord, forms, patterns);
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
        // The table's own strings: thousands of entries then share a few hundred codes, which stay in the cache.
        return new PairedCode(active is null ? null : table.Find(active)!.Code, passive is null ? null : table.Find(passive)!.Code);
    }
}

/// <summary>One verb form: its words, its block and its code (the block's when the verb has none); an event
/// verb is one whose own code has a PLOVER category (statements such as "said" do not). A struct, so that the
/// entries of a word lie side by side in the lexicon's array and are read without one more pointer.</summary>
internal readonly record struct VerbEntry(string[] Words, string Block, PairedCode Code, bool IsEvent = false)
{
    /// <summary>The number of words, read with the entry: a one-word verb is matched without its word ids.</summary>
    public int Length { get; } = Words.Length;

    /// <summary>Whether the verb is of the "agree" block (intent: "agreed to X" keeps its own code).</summary>
    public bool InAgreeBlock { get; } = Block == "agree";

    /// <summary>The lexicon's ids of <see cref="Words"/>.</summary>
    public int[] WordIds { get; init; } = [];

    /// <summary>The block named <see cref="Block"/>: its code and patterns.</summary>
    public VerbBlock Definition { get; init; } = null!;
}

/// <summary>Items that must follow the verb, in order; each item lists alternatives. (The pattern search reads the
/// same ids from its block's <see cref="VerbBlock.ItemWords"/>, laid out there for the cache.)</summary>
internal sealed record VerbPattern(string[][] Items, PairedCode Code)
{
    /// <summary>The lexicon's ids of the alternatives of <see cref="Items"/>, item by item.</summary>
    public int[][] ItemIds { get; init; } = [];
}

/// <summary>
/// A verb block: default code and patterns, most specific first, with an index from each word that can
/// start a pattern (its first item's alternatives, and "-ies" plurals of "-y" words) to the patterns, so a
/// verb checks only the few patterns whose first word is near it instead of every pattern of the block. The
/// pattern ids of a word are in ascending order, most specific first.
/// </summary>
internal sealed record VerbBlock(string Name, PairedCode Code, VerbPattern[] Patterns,
    int[] FirstWords, PatternRef[][] PatternsByFirstWord, int[] ItemWords)
{
    /// <summary>Whether the block has patterns at all (read with the block, without its pattern array).</summary>
    public bool HasPatterns { get; } = Patterns.Length > 0;

    /// <summary>
    /// The patterns whose first item the word of id <paramref name="word"/> can be. The first words are
    /// a sorted array searched by halves: a verb asks its block about every word of its window, and a block's
    /// array (34 words on average, 330 at most) stays in cache across those questions where a hash table's
    /// buckets and entries did not.
    /// </summary>
    public ReadOnlySpan<PatternRef> PatternsStartingWith(int word)
    {
        int at = FirstWords.AsSpan().BinarySearch(word);
        return at >= 0 ? PatternsByFirstWord[at] : [];
    }

    /// <summary>
    /// The items of <paramref name="pattern"/> as they are laid out in <see cref="ItemWords"/>: for each item,
    /// its number of alternatives and then their word ids.
    /// </summary>
    public ReadOnlySpan<int> ItemsOf(PatternRef pattern) => ItemWords.AsSpan(pattern.Start, pattern.Length);

    /// <param name="name">The block's name.</param>
    /// <param name="code">Its default code.</param>
    /// <param name="patterns">Its patterns, most specific first.</param>
    /// <param name="id">The lexicon's word ids.</param>
    public static VerbBlock Create(string name, PairedCode code, VerbPattern[] patterns, Func<string, int> id)
    {
        var index = new Dictionary<int, List<int>>();
        for (int i = 0; i < patterns.Length; i++)
            foreach (var word in patterns[i].Items[0])
            {
                Add(id(word), i);
                if (word.Length > 1 && word[^1] == 'y') Add(id(word[..^1] + "ies"), i);
            }
        // Every pattern's items in one array (see ItemsOf), so a pattern is checked without reading its object.
        var itemWords = new List<int>();
        var refs = new PatternRef[patterns.Length];
        for (int i = 0; i < patterns.Length; i++)
        {
            int start = itemWords.Count;
            foreach (var alternatives in patterns[i].ItemIds)
            {
                itemWords.Add(alternatives.Length);
                itemWords.AddRange(alternatives);
            }
            refs[i] = new PatternRef(i, patterns[i].ItemIds.Length, start, itemWords.Count - start);
        }
        var words = index.Keys.Order().ToArray();
        return new VerbBlock(name, code, patterns, words,
            [.. words.Select(w => index[w].Distinct().Order().Select(i => refs[i]).ToArray())], [.. itemWords]);

        void Add(int word, int pattern)
        {
            if (!index.TryGetValue(word, out var list)) index[word] = list = [];
            list.Add(pattern);
        }
    }
}

/// <summary>
/// Where a pattern of a <see cref="VerbBlock"/> is: its index (lower is more specific), its number of items, and
/// the span of the block's <see cref="VerbBlock.ItemWords"/> that holds them.
/// </summary>
internal readonly record struct PatternRef(int Id, int Items, int Start, int Length);
