using System.Numerics;

namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// The compiled name lists: a trie over lower-cased token hashes. For a sentence it reports, per token, a
/// 64-bit mask of (category, position) pairs — bit <c>4·category + position</c> with position
/// Begin/Inside/Last/Unit of the longest phrase of that category covering the token from a match start.
/// A match must start at a token with an upper-case first letter or a digit (names, not common words that
/// happen to spell one). The trie's edges (key = hash of parent node and word) are stored in the model
/// sorted, and loaded into an open-addressing table, so loading does not re-read the phrases; the phrases
/// themselves are decoded only when asked for. Immutable and thread-safe once built.
/// </summary>
internal sealed class NameGazetteer
{
    /// <summary>Longest phrase considered, in tokens.</summary>
    public const int MaxPhraseTokens = 8;

    private readonly ulong[] _slotKeys;   // open addressing over edge keys
    private readonly int[] _slotChild;    // child node; 0 (the root, never a child) marks an empty slot
    private readonly int _mask;
    private readonly Lazy<GazetteerEntry[]> _entries;

    /// <summary>Edge keys, ascending, as stored in the model.</summary>
    public ulong[] EdgeKeys { get; }

    /// <summary>Child node of each edge, parallel to <see cref="EdgeKeys"/>.</summary>
    public int[] EdgeChildren { get; }

    /// <summary>Per node, the category bits of the phrases ending there (node 0 is the root).</summary>
    public ushort[] Terminal { get; }

    /// <summary>The entries, deduplicated and sorted (ordinal, then category), as stored in the model.</summary>
    public IReadOnlyList<GazetteerEntry> Entries => _entries.Value;

    /// <summary>Number of entries (without decoding them).</summary>
    public int PhraseCount { get; }

    /// <summary>An empty gazetteer (no features fire).</summary>
    public static NameGazetteer Empty { get; } = new([]);

    /// <summary>Compiles <paramref name="entries"/>; blank phrases and phrases longer than
    /// <see cref="MaxPhraseTokens"/> tokens are skipped.</summary>
    public NameGazetteer(IEnumerable<GazetteerEntry> entries)
    {
        // Normalise white space, drop blanks and over-long phrases, then sort (ordinal, then category) and
        // deduplicate, so the stored list is canonical whatever order the source gave.
        var kept = new List<GazetteerEntry>();
        foreach (var e in entries)
        {
            if ((int)e.Category >= 16) throw new ArgumentException($"Category {(int)e.Category} exceeds the 16 supported.");
            string phrase = e.Phrase ?? "";
            if (phrase.Contains("  ", StringComparison.Ordinal) || phrase.StartsWith(' ') || phrase.EndsWith(' '))
                phrase = string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (phrase.Length == 0 || phrase.Count(c => c == ' ') + 1 > MaxPhraseTokens) continue;
            kept.Add(new GazetteerEntry(phrase, e.Category));
        }
        kept.Sort(static (x, y) =>
        {
            int c = string.CompareOrdinal(x.Phrase, y.Phrase);
            return c != 0 ? c : x.Category.CompareTo(y.Category);
        });
        int unique = 0;
        for (int i = 0; i < kept.Count; i++)
            if (unique == 0 || kept[i] != kept[unique - 1]) kept[unique++] = kept[i];
        kept.RemoveRange(unique, kept.Count - unique);
        var canonical = kept.ToArray();
        _entries = new Lazy<GazetteerEntry[]>(canonical);
        PhraseCount = canonical.Length;
        (EdgeKeys, EdgeChildren, Terminal) = Compile(canonical);
        (_slotKeys, _slotChild, _mask) = BuildTable(EdgeKeys, EdgeChildren);
    }

    /// <summary>
    /// A gazetteer from its stored parts (see <see cref="PerceptronModel"/>'s format): the compiled trie and
    /// a function that decodes the phrases when first asked for.
    /// </summary>
    /// <exception cref="InvalidDataException">The trie is inconsistent (keys not ascending, children out of range).</exception>
    public NameGazetteer(ulong[] edgeKeys, int[] edgeChildren, ushort[] terminal, int phraseCount, Func<GazetteerEntry[]> entries)
    {
        if (edgeKeys.Length != edgeChildren.Length) throw new InvalidDataException("name-list trie: keys and children differ in length.");
        if (terminal.Length == 0) throw new InvalidDataException("name-list trie: no root node.");
        for (int i = 0; i < edgeKeys.Length; i++)
        {
            if (i > 0 && edgeKeys[i] <= edgeKeys[i - 1]) throw new InvalidDataException($"name-list trie: edge {i} is not ascending.");
            if (edgeChildren[i] <= 0 || edgeChildren[i] >= terminal.Length) throw new InvalidDataException($"name-list trie: edge {i} points outside the nodes.");
        }
        EdgeKeys = edgeKeys;
        EdgeChildren = edgeChildren;
        Terminal = terminal;
        _entries = new Lazy<GazetteerEntry[]>(entries, LazyThreadSafetyMode.ExecutionAndPublication);
        PhraseCount = phraseCount;
        (_slotKeys, _slotChild, _mask) = BuildTable(edgeKeys, edgeChildren);
    }

    private static (ulong[] Keys, int[] Children, ushort[] Terminal) Compile(GazetteerEntry[] entries)
    {
        var edges = new Dictionary<ulong, int>(entries.Length * 2);
        var terminal = new List<ushort> { 0 };
        foreach (var e in entries)
        {
            int node = 0;
            var rest = e.Phrase.AsSpan();
            while (true)
            {
                int space = rest.IndexOf(' ');
                var word = space < 0 ? rest : rest[..space];
                ulong key = FeatureHash.Combine((ulong)node, FeatureHash.OfLower(word));
                if (!edges.TryGetValue(key, out int child))
                {
                    child = terminal.Count;
                    terminal.Add(0);
                    edges.Add(key, child);
                }
                node = child;
                if (space < 0) break;
                rest = rest[(space + 1)..];
            }
            terminal[node] |= (ushort)(1 << (int)e.Category);
        }
        var keys = edges.Keys.ToArray();
        var children = edges.Values.ToArray();
        Array.Sort(keys, children);
        return (keys, children, terminal.ToArray());
    }

    private static (ulong[] Keys, int[] Children, int Mask) BuildTable(ulong[] keys, int[] children)
    {
        int cap = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        var slotKeys = new ulong[cap];
        var slotChild = new int[cap];
        int mask = cap - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            int slot = (int)keys[i] & mask;
            while (slotChild[slot] != 0) slot = (slot + 1) & mask;
            slotKeys[slot] = keys[i];
            slotChild[slot] = children[i];
        }
        return (slotKeys, slotChild, mask);
    }

    private bool TryChild(int node, ulong word, out int child)
    {
        ulong key = FeatureHash.Combine((ulong)node, word);
        int slot = (int)key & _mask;
        while ((child = _slotChild[slot]) != 0)
        {
            if (_slotKeys[slot] == key) return true;
            slot = (slot + 1) & _mask;
        }
        return false;
    }

    /// <summary>Fills <paramref name="masks"/> (one per token of the sentence) with match bits.</summary>
    /// <param name="facts">Facts of the sentence's tokens.</param>
    /// <param name="masks">Receives one mask per token; cleared first.</param>
    public void Match(ReadOnlySpan<WordFacts> facts, Span<ulong> masks)
    {
        masks.Clear();
        if (EdgeKeys.Length == 0) return;
        Span<int> longest = stackalloc int[16];
        for (int i = 0; i < facts.Length; i++)
        {
            if (!facts[i].IsCapitalised && (facts[i].Flags & WordFlags.HasDigit) == 0) continue;
            int node = 0;
            ushort found = 0;
            for (int j = i; j < facts.Length && j - i < MaxPhraseTokens; j++)
            {
                if (!TryChild(node, facts[j].Lower, out node)) break;
                ushort term = Terminal[node];
                if (term == 0) continue;
                found |= term;
                for (int c = 0; c < 16; c++) if ((term & (1 << c)) != 0) longest[c] = j;
            }
            if (found == 0) continue;
            for (int c = 0; c < 16; c++)
            {
                if ((found & (1 << c)) == 0) continue;
                int end = longest[c], bit = c * 4;
                if (end == i) { masks[i] |= 1UL << (bit + BilouTags.Unit); continue; }
                masks[i] |= 1UL << (bit + BilouTags.Begin);
                for (int k = i + 1; k < end; k++) masks[k] |= 1UL << (bit + BilouTags.Inside);
                masks[end] |= 1UL << (bit + BilouTags.Last);
            }
        }
    }
}
