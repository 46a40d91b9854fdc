using System.Numerics;
using System.Runtime.CompilerServices;

namespace EntityGraph.Relations;

/// <summary>
/// Word → id, case-insensitive (ordinal: each UTF-16 unit compared upper-cased, like
/// <see cref="StringComparison.OrdinalIgnoreCase"/>), as one flat open-addressed array whose slots hold a word's
/// hash (high 44 bits) and its id (low 20 bits). A lookup hashes the word, asks a small filter whether the word
/// can be there at all, and if so usually reads one slot. It replaces
/// a frozen string dictionary that, run after the entity stages, missed the cache two or three times per lookup
/// (bucket, entry, the key string) — and the relation stage looks up every word of every sentence it scans.
/// The 44-bit hash stands for the word: distinct words of the table are checked to have distinct hashes when
/// the table is built, and a word outside it is taken for one inside with odds of about one in 10^13 per lookup.
/// </summary>
internal sealed class WordIdTable
{
    private const int IdBits = 20;
    private const ulong IdMask = (1UL << IdBits) - 1, HashMask = ~IdMask;

    /// <summary>Most words a table can hold.</summary>
    public const int MaxWords = 1 << IdBits;

    private readonly ulong[] _slots;   // hash bits | id; 0 = empty (a stored hash is never 0)
    private readonly int _mask;
    // A one-hash Bloom filter over the words' hashes (top bits, independent of the slot's): 2 KB that stay in the
    // cache, where the slots (8 bytes per word, twice over) do not. Half the words a document's tokens are looked
    // up for are in no table, and most of those are turned away here without touching the slots.
    private const int FilterBitCount = 14;
    private readonly ulong[] _filter = new ulong[(1 << FilterBitCount) / 64];

    /// <param name="words">Each word with its id (0 to <see cref="MaxWords"/> − 1); words equal but for case must not be listed twice.</param>
    /// <exception cref="InvalidOperationException">Two different words hash alike (never seen; the message names them).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An id does not fit.</exception>
    public WordIdTable(IReadOnlyCollection<KeyValuePair<string, int>> words)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Count * 2));
        _slots = new ulong[size];
        _mask = size - 1;
        var owners = new Dictionary<ulong, string>();
        foreach (var (word, id) in words)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(id);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, MaxWords);
            ulong key = Hash(word);
            if (!owners.TryAdd(key, word))
                throw new InvalidOperationException($"'{word}' and '{owners[key]}' have the same hash.");
            int slot = (int)(key >> IdBits) & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = key | (uint)id;
            int bit = FilterBit(key);
            _filter[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>The id of <paramref name="word"/>, or -1.</summary>
    public int IdOf(ReadOnlySpan<char> word) => Find(Hash(word));

    /// <summary>The id of the word whose <see cref="Hash(ReadOnlySpan{char})"/> is <paramref name="key"/>, or -1.</summary>
    public int Find(ulong key)
    {
        int bit = FilterBit(key);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0) return -1;
        int slot = (int)(key >> IdBits) & _mask;
        while (true)
        {
            ulong s = _slots[slot];
            if ((s & HashMask) == key) return (int)(s & IdMask);
            if (s == 0) return -1;
            slot = (slot + 1) & _mask;
        }
    }

    private static int FilterBit(ulong key) => (int)(key >> (64 - FilterBitCount));

    /// <summary>The table's hash of a word: FNV-1a over its upper-cased UTF-16 units, then a SplitMix64 finaliser,
    /// keeping the high 44 bits; never 0.</summary>
    public static ulong Hash(ReadOnlySpan<char> word)
    {
        ulong h = Offset;
        foreach (char c in word) h = Step(h, c);
        return Finish(h);
    }

    /// <summary>FNV-1a's starting state.</summary>
    public const ulong Offset = 0xcbf29ce484222325UL;

    /// <summary>Feeds one character (upper-cased) into an FNV-1a state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong state, char c)
    {
        char u = c < 128 ? (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 32) : c : char.ToUpperInvariant(c);
        return (state ^ u) * 0x100000001b3UL;
    }

    /// <summary>Turns an FNV-1a state into a key (its low <c>20</c> bits are zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]   // once or more per token scanned; profiles showed the call
    public static ulong Finish(ulong state)
    {
        ulong x = state;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        x ^= x >> 31;
        x &= HashMask;
        return x == 0 ? 1UL << IdBits : x;
    }
}
