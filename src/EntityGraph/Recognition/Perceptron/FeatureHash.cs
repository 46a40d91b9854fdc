using System.Runtime.CompilerServices;

namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// 64-bit hashing for feature keys. Features are never materialised as strings: a word is hashed once
/// (FNV-1a over its UTF-16 units, then a SplitMix64 finaliser), and a feature key is a template id mixed with
/// one to three such hashes. With ~10⁶ stored keys the chance that an unseen feature collides with a stored
/// one is ~10⁻¹³ per lookup, so keys are stored whole and collisions are ignored. Key 0 is reserved for
/// "empty slot" and never produced. The values are part of the model format: changing them needs a retrain.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 0xcbf29ce484222325UL;
    private const ulong FnvPrime = 0x100000001b3UL;

    /// <summary>Hash of the characters as they are.</summary>
    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = FnvOffset;
        foreach (char c in s) h = (h ^ c) * FnvPrime;
        return Mix(h);
    }

    /// <summary>Hash of the characters lower-cased (invariant culture), without allocating.</summary>
    public static ulong OfLower(ReadOnlySpan<char> s)
    {
        ulong h = FnvOffset;
        foreach (char c in s) h = (h ^ char.ToLowerInvariant(c)) * FnvPrime;
        return Mix(h);
    }

    /// <summary>Hash of a fixed string constant (used for sentinels such as the sentence-start word).</summary>
    public static ulong OfConstant(string s) => Of(s.AsSpan()) ^ 0x5bd1e9955bd1e995UL;

    /// <summary>SplitMix64 finaliser: spreads every input bit over the whole word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return x;
    }

    /// <summary>Order-sensitive combination of two hashes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Mix(a * 0x9E3779B97F4A7C15UL + b + 0x632BE59BD9B4E019UL);

    // Feature keys: the values are already well-mixed 64-bit hashes, so one multiply-xor per extra value and
    // a single finaliser per key are enough; the template id seeds the chain so templates never share keys.

    /// <summary>The key of a feature with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a) => NonZero(Mix(a ^ Seed(template)));

    /// <summary>The key of a feature with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b) => NonZero(Mix((a * 0x9E3779B97F4A7C15UL) ^ b ^ Seed(template)));

    /// <summary>The key of a feature with three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b, ulong c) =>
        NonZero(Mix((((a * 0x9E3779B97F4A7C15UL) ^ b) * 0xC2B2AE3D27D4EB4FUL) ^ c ^ Seed(template)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Seed(int template) => (ulong)template * 0xD6E8FEB86659FD93UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZero(ulong k) => k == 0 ? 1 : k;
}
