using System.Collections.Frozen;

namespace EntityGraph.Recognition.Gazetteer;

/// <summary>
/// A prefix tree over token sequences: each edge is one token's text (compared ordinally), each node may
/// hold a value. Built once, then read-only and thread-safe.
/// </summary>
/// <remarks>
/// Two flat frozen tables instead of a dictionary per node: the vocabulary maps a token's text to a small
/// id (looked up straight from a <see cref="ReadOnlySpan{T}"/>, so matching allocates nothing), and the
/// edges map (node, token id) to the child node. A token that is in no name fails at the first lookup,
/// which is the common case in running text.
/// </remarks>
/// <typeparam name="TValue">What a complete name leads to.</typeparam>
internal sealed class TokenTrie<TValue> where TValue : class
{
    /// <summary>The node every walk starts from.</summary>
    public const int Root = 0;

    /// <summary>Returned by <see cref="Step"/> when no edge matches.</summary>
    public const int None = -1;

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabulary;
    private readonly FrozenDictionary<long, int> _edges;
    private readonly TValue?[] _values;

    private TokenTrie(FrozenDictionary<string, int> vocabulary, FrozenDictionary<long, int> edges, TValue?[] values)
    {
        _vocabulary = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _edges = edges;
        _values = values;
        VocabularySize = vocabulary.Count;
    }

    /// <summary>Number of nodes, the root included.</summary>
    public int NodeCount => _values.Length;

    /// <summary>Number of distinct token texts on the edges.</summary>
    public int VocabularySize { get; }

    /// <summary>The child of <paramref name="node"/> along <paramref name="token"/>, or <see cref="None"/>.</summary>
    public int Step(int node, ReadOnlySpan<char> token)
    {
        if (!_vocabulary.TryGetValue(token, out int id)) return None;
        return _edges.TryGetValue(EdgeKey(node, id), out int child) ? child : None;
    }

    /// <summary>The value stored at <paramref name="node"/>, or <c>null</c> when no name ends there.</summary>
    public TValue? ValueAt(int node) => _values[node];

    private static long EdgeKey(int node, int tokenId) => ((long)node << 32) | (uint)tokenId;

    /// <summary>Collects token sequences; not thread-safe.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
        private readonly Dictionary<long, int> _edges = [];
        private readonly List<TValue?> _values = [null];

        /// <summary>
        /// Stores <paramref name="value"/> at the end of <paramref name="tokens"/> unless a value is already
        /// there (the first one added wins, which makes the result independent of later additions).
        /// </summary>
        /// <returns><c>true</c> when the value was stored, <c>false</c> when the sequence was empty or taken.</returns>
        public bool TryAdd(IReadOnlyList<string> tokens, TValue value)
        {
            if (tokens.Count == 0) return false;
            int node = Root;
            foreach (var token in tokens)
            {
                if (!_vocabulary.TryGetValue(token, out int id))
                {
                    id = _vocabulary.Count;
                    _vocabulary.Add(token, id);
                }
                long key = EdgeKey(node, id);
                if (!_edges.TryGetValue(key, out int child))
                {
                    child = _values.Count;
                    _values.Add(null);
                    _edges.Add(key, child);
                }
                node = child;
            }
            if (_values[node] is not null) return false;
            _values[node] = value;
            return true;
        }

        /// <summary>Freezes what was added into a trie.</summary>
        public TokenTrie<TValue> Build() =>
            new(_vocabulary.ToFrozenDictionary(StringComparer.Ordinal), _edges.ToFrozenDictionary(), _values.ToArray());
    }
}
