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

    private readonly Dictionary<ulong, int> _edges;   // Combine(node, wordHash) -> child node; read-only after construction
    private readonly ushort[] _terminal;                     // node -> category bits of phrases ending there

    /// <summary>The entries, deduplicated and sorted, as stored in the model.</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

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
        Entries = canonical;
        (_edges, _terminal) = Compile(canonical);
    }

    private NameGazetteer(GazetteerEntry[] canonical)
    {
        Entries = canonical;
        (_edges, _terminal) = Compile(canonical);
    }

    /// <summary>
    /// Rebuilds a gazetteer from entries already in canonical form (as <see cref="Entries"/> stores them: single
    /// spaces, sorted, unique), skipping the normalisation and sort; used when loading a model.
    /// </summary>
    /// <exception cref="InvalidDataException">An entry is blank, too long, or out of order.</exception>
    public static NameGazetteer FromCanonical(GazetteerEntry[] entries)
    {
        for (int i = 0; i < entries.Length; i++)
        {
            var e = entries[i];
            if (e.Phrase.Length == 0 || e.Phrase[0] == ' ' || e.Phrase[^1] == ' ')
                throw new InvalidDataException($"name-list phrase {i} is blank or has outer spaces.");
            if (i > 0)
            {
                int c = string.CompareOrdinal(entries[i - 1].Phrase, e.Phrase);
                if (c > 0 || (c == 0 && entries[i - 1].Category >= e.Category))
                    throw new InvalidDataException($"name-list phrase {i} '{e.Phrase}' is out of order or repeated.");
            }
        }
        return new NameGazetteer(entries);
    }

    private static (Dictionary<ulong, int> Edges, ushort[] Terminal) Compile(GazetteerEntry[] entries)
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
        return (edges, terminal.ToArray());
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
