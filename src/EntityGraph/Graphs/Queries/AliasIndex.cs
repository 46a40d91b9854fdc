using System.Collections.Frozen;

namespace EntityGraph.Graphs.Queries;

/// <summary>
/// Every way a graph names its nodes (id, display name, aliases, ISO-3 code), mapped to the nodes that carry
/// it. Two tiers: an exact key (case-insensitive, surrounding white space trimmed and inner runs collapsed to
/// one space) and a loose key (letters and digits only, lower-cased), consulted only when the exact key finds
/// nothing, so "N. Korea" still finds a node whose alias is "N Korea". Immutable once built.
/// </summary>
internal sealed class AliasIndex
{
    private readonly FrozenDictionary<string, GraphNode[]> _exact;
    private readonly FrozenDictionary<string, GraphNode[]> _loose;
    private readonly FrozenDictionary<string, GraphNode[]>.AlternateLookup<ReadOnlySpan<char>> _exactBySpan;
    private readonly FrozenDictionary<string, GraphNode[]>.AlternateLookup<ReadOnlySpan<char>> _looseBySpan;

    public AliasIndex(EntityRelationGraph graph)
    {
        var exact = new Dictionary<string, List<GraphNode>>(StringComparer.OrdinalIgnoreCase);
        var loose = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            Add(exact, loose, node, node.Id);
            Add(exact, loose, node, node.Name);
            if (node.Iso3 is { } iso3) Add(exact, loose, node, iso3);
            foreach (var alias in node.Aliases) Add(exact, loose, node, alias);
        }
        _exact = Freeze(exact, StringComparer.OrdinalIgnoreCase);
        _loose = Freeze(loose, StringComparer.Ordinal);
        _exactBySpan = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _looseBySpan = _loose.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The loose keys and their nodes, for suggestions when a lookup fails.</summary>
    public IEnumerable<KeyValuePair<string, GraphNode[]>> LooseEntries => _loose;

    /// <summary>The nodes named <paramref name="name"/>, best first; empty when none.</summary>
    public GraphNode[] Find(ReadOnlySpan<char> name)
    {
        // Names are short and normalise on the stack; a long query gets a heap buffer rather than an error.
        Span<char> buffer = name.Length <= 256 ? stackalloc char[256] : new char[name.Length];
        var key = ExactKey(name, buffer);
        if (key.Length == 0) return [];
        if (_exactBySpan.TryGetValue(key, out var nodes)) return nodes;
        key = LooseKey(name, buffer);
        return key.Length > 0 && _looseBySpan.TryGetValue(key, out nodes) ? nodes : [];
    }

    /// <summary>Trims, and collapses each run of white space to one space (case is left to the comparer).</summary>
    public static ReadOnlySpan<char> ExactKey(ReadOnlySpan<char> name, Span<char> buffer)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) buffer[n++] = ' ';
            pendingSpace = false;
            buffer[n++] = c;
        }
        return buffer[..n];
    }

    /// <summary>Letters and digits only, lower-cased (invariant): "U.S." and "us" share the key "us".</summary>
    public static ReadOnlySpan<char> LooseKey(ReadOnlySpan<char> name, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in name)
            if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
        return buffer[..n];
    }

    /// <summary>The loose key as a string.</summary>
    public static string LooseKey(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[256] : new char[name.Length];
        return LooseKey(name, buffer).ToString();
    }

    private static void Add(Dictionary<string, List<GraphNode>> exact, Dictionary<string, List<GraphNode>> loose, GraphNode node, string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[256] : new char[name.Length];
        AddTo(exact, ExactKey(name, buffer), node);
        AddTo(loose, LooseKey(name, buffer), node);
    }

    private static void AddTo(Dictionary<string, List<GraphNode>> map, ReadOnlySpan<char> key, GraphNode node)
    {
        if (key.IsEmpty) return;
        var lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out var list)) lookup[key] = list = [];
        // A node's own names often share a key ("China", "china"); list it once.
        if (list.Count == 0 || !ReferenceEquals(list[^1], node)) list.Add(node);
    }

    private static FrozenDictionary<string, GraphNode[]> Freeze(Dictionary<string, List<GraphNode>> map, StringComparer comparer)
    {
        var frozen = new Dictionary<string, GraphNode[]>(map.Count, comparer);
        foreach (var (key, list) in map)
        {
            var nodes = list.ToArray();
            if (nodes.Length > 1) Array.Sort(nodes, GraphQuery.ByProminence);
            frozen.Add(key, nodes);
        }
        return frozen.ToFrozenDictionary(comparer);
    }
}
