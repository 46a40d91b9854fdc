using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using EntityGraph.Documents;
using EntityGraph.Knowledge;
using EntityGraph.Resolution;

namespace EntityGraph.Recognition.Combination;

/// <summary>
/// Carries out the policy documented on <see cref="MentionMerger"/>: tidy the statistical mentions, settle
/// overlaps among mentions of one sort, then combine knowledge mentions (with a <see cref="Mention.Key"/>) with
/// statistical ones (without). Immutable and thread-safe.
/// </summary>
internal sealed class MentionCombiner
{
    private readonly KnowledgeBase? _knowledge;
    private readonly ResolutionLexicon _lexicon;

    public MentionCombiner(KnowledgeBase? knowledge, ResolutionLexicon lexicon)
    {
        _knowledge = knowledge;
        _lexicon = lexicon;
    }

    private KnowledgeNameIndex Index => KnowledgeNameIndex.For(_knowledge ?? KnowledgeBase.Default);

    private static readonly ConditionalWeakTable<KnowledgeBase, FrozenSet<string>> SharedCountryWords = new();

    /// <summary>Capitalised words of three letters or more that occur in the names of two or more countries.</summary>
    private FrozenSet<string> CountryNameWords => SharedCountryWords.GetValue(_knowledge ?? KnowledgeBase.Default, knowledge =>
        knowledge.Entries
            .Where(e => e.Type == EntityType.Country)
            .SelectMany(e => e.Names.Where(n => n.Kind is NameKind.Name or NameKind.Alias)
                .SelectMany(n => n.Text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
                .Where(w => w.Length >= 3 && char.IsUpper(w[0]))
                .Distinct(StringComparer.Ordinal)
                .Select(w => (Word: w, Country: e.Key)))
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Country).Distinct(StringComparer.Ordinal).Count() >= 2)
            .Select(g => g.Key)
            .ToFrozenSet(StringComparer.Ordinal));

    public IReadOnlyList<Mention> Combine(Document? document, IReadOnlyList<Mention> candidates, IReadOnlyList<string> recognizerOrder)
    {
        int tokenCount = document?.Tokens.Count ?? int.MaxValue;
        var keyed = new List<Mention>();
        var statistical = new List<Mention>();
        foreach (var m in candidates)
        {
            // A mention outside the token layer is a recognizer defect; it cannot be placed, so it is left out.
            // Every token has a character, so a mention cannot have more tokens than characters.
            if (m is null || m.TokenCount <= 0 || m.FirstToken < 0 || m.EndToken > tokenCount || m.EndToken < 0
                || m.TokenCount > m.Span.Length) continue;
            (m.Key is null ? statistical : keyed).Add(m);
        }
        if (keyed.Count + statistical.Count == 0) return [];

        if (document is not null) statistical = Tidy(document, statistical);
        var k = NonOverlapping(keyed, recognizerOrder);
        var s = NonOverlapping(statistical, recognizerOrder);

        var all = new List<Mention>(k.Count + s.Count);
        all.AddRange(k);
        all.AddRange(s);
        all.Sort(ByPosition);
        var result = new List<Mention>(all.Count);
        int i = 0;
        while (i < all.Count)
        {
            // A cluster: mentions linked by overlap. k and s are each free of overlaps, so a cluster mixes both.
            int j = i + 1, end = all[i].EndToken;
            while (j < all.Count && all[j].FirstToken < end) { end = Math.Max(end, all[j].EndToken); j++; }
            ResolveCluster(document, all, i, j, result);
            i = j;
        }
        result.Sort(ByPosition);
        return result;
    }

    private static int ByPosition(Mention a, Mention b)
    {
        int c = a.FirstToken.CompareTo(b.FirstToken);
        return c != 0 ? c : b.TokenCount.CompareTo(a.TokenCount);
    }

    /// <summary>Longest first, then the recognizer listed earlier, then leftmost, then the more confident.</summary>
    private static List<Mention> NonOverlapping(List<Mention> mentions, IReadOnlyList<string> order)
    {
        if (mentions.Count <= 1) return mentions;
        int Rank(Mention m)
        {
            for (int r = 0; r < order.Count; r++)
                if (order[r] == m.Recognizer) return r;
            return order.Count;
        }
        var ordered = mentions
            .Select((m, index) => (m, index))
            .OrderByDescending(p => p.m.TokenCount)
            .ThenBy(p => Rank(p.m))
            .ThenBy(p => p.m.FirstToken)
            .ThenByDescending(p => p.m.Confidence)
            .ThenBy(p => p.index)
            .Select(p => p.m);
        // Tokens taken so far, so each candidate is checked in time proportional to its own length. Token
        // indexes are bounded by the document; without one (spans alone) a set keeps memory to what is used.
        int limit = 0;
        long covered = 0;
        foreach (var m in mentions) { limit = Math.Max(limit, m.EndToken); covered += m.TokenCount; }
        var kept = new List<Mention>();
        if (limit <= 4 * covered + 4096)
        {
            var taken = new bool[limit];
            foreach (var m in ordered)
            {
                if (Array.IndexOf(taken, true, m.FirstToken, m.TokenCount) >= 0) continue;
                Array.Fill(taken, true, m.FirstToken, m.TokenCount);
                kept.Add(m);
            }
        }
        else
        {
            var taken = new HashSet<int>();
            foreach (var m in ordered)
            {
                bool clash = false;
                for (int t = m.FirstToken; t < m.EndToken && !clash; t++) clash = taken.Contains(t);
                if (clash) continue;
                for (int t = m.FirstToken; t < m.EndToken; t++) taken.Add(t);
                kept.Add(m);
            }
        }
        kept.Sort(ByPosition);
        return kept;
    }

    private void ResolveCluster(Document? document, List<Mention> all, int from, int to, List<Mention> result)
    {
        if (to - from == 1)
        {
            var m = all[from];
            if (m.Key is not null) result.Add(IsWeak(m) ? m with { Confidence = m.Confidence * MentionMerger.UnconfirmedFactor } : m);
            else if (MapType(document, m) is { } mapped) result.Add(mapped);
            return;
        }
        if (to - from == 2 && (all[from].Key is null) != (all[from + 1].Key is null))
        {
            var keyedOne = all[from].Key is not null ? all[from] : all[from + 1];
            var statOne = all[from].Key is null ? all[from] : all[from + 1];
            Pair(document, keyedOne, statOne, result);
            return;
        }
        // Rare: a chain of overlaps. Sure knowledge mentions first (longest first), then statistical ones, then
        // weak knowledge mentions, each only where nothing kept overlaps it.
        var candidates = all.GetRange(from, to - from)
            .OrderBy(m => m.Key is not null && !IsWeak(m) ? 0 : m.Key is null ? 1 : 2)
            .ThenByDescending(m => m.TokenCount)
            .ThenBy(m => m.FirstToken);
        var kept = new List<Mention>();
        foreach (var m in candidates)
        {
            if (kept.Exists(o => m.FirstToken < o.EndToken && o.FirstToken < m.EndToken)) continue;
            kept.Add(m);
        }
        foreach (var m in kept)
        {
            if (m.Key is null) { if (MapType(document, m) is { } mapped) result.Add(mapped); }
            else result.Add(m);
        }
    }

    private void Pair(Document? document, Mention k, Mention s, List<Mention> result)
    {
        bool compatible = Compatible(k.Type, s.Type);
        if (k.FirstToken == s.FirstToken && k.TokenCount == s.TokenCount)
        {
            if (compatible) result.Add(k with { Confidence = Agree(k.Confidence, s.Confidence) });
            else if (IsWeak(k)) { if (MapType(document, s) is { } mapped) result.Add(mapped); }
            else result.Add(k with { Confidence = k.Confidence * (1 - s.Confidence / 2) });
            return;
        }
        bool sContainsK = s.FirstToken <= k.FirstToken && k.EndToken <= s.EndToken;
        bool kContainsS = k.FirstToken <= s.FirstToken && s.EndToken <= k.EndToken;
        if (sContainsK)
        {
            // "KWP Central Party Committee": a known party or organisation leading a longer name is the body the
            // rest belongs to; keep both. Any other knowledge name inside a longer statistical one ("China" in
            // "Bank of China", "Korean" in "Korean Workers' Party") is part of a bigger, different name.
            if (document is not null && k.FirstToken == s.FirstToken
                && k.Type is EntityType.PoliticalParty or EntityType.Organization
                && NameForms.IsCapitalised(document, document.Tokens[k.EndToken]))
            {
                result.Add(k);
                var rest = Slice(document, s, k.EndToken, s.EndToken);
                if (!(rest.TokenCount == 1 && OnlyGenericWords(document, rest)) && MapType(document, rest) is { } mappedRest)
                    result.Add(mappedRest);
                return;
            }
            if (MapType(document, s) is { } mapped) result.Add(mapped);
            else result.Add(k);
            return;
        }
        if (kContainsS)
        {
            result.Add(compatible ? k with { Confidence = Agree(k.Confidence, s.Confidence) } : k);
            return;
        }
        // Crossing spans: the knowledge base wins unless its name is a weak (ambiguous) guess.
        if (IsWeak(k)) { if (MapType(document, s) is { } mapped) result.Add(mapped); else result.Add(k); }
        else result.Add(k);
    }

    /// <summary>A knowledge mention from an ambiguous name ("Georgia", "NK"): it needs support from context.</summary>
    private static bool IsWeak(Mention m) => m.Confidence <= GazetteerRecognizer.AmbiguousConfidence;

    /// <summary>Two recognizers that both found something there: 1 − (1 − a)(1 − b), capped below certainty.</summary>
    private static double Agree(double a, double b) =>
        Math.Min(MentionMerger.AgreementCap, 1 - (1 - Math.Clamp(a, 0, 1)) * (1 - Math.Clamp(b, 0, 1)));

    /// <summary>
    /// Whether a knowledge type and a statistical type describe the same thing. CoNLL tags countries LOC, but
    /// also ORG when a country acts (teams, governments), so a country accepts both.
    /// </summary>
    internal static bool Compatible(EntityType known, EntityType statistical) => known == statistical || (known, statistical) switch
    {
        (EntityType.Country, EntityType.Location or EntityType.Organization) => true,
        (EntityType.Location, EntityType.Location) => true,
        (EntityType.Nationality, EntityType.Misc) => true,
        (EntityType.PoliticalParty, EntityType.Organization) => true,
        _ => false,
    };

    /// <summary>
    /// The type a statistical mention ends with: PER → Person; ORG → PoliticalParty when its head is a party
    /// word, else Organization; LOC → Country (with its key) when the knowledge base names a country so, else
    /// Location; MISC → Nationality (keyed to the country) when it is a known demonym, else Misc.
    /// </summary>
    private Mention? MapType(Document? document, Mention s)
    {
        if (s.Key is not null || document is null) return s;
        switch (s.Type)
        {
            case EntityType.Organization:
                return IsParty(document, s) ? s with { Type = EntityType.PoliticalParty } : s;
            case EntityType.Location:
            {
                string key = NameForms.MatchKey(NameForms.Join(document, s.FirstToken, s.EndToken));
                var entry = Index.FindName(key, t => t == EntityType.Country);
                return entry is null ? s : s with { Type = EntityType.Country, Key = entry.Key };
            }
            case EntityType.Misc:
            {
                string key = NameForms.MatchKey(NameForms.Join(document, s.FirstToken, s.EndToken));
                var entry = Index.FindDemonym(key);
                return entry is null ? s : s with { Type = EntityType.Nationality, Key = entry.Key };
            }
            default:
                return s;
        }
    }

    /// <summary>"Workers' Party", "Communist Party of China": the last word, or the word before the first "of", is a party head.</summary>
    internal bool IsParty(Document document, Mention m)
    {
        var tokens = document.Tokens;
        for (int i = m.FirstToken + 1; i < m.EndToken; i++)
            if (NameForms.Word(document, tokens[i]).Equals("of", StringComparison.Ordinal))
                return _lexicon.PartyHeads.Contains(NameForms.Word(document, tokens[i - 1]).ToString());
        return _lexicon.PartyHeads.Contains(NameForms.Word(document, tokens[m.EndToken - 1]).ToString());
    }

    /// <summary>
    /// Statistical mentions made fit to compare with knowledge mentions: a possessive after generic words
    /// splits a name (the name after "Party’s" is the organisation; "People's" in "Korean People's Army"
    /// stays), a possessive at its end goes; a leading article goes ("The UN"); titles go from the front
    /// of a person ("Chairman") and from the end of a person or organisation ("OGD First"); a mention left
    /// with one title or generic word ("Party" in "Party Secretary") is dropped; two person mentions
    /// side by side on one line ("Xi" + "Jin Ping") are one name; and a lone initial ("S.") is dropped.
    /// </summary>
    private List<Mention> Tidy(Document document, List<Mention> mentions)
    {
        var tokens = document.Tokens;
        var tidy = new List<Mention>(mentions.Count);
        foreach (var original in mentions)
        {
            int first = original.FirstToken, end = original.EndToken;
            for (int i = end - 1; i >= first; i--)
                if (IsClitic(document, tokens[i]))
                {
                    // "Party’s Organisation…": a generic possessor is not part of the name; "People's" in
                    // "Korean People's Army" is.
                    if (i == end - 1) end = i;
                    else if (i > first && AllGeneric(document, first, i)) first = i + 1;
                    break;
                }
            // "The UN": CoNLL-style models sometimes take a sentence-initial article into the name.
            while (first < end - 1 && IsArticle(document, tokens[first])) first++;
            if (original.Type == EntityType.Person)
                while (first < end - 1 && IsTitle(document, tokens[first])) first++;
            if (original.Type is EntityType.Person or EntityType.Organization)
                while (end - 1 > first && IsTitle(document, tokens[end - 1])) end--;
            if (first >= end) continue;
            var m = first == original.FirstToken && end == original.EndToken ? original : Slice(document, original, first, end);
            if (m.Type is EntityType.Person or EntityType.Organization && m.TokenCount == 1 && OnlyGenericWords(document, m)) continue;
            // "a re-unified Korea": one word shared by several countries' names (Korea, Congo, Sudan, Guinea) names
            // a place, not a person, even where the model guessed a person from the context.
            if (m.Type == EntityType.Person && m.TokenCount == 1
                && CountryNameWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Text.AsSpan(m.Span.Start, m.Span.Length)))
                m = m with { Type = EntityType.Location };
            if (tidy.Count > 0 && CanJoin(document, tidy[^1], m))
            {
                var prev = tidy[^1];
                tidy[^1] = prev with
                {
                    Span = TextSpan.FromBounds(prev.Span.Start, m.Span.End),
                    TokenCount = m.EndToken - prev.FirstToken,
                    Confidence = Math.Min(prev.Confidence, m.Confidence),
                };
                continue;
            }
            tidy.Add(m);
        }
        // "Alas my S.", "the US of / A.": an initial left alone, once side-by-side names are joined ("George W." +
        // "Bush"), names nothing a graph can use.
        tidy.RemoveAll(m => m.TokenCount == 1 && IsInitial(document.Text.AsSpan(m.Span.Start, m.Span.Length)));
        return tidy;
    }

    /// <summary>One letter and a period: "S.", "A.".</summary>
    private static bool IsInitial(ReadOnlySpan<char> text) => text.Length == 2 && char.IsLetter(text[0]) && text[1] == '.';

    // "’s" ends a possessor; a lone apostrophe after a plural belongs to the name ("Workers’ Party").
    private static bool IsClitic(Document document, Token token) =>
        NameForms.IsPossessive(document, token) && token.Span.Length == 2;

    private static bool CanJoin(Document document, Mention a, Mention b)
    {
        if (a.Type != EntityType.Person || b.Type != EntityType.Person || a.Recognizer != b.Recognizer || b.FirstToken != a.EndToken)
            return false;
        var gap = document.Text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
        if (gap.IsEmpty) return false;
        foreach (char c in gap)
            if (c is not (' ' or '\t' or '\u00A0')) return false;
        return true;
    }

    private static bool IsArticle(Document document, Token token) =>
        token.TextIn(document.Text) is "The" or "the" or "A" or "a" or "An" or "an" or "THE";

    private bool IsTitle(Document document, Token token) =>
        NameForms.IsCapitalised(document, token) && _lexicon.Titles.Contains(NameForms.Word(document, token).ToString());

    private bool OnlyGenericWords(Document document, Mention m) => AllGeneric(document, m.FirstToken, m.EndToken);

    private bool AllGeneric(Document document, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Bracket or TokenKind.Clitic) continue;
            string w = NameForms.Word(document, token).ToString();
            if (!_lexicon.NotNames.Contains(w) && !_lexicon.Titles.Contains(w)) return false;
        }
        return true;
    }

    private static Mention Slice(Document document, Mention m, int first, int end) => m with
    {
        Span = TextSpan.FromBounds(document.Tokens[first].Start, document.Tokens[end - 1].End),
        FirstToken = first,
        TokenCount = end - first,
    };
}
