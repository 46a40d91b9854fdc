using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using EntityGraph.Documents;
using EntityGraph.Knowledge;

namespace EntityGraph.Resolution;

/// <summary>
/// Every matchable name of a <see cref="KnowledgeBase"/> by its <see cref="NameForms.MatchKey"/>, so a name the
/// gazetteer missed because of spelling ("Xi Jin Ping", "Kim Jong Il") still finds its entry. One index per
/// knowledge base, built on first use and shared; immutable and thread-safe.
/// </summary>
internal sealed class KnowledgeNameIndex
{
    private static readonly ConditionalWeakTable<KnowledgeBase, KnowledgeNameIndex> Cache = new();

    private readonly FrozenDictionary<string, (KnowledgeEntry Entry, NameKind Kind)[]> _byKey;

    private KnowledgeNameIndex(KnowledgeBase knowledge)
    {
        var map = new Dictionary<string, List<(KnowledgeEntry, NameKind)>>(StringComparer.Ordinal);
        foreach (var entry in knowledge.Entries)
            foreach (var name in entry.Names)
            {
                if (!name.IsMatchable || name.Kind == NameKind.Code) continue;
                string key = NameForms.MatchKey(name.Text);
                if (key.Length < 2) continue;
                if (!map.TryGetValue(key, out var list)) map.Add(key, list = []);
                if (!list.Exists(p => p.Item1 == entry && p.Item2 == name.Kind)) list.Add((entry, name.Kind));
            }
        _byKey = map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The index of <paramref name="knowledge"/>, built once.</summary>
    public static KnowledgeNameIndex For(KnowledgeBase knowledge) => Cache.GetValue(knowledge, k => new KnowledgeNameIndex(k));

    /// <summary>
    /// The one entry whose name (not a demonym) has match key <paramref name="matchKey"/> and whose type
    /// <paramref name="accept"/> allows, or <c>null</c> when none or several do.
    /// </summary>
    public KnowledgeEntry? FindName(string matchKey, Func<EntityType, bool> accept) => Find(matchKey, accept, demonym: false);

    /// <summary>The one entry with demonym <paramref name="matchKey"/>, or <c>null</c>.</summary>
    public KnowledgeEntry? FindDemonym(string matchKey) => Find(matchKey, _ => true, demonym: true);

    private KnowledgeEntry? Find(string matchKey, Func<EntityType, bool> accept, bool demonym)
    {
        if (!_byKey.TryGetValue(matchKey, out var hits)) return null;
        KnowledgeEntry? found = null;
        foreach (var (entry, kind) in hits)
        {
            if ((kind == NameKind.Demonym) != demonym || !accept(entry.Type)) continue;
            if (found is not null && found != entry) return null;
            found = entry;
        }
        return found;
    }
}
