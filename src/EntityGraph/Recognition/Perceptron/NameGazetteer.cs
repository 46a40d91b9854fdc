using System.Collections.Frozen;

namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// The compiled name lists: a trie over lower-cased token hashes. For a sentence it reports, per token, a
/// 64-bit mask of (category, position) pairs — bit <c>4·category + position</c> with position
/// Begin/Inside/Last/Unit of the longest phrase of that category covering the token from a match start.
/// A match must start at a token with an upper-case first letter (names, not common words that happen to
/// spell one). Immutable and thread-safe once built.
/// </summary>
internal sealed class NameGazetteer
{
    /// <summary>Longest phrase considered, in tokens.</summary>
    public const int MaxPhraseTokens = 8;

    private readonly FrozenDictionary<ulong, int> _edges;   // Combine(node, wordHash) -> child node
    private readonly ushort[] _terminal;                     // node -> category bits of phrases ending there

    /// <summary>The entries, deduplicated and sorted, as stored in the model.</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>An empty gazetteer (no features fire).</summary>
    public static NameGazetteer Empty { get; } = new([]);

    /// <summary>Compiles <paramref name="entries"/>; blank phrases and phrases longer than
    /// <see cref="MaxPhraseTokens"/> tokens are skipped.</summary>
    public NameGazetteer(IEnumerable<GazetteerEntry> entries)
    {
        var kept = new SortedSet<(string, byte)>();
        foreach (var e in entries)
        {
            if ((int)e.Category >= 16) throw new ArgumentException($"Category {(int)e.Category} exceeds the 16 supported.");
            string phrase = string.Join(' ', (e.Phrase ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
            int words = phrase.Length == 0 ? 0 : phrase.Count(c => c == ' ') + 1;
            if (words == 0 || words > MaxPhraseTokens) continue;
            kept.Add((phrase, (byte)e.Category));
        }
        Entries = kept.Select(k => new GazetteerEntry(k.Item1, (GazetteerCategory)k.Item2)).ToArray();

        var edges = new Dictionary<ulong, int>();
        var terminal = new List<ushort> { 0 };
        foreach (var e in Entries)
        {
            int node = 0;
            foreach (var word in e.Phrase.Split(' '))
            {
                ulong key = FeatureHash.Combine((ulong)node, FeatureHash.OfLower(word));
                if (!edges.TryGetValue(key, out int child))
                {
                    child = terminal.Count;
                    terminal.Add(0);
                    edges.Add(key, child);
                }
                node = child;
            }
            terminal[node] |= (ushort)(1 << (int)e.Category);
        }
        _edges = edges.ToFrozenDictionary();
        _terminal = terminal.ToArray();
    }

    /// <summary>Fills <paramref name="masks"/> (one per token of the sentence) with match bits.</summary>
    /// <param name="facts">Facts of the sentence's tokens.</param>
    /// <param name="masks">Receives one mask per token; cleared first.</param>
    public void Match(ReadOnlySpan<WordFacts> facts, Span<ulong> masks)
    {
        masks.Clear();
        if (_edges.Count == 0) return;
        Span<int> longest = stackalloc int[16];
        for (int i = 0; i < facts.Length; i++)
        {
            if (!facts[i].IsCapitalised && (facts[i].Flags & WordFlags.HasDigit) == 0) continue;
            int node = 0;
            ushort found = 0;
            for (int j = i; j < facts.Length && j - i < MaxPhraseTokens; j++)
            {
                if (!_edges.TryGetValue(FeatureHash.Combine((ulong)node, facts[j].Lower), out node)) break;
                ushort term = _terminal[node];
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
