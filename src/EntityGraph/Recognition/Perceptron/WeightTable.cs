using System.Runtime.InteropServices;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// Sparse, quantised feature weights: for each feature key, the tags with a non-zero weight and their
/// 16-bit weights (real weight = value × <see cref="Scale"/>). Stored in the model as keys sorted ascending
/// plus per-key entry counts and the entries; at load the keys go into an open-addressing table (linear
/// probing, load ≤ 0.5, index = low bits of the already well-mixed key). Immutable; thread-safe.
/// </summary>
internal sealed class WeightTable
{
    // Laid out for few cache misses: a slot is one ulong holding the key's high 40 bits (a fingerprint; the
    // slot index already fixes the low bits) and the 24-bit offset of the feature's entries. The entries start
    // with their count, then one int per weight packing tag (low byte) and value (high 16 bits).
    private const int OffsetBits = 24;
    private readonly ulong[] _slots;
    private readonly int[] _entries;
    private readonly int _mask;

    // A one-probe Bloom filter over the keys (bits 40..63 pick the bit, independent of the slot index): most
    // word-pair features of running text are not in the model, and this answers "absent" from a table small
    // enough to stay in the core's cache instead of probing the large slot array.
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    /// <summary>Feature keys, ascending.</summary>
    public ulong[] Keys { get; }

    /// <summary>Entries per feature.</summary>
    public byte[] Counts { get; }

    /// <summary>Entry tags.</summary>
    public byte[] Tags { get; }

    /// <summary>Entry values (quantised weights).</summary>
    public short[] Values { get; }

    /// <summary>Real weight of one quantisation step.</summary>
    public float Scale { get; }

    /// <summary>Number of features.</summary>
    public int FeatureCount => Keys.Length;

    /// <summary>Builds the lookup table over sorted <paramref name="keys"/>.</summary>
    /// <exception cref="InvalidDataException">Keys are not strictly ascending or zero, counts disagree with the entries, or a tag is out of range.</exception>
    public WeightTable(ulong[] keys, byte[] counts, byte[] tags, short[] values, float scale)
    {
        if (counts.Length != keys.Length) throw new InvalidDataException("Weight table: counts and keys differ in length.");
        if (tags.Length != values.Length) throw new InvalidDataException("Weight table: entry tags and values differ in length.");
        Keys = keys; Counts = counts; Tags = tags; Values = values; Scale = scale;

        int cap = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _mask = cap - 1;
        _slots = new ulong[cap];
        int filterBits = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, keys.Length * 8));
        _filter = new ulong[filterBits / 64];
        _filterShift = 64 - BitOperations.Log2((uint)filterBits);
        _entries = new int[keys.Length + tags.Length];
        if (_entries.Length >= 1 << OffsetBits) throw new InvalidDataException($"Weight table: more than {1 << OffsetBits} entries.");
        int start = 0, write = 0;
        ulong previous = 0;
        for (int f = 0; f < keys.Length; f++)
        {
            ulong k = keys[f];
            if (k <= previous) throw new InvalidDataException($"Weight table: key {f} is zero or not ascending.");
            if (k >> OffsetBits == 0) throw new InvalidDataException($"Weight table: key {f} has no fingerprint bits.");
            previous = k;
            int end = start + counts[f];
            if (end > tags.Length) throw new InvalidDataException($"Weight table: feature {f} runs past the entries.");
            int slot = (int)k & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = (k >> OffsetBits << OffsetBits) | (uint)write;
            ulong bit = k >> _filterShift;
            _filter[bit >> 6] |= 1UL << (int)(bit & 63);
            _entries[write++] = counts[f];
            for (int e = start; e < end; e++) _entries[write++] = (values[e] << 8) | tags[e];
            start = end;
        }
        if (start != tags.Length) throw new InvalidDataException("Weight table: entry count disagrees with the per-feature counts.");
        foreach (byte t in tags)
            if (t >= BilouTags.Count) throw new InvalidDataException($"Weight table: tag {t} out of range.");
    }

    /// <summary>Adds the quantised weights of <paramref name="keys"/> into <paramref name="scores"/> (17 ints).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Accumulate(ReadOnlySpan<ulong> keys, Span<int> scores)
    {
        if (scores.Length < BilouTags.Count) throw new ArgumentException("Need one score per tag.", nameof(scores));
        var slots = _slots;
        var entries = _entries;
        var filter = _filter;
        int mask = _mask, shift = _filterShift;
        const ulong OffsetMask = (1UL << OffsetBits) - 1;
        // The constructor checked every entry's tag (< 17) and range, so the inner loop indexes without
        // bounds checks.
        ref int score0 = ref MemoryMarshal.GetReference(scores);
        ref int entry0 = ref MemoryMarshal.GetArrayDataReference(entries);
        // Two phases per chunk: first load every key's home slot (independent loads, so the CPU overlaps their
        // cache misses instead of paying them one after another), then resolve and add.
        Span<ulong> home = stackalloc ulong[32];
        for (int chunk = 0; chunk < keys.Length; chunk += 32)
        {
            var part = keys.Slice(chunk, Math.Min(32, keys.Length - chunk));
            for (int i = 0; i < part.Length; i++)
            {
                ulong k = part[i], bit = k >> shift;
                home[i] = (filter[(int)(bit >> 6)] & (1UL << (int)(bit & 63))) != 0 ? slots[(int)k & mask] : 0;
            }
            for (int i = 0; i < part.Length; i++)
            {
                ulong s = home[i];
                if (s == 0) continue;
                ulong k = part[i], fingerprint = k >> OffsetBits;
                int slot = (int)k & mask;
                while (s >> OffsetBits != fingerprint)
                {
                    slot = (slot + 1) & mask;
                    s = slots[slot];
                    if (s == 0) goto next;
                }
                int e = (int)(s & OffsetMask), end = e + 1 + Unsafe.Add(ref entry0, e);
                for (e++; e < end; e++)
                {
                    int packed = Unsafe.Add(ref entry0, e);
                    Unsafe.Add(ref score0, packed & 0xFF) += packed >> 8;
                }
            next:;
            }
        }
    }
}
