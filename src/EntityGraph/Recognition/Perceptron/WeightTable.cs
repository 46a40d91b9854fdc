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
    private readonly ulong[] _slotKeys;
    private readonly int[] _slotStart;    // first entry of the slot's feature; entry count = next feature's start - start
    private readonly int[] _slotEnd;
    private readonly int _mask;

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
        _slotKeys = new ulong[cap];
        _slotStart = new int[cap];
        _slotEnd = new int[cap];
        long start = 0;
        ulong previous = 0;
        for (int f = 0; f < keys.Length; f++)
        {
            ulong k = keys[f];
            if (k <= previous) throw new InvalidDataException($"Weight table: key {f} is zero or not ascending.");
            previous = k;
            long end = start + counts[f];
            if (end > tags.Length) throw new InvalidDataException($"Weight table: feature {f} runs past the entries.");
            int slot = (int)k & _mask;
            while (_slotKeys[slot] != 0) slot = (slot + 1) & _mask;
            _slotKeys[slot] = k;
            _slotStart[slot] = (int)start;
            _slotEnd[slot] = (int)end;
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
        var slotKeys = _slotKeys;
        var tags = Tags;
        var values = Values;
        foreach (ulong k in keys)
        {
            int slot = (int)k & _mask;
            while (true)
            {
                ulong s = slotKeys[slot];
                if (s == k)
                {
                    for (int e = _slotStart[slot], end = _slotEnd[slot]; e < end; e++) scores[tags[e]] += values[e];
                    break;
                }
                if (s == 0) break;
                slot = (slot + 1) & _mask;
            }
        }
    }
}
