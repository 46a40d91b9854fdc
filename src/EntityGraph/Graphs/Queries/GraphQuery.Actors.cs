namespace EntityGraph.Graphs.Queries;

public sealed partial class GraphQuery
{
    /// <summary>
    /// The country a node acts for, as event coders place actors in a dyad: its own ISO-3 code (countries,
    /// nationalities, capitals standing for their country), else its <see cref="GraphNode.Country"/> (people,
    /// parties, ministries, state media); <c>null</c> when neither is known.
    /// </summary>
    public static string? ActorCountry(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Iso3 ?? node.Country;
    }

    /// <summary>
    /// Every edge from an entity acting for <paramref name="a"/>'s country (<see cref="ActorCountry"/>) to one
    /// acting for <paramref name="b"/>'s, then back: the country-level dyad. "The KWP Central Committee's edict
    /// cuts trade with China" and "China slanders the OGD" are DPRK–China relations even though neither edge
    /// touches the DPRK's own node, which <see cref="Between"/> alone would miss. Edges in graph order within
    /// each direction. O(sum of the out-degrees of the two countries' entities).
    /// </summary>
    /// <param name="a">A node of this graph with a country (typically the country itself).</param>
    /// <param name="b">A node of this graph with another country.</param>
    /// <param name="filter">Which edges count; <c>null</c> for all.</param>
    /// <exception cref="ArgumentException">A node is not of this graph, has no country, or both have the same.</exception>
    public IReadOnlyList<GraphEdge> BetweenActors(GraphNode a, GraphNode b, EdgeFilter? filter = null)
    {
        var (codeA, codeB) = ActorCodes(a, b);
        var edges = new List<GraphEdge>();
        AddActorEdges(codeA, codeB, filter, edges);
        AddActorEdges(codeB, codeA, filter, edges);
        return edges;
    }

    /// <summary>
    /// <see cref="Dyad"/> at country level: every relation of <see cref="BetweenActors"/>, a→b being any edge
    /// whose source acts for <paramref name="a"/>'s country. Answers "how did DPRK–China relations move?" with
    /// everything the two states' people, parties and bodies did to each other.
    /// </summary>
    /// <param name="a">A node of this graph with a country.</param>
    /// <param name="b">A node of this graph with another country.</param>
    /// <param name="granularity">The width of the time buckets.</param>
    /// <param name="filter">Which edges count; <c>null</c> for all.</param>
    /// <exception cref="ArgumentException">See <see cref="BetweenActors"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="granularity"/> is not a defined value.</exception>
    public DyadSummary ActorDyad(GraphNode a, GraphNode b, DateGranularity granularity = DateGranularity.Month, EdgeFilter? filter = null)
    {
        if (!Enum.IsDefined(granularity)) throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown granularity.");
        var (codeA, _) = ActorCodes(a, b);
        return Summarise(a, b, BetweenActors(a, b, filter), edge => ActorCountry(edge.Source) == codeA, granularity);
    }

    private (string A, string B) ActorCodes(GraphNode a, GraphNode b)
    {
        CheckNode(a, nameof(a));
        CheckNode(b, nameof(b));
        string codeA = ActorCountry(a) ?? throw new ArgumentException($"'{a.Id}' acts for no known country.", nameof(a));
        string codeB = ActorCountry(b) ?? throw new ArgumentException($"'{b.Id}' acts for no known country.", nameof(b));
        if (codeA == codeB) throw new ArgumentException($"'{a.Id}' and '{b.Id}' both act for {codeA}: a country-level dyad needs two countries.", nameof(b));
        return (codeA, codeB);
    }

    private void AddActorEdges(string from, string to, EdgeFilter? filter, List<GraphEdge> edges)
    {
        foreach (var node in _actors.Value.GetValueOrDefault(from, []))
            foreach (var edge in Graph.Graph.OutEdges(node))
                if (ActorCountry(edge.Target) == to && (filter is null || filter.Matches(edge))) edges.Add(edge);
    }

    /// <summary>The nodes of each country (<see cref="ActorCountry"/>), in graph order.</summary>
    private static Dictionary<string, GraphNode[]> ActorIndex(EntityRelationGraph graph) =>
        graph.Nodes.Where(n => ActorCountry(n) is not null)
            .GroupBy(n => ActorCountry(n)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
