using System.Buffers;

namespace EntityGraph.Relations;

/// <summary>Puts mentions or actor slots into text order.</summary>
internal static class TextOrder
{
    /// <summary>
    /// Sorts <paramref name="items"/> by their first token. Mentions never overlap, so first tokens are distinct
    /// and the order total. The first tokens are sorted as plain keys, in a pooled array: a comparison delegate
    /// called at every step of the sort showed in profiles of the relation stage.
    /// </summary>
    public static void Sort<T>(Span<T> items, Func<T, int> firstToken)
    {
        if (items.Length < 2) return;
        var keys = ArrayPool<int>.Shared.Rent(items.Length);
        for (int i = 0; i < items.Length; i++) keys[i] = firstToken(items[i]);
        keys.AsSpan(0, items.Length).Sort(items);
        ArrayPool<int>.Shared.Return(keys);
    }
}
