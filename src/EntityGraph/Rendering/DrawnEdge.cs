using EntityGraph.Graphs;

namespace EntityGraph.Rendering;

/// <summary>
/// One line of the picture: every graph edge between the same two drawn nodes in the same direction
/// (or every symmetric edge of the pair), merged. Its colour is the dominant tone: cooperation or conflict
/// whenever the pair has any, by weight (a tie goes to conflict, the rarer and more newsworthy signal),
/// else a structural tie, else neutral; its width follows the total weight.
/// </summary>
internal sealed class DrawnEdge
{
    private DrawnEdge(int from, int to, bool symmetric, IReadOnlyList<GraphEdge> members)
    {
        From = from;
        To = to;
        Symmetric = symmetric;
        Members = members;
        Weight = members.Sum(m => m.Weight);
        AllNegated = members.All(m => m.Negated);
        var byTone = members.GroupBy(EdgeTones.Of).ToDictionary(g => g.Key, g => g.Sum(m => m.Weight));
        double coop = byTone.GetValueOrDefault(EdgeTone.Cooperation), conflict = byTone.GetValueOrDefault(EdgeTone.Conflict);
        bool signal = byTone.ContainsKey(EdgeTone.Cooperation) || byTone.ContainsKey(EdgeTone.Conflict);
        Tone = signal
            ? (coop > conflict ? EdgeTone.Cooperation : EdgeTone.Conflict)
            : byTone.ContainsKey(EdgeTone.Structural) ? EdgeTone.Structural : EdgeTone.Neutral;
    }

    /// <summary>Index of the node the line starts at (for a symmetric line, the smaller index).</summary>
    public int From { get; }

    /// <summary>Index of the node the line ends at (where the arrowhead is, unless symmetric).</summary>
    public int To { get; }

    /// <summary>Whether the line has no direction (co-mentions).</summary>
    public bool Symmetric { get; }

    /// <summary>The merged graph edges, in graph order.</summary>
    public IReadOnlyList<GraphEdge> Members { get; }

    /// <summary>The sum of the members' weights.</summary>
    public double Weight { get; }

    /// <summary>Whether every member is negated (the line is drawn dashed).</summary>
    public bool AllNegated { get; }

    /// <summary>The colour class.</summary>
    public EdgeTone Tone { get; }

    /// <summary>Groups the selected edges into lines, in a fixed order (by node pair, then symmetric, then direction).</summary>
    public static List<DrawnEdge> Group(IReadOnlyList<GraphEdge> edges, IReadOnlyDictionary<GraphNode, int> index)
    {
        var groups = new Dictionary<(int From, int To, bool Symmetric), List<GraphEdge>>();
        foreach (var edge in edges)
        {
            int s = index[edge.Source], t = index[edge.Target];
            bool symmetric = EdgeTones.IsSymmetric(edge);
            var key = symmetric ? (Math.Min(s, t), Math.Max(s, t), true) : (s, t, false);
            if (!groups.TryGetValue(key, out var list)) groups.Add(key, list = []);
            list.Add(edge);
        }
        return groups
            .OrderBy(g => Math.Min(g.Key.From, g.Key.To))
            .ThenBy(g => Math.Max(g.Key.From, g.Key.To))
            .ThenByDescending(g => g.Key.Symmetric)
            .ThenBy(g => g.Key.From)
            .Select(g => new DrawnEdge(g.Key.From, g.Key.To, g.Key.Symmetric, g.Value))
            .ToList();
    }
}
