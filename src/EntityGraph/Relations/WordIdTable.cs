using System.Numerics;

namespace EntityGraph.Relations;

/// <summary>
/// Word → id, case-insensitive (ordinal: each UTF-16 unit compared upper-cased, like
/// <see cref="StringComparison.OrdinalIgnoreCase"/>), as two flat arrays: the words' 64-bit hashes in an
/// open-addressed table and the ids beside them. A lookup hashes the word and usually reads one slot. It replaces
/// a frozen string dictionary that, run after the entity stages, missed the cache two or three times per lookup
/// (bucket, entry, the key string) — and the relation stage looks up every word of every sentence it scans.
/// A 64-bit hash stands for the word: distinct words of the table are checked to have distinct hashes when
/// the table is built, and a word outside it is taken for one inside with odds of about one in 10^15.
/// </summary>
internal sealed class WordIdTable
{
    private readonly ulong[] _keys;   // 0 = empty slot
    private readonly int[] _ids;
    private readonly int _mask;

    /// <param name="words">Each word with its id; words equal but for case must not be listed twice.</param>
    /// <exception cref="InvalidOperationException">Two different words hash alike (never seen; the message names them).</exception>
    public WordIdTable(IReadOnlyCollection<KeyValuePair<string, int>> words)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Count * 2));
        _keys = new ulong[size];
        _ids = new int[size];
        _mask = size - 1;
        var owners = new Dictionary<ulong, string>();
        foreach (var (word, id) in words)
        {
            ulong key = Hash(word);
            if (!owners.TryAdd(key, word))
                throw new InvalidOperationException($"'{word}' and '{owners[key]}' have the same 64-bit hash.");
            int slot = (int)key & _mask;
            while (_keys[slot] != 0) slot = (slot + 1) & _mask;
            _keys[slot] = key;
            _ids[slot] = id;
        }
    }

    /// <summary>The id of <paramref name="word"/>, or -1.</summary>
    public int IdOf(ReadOnlySpan<char> word) => Find(Hash(word));

    /// <summary>The id of the word whose <see cref="Hash(ReadOnlySpan{char})"/> is <paramref name="key"/>, or -1.</summary>
    public int Find(ulong key)
    {
        int slot = (int)key & _mask;
        while (true)
        {
            ulong k = _keys[slot];
            if (k == key) return _ids[slot];
            if (k == 0) return -1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The table's hash of a word: FNV-1a over its upper-cased UTF-16 units, then a SplitMix64 finaliser; never 0.</summary>
    public static ulong Hash(ReadOnlySpan<char> word)
    {
        ulong h = Offset;
        foreach (char c in word) h = Step(h, c);
        return Finish(h);
    }

    /// <summary>FNV-1a's starting state.</summary>
    public const ulong Offset = 0xcbf29ce484222325UL;

    /// <summary>Feeds one character (upper-cased) into an FNV-1a state.</summary>
    public static ulong Step(ulong state, char c)
    {
        char u = c < 128 ? (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 32) : c : char.ToUpperInvariant(c);
        return (state ^ u) * 0x100000001b3UL;
    }

    /// <summary>Turns an FNV-1a state into a key.</summary>
    public static ulong Finish(ulong state)
    {
        ulong x = state;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return x == 0 ? 1 : x;
    }
}
