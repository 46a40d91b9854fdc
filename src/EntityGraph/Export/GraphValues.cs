using System.Globalization;
using EntityGraph.Documents;
using EntityGraph.Graphs;

namespace EntityGraph.Export;

/// <summary>
/// Spellings and checks every export format shares: dates, vote tables cleaned for XML, and the checks an
/// importer makes that the values a file states (weight, name, first seen, …) are the ones its sufficient
/// statistics (evidence, votes) give — a file edited by hand into disagreement is an error, not a silent
/// choice of one of the two.
/// </summary>
internal static class GraphValues
{
    /// <summary>ISO 8601 calendar date (<c>2014-05-02</c>): GEXF's <c>date</c> time format, xs:date, and what networkx and spreadsheets read.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// The votes with XML-illegal characters removed from each value, counts of values that become equal
    /// added up (so the table stays a table). Returns <paramref name="votes"/> itself when nothing changes.
    /// </summary>
    public static IReadOnlyDictionary<string, int> CleanVotes(IReadOnlyDictionary<string, int> votes)
    {
        if (votes.Count == 0) return votes;
        bool clean = true;
        foreach (var value in votes.Keys)
            if (!XmlChars.IsClean(value)) { clean = false; break; }
        if (clean) return votes;
        var merged = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, count) in votes)
        {
            string key = XmlChars.RemoveIllegal(value);
            merged[key] = merged.GetValueOrDefault(key) + count;
        }
        return merged;
    }

    /// <summary>The winner of a vote table (most votes, ties to the ordinally smallest), or null when empty.</summary>
    public static string? Winner(IReadOnlyDictionary<string, int> votes) =>
        Votes<string>.WinnerOrDefault(votes, StringComparer.Ordinal);

    /// <summary>An immutable vote table for a node, from values read from a file.</summary>
    public static IReadOnlyDictionary<string, int> Freeze(IEnumerable<KeyValuePair<string, int>> votes) =>
        Votes<string>.Freeze(votes, StringComparer.Ordinal);

    /// <summary>An immutable type vote table for a node, from values read from a file.</summary>
    public static IReadOnlyDictionary<EntityType, int> Freeze(IEnumerable<KeyValuePair<EntityType, int>> votes) =>
        Votes<EntityType>.Freeze(votes, Comparer<EntityType>.Default);

    /// <summary>
    /// What a file states about a node that its votes contradict, or null when everything agrees. The
    /// node was built from the votes, so its values are the ones they give.
    /// </summary>
    public static string? NodeMismatch(GraphNode node, string name, EntityType type, string? iso3, string? country)
    {
        if (node.Name != name) return $"'name' is '{name}' but the name votes give '{node.Name}'";
        if (node.Type != type) return $"'type' is {type} but the type votes give {node.Type}";
        if (node.Iso3 != iso3) return $"'iso3' is {Show(iso3)} but the iso3 votes give {Show(node.Iso3)}";
        if (node.Country != country) return $"'country' is {Show(country)} but the country votes give {Show(node.Country)}";
        return null;
    }

    /// <summary>
    /// What a file states about an edge that its evidence contradicts, or null when everything agrees. The
    /// edge was built from the evidence items, so its values are the ones they give. Numbers compare exactly
    /// (the writers spell doubles so that they read back to the same bits).
    /// </summary>
    public static string? EdgeMismatch(GraphEdge edge, double weight, double confidence, double? meanGoldstein,
        int? quadClass, string? cameo, DateOnly? firstSeen, DateOnly? lastSeen)
    {
        if (!edge.Weight.Equals(weight)) return $"'weight' is {Show(weight)} but the evidence confidences add up to {Show(edge.Weight)}";
        if (!edge.Confidence.Equals(confidence)) return $"'confidence' is {Show(confidence)} but the highest evidence confidence is {Show(edge.Confidence)}";
        if (!Nullable.Equals(edge.MeanGoldstein, meanGoldstein))
            return $"'mean_goldstein' is {Show(meanGoldstein)} but the evidence gives {Show(edge.MeanGoldstein)}";
        if (edge.QuadClass != quadClass) return $"'quad_class' is {Show(quadClass)} but the evidence gives {Show(edge.QuadClass)}";
        if (edge.Cameo != cameo) return $"'cameo' is {Show(cameo)} but the evidence gives {Show(edge.Cameo)}";
        if (edge.FirstSeen != firstSeen) return $"'first_seen' is {Show(Date(firstSeen))} but the evidence dates give {Show(Date(edge.FirstSeen))}";
        if (edge.LastSeen != lastSeen) return $"'last_seen' is {Show(Date(lastSeen))} but the evidence dates give {Show(Date(edge.LastSeen))}";
        return null;
    }

    /// <summary>Checks a node's stated first/last seen pair: both or neither, in order.</summary>
    public static string? DateRangeProblem(DateOnly? first, DateOnly? last)
    {
        if (first.HasValue != last.HasValue) return "'first_seen' and 'last_seen' must be given together";
        if (first > last) return $"'first_seen' {Date(first)} is after 'last_seen' {Date(last)}";
        return null;
    }

    private static string Show(string? value) => value is null ? "absent" : $"'{value}'";

    private static string Show(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "absent";

    private static string Show(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "absent";
}
