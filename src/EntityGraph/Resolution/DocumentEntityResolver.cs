using EntityGraph.Documents;
using EntityGraph.Knowledge;

namespace EntityGraph.Resolution;

/// <summary>
/// The default resolver: merges a document's mentions into canonical entities through the knowledge base and
/// in-document coreference. Immutable and thread-safe; linear in the number of mentions, apart from sorting.
/// </summary>
/// <remarks>
/// <para><b>Metonymy.</b> A capital (a knowledge-base place with a <c>capital-of</c>) used as an actor — not
/// after a preposition, and followed, past at most three auxiliaries or adverbs ("has", "also"), by a
/// reporting, communication or action verb ("Pyongyang said", "Moscow agreed", "Beijing has criticised") —
/// stands for its country: the mention joins the country entity, keeps its Location type and has
/// <see cref="Mention.Metonymy"/> set. "Flights between Pyongyang and Moscow" stay places.</para>
/// <para><b>Identity of a mention</b>, in this order: (1) its <see cref="Mention.Key"/> (the gazetteer's
/// knowledge-base key; demonyms carry their country's key); (2) for a person, organisation, party or place
/// without a key, the knowledge-base entry whose name has the same match form — case, spaces, hyphens,
/// apostrophes and periods ignored, so "Xi Jin Ping" finds <c>Xi Jinping</c> and "Kim Jong Il" finds
/// <c>Kim Jong-il</c> — when exactly one entry of a compatible type has it; (3) otherwise its type and match
/// form, so spelling variants meet within the document too.</para>
/// <para><b>Acronyms.</b> An acronym defined in the text ("Organisation and Guidance Department (OGD)") is
/// the defined name wherever it appears. An undefined all-capitals word whose letters are the initials of
/// exactly one longer name in the document (word parts split at hyphens, "and", "of", "the" skipped: "KJI" →
/// "Kim Jong-il", "SK" → "South Korea") is that name — even when the knowledge base reads the acronym
/// otherwise, because a document's own expansion is better evidence than a dictionary; but a knowledge-base
/// country form ("US") yields only to a definition in brackets.</para>
/// <para><b>Surnames and titles.</b> A one-word person ("Xi", left after the merger trims "Chairman") is the
/// full name in the same document whose first or last word it is, when exactly one person qualifies; "Kim"
/// with Kim Il-sung and Kim Jong-il present stays apart.</para>
/// <para><b>Entities.</b> Ids are stable and deterministic: the knowledge-base key (<c>country:PRK</c>,
/// <c>party:KWP</c>), else the type prefix and the slug of the canonical name (<c>person:ri-yong-nam</c>).
/// The canonical name is the knowledge base's, else a name of two or more words over an acronym or surname, then the one written most often, then the first.
/// The type is the knowledge base's, else that of the canonical mention. ISO-3 code and country come from
/// the knowledge base; a person or organisation without a known country takes it from a nationality right
/// before one of its mentions, past titles and role words ("North Korean official Ri Yong-nam", "China’s
/// President Xi"). Organisations get a <see cref="Entity.Kind"/> from the knowledge base, else from the last word that tells one
/// ("…Department" → government, "Koryo Air" → company). Aliases are the distinct surface forms (white space
/// runs as one space) in order of first appearance; mentions are in text order; entities in order of first
/// mention.</para>
/// <para><b>Across documents</b> nothing is merged here: the graph merges entities whose ids are equal. A
/// person known only by a surname gets <c>person:xi</c>, which is deliberately not merged with
/// <c>person:xi-jinping</c> from another document: a bare surname says too little to be sure across texts
/// (there are many Kims), and a wrong merge corrupts the graph silently while a missed one only splits a
/// node. Names the knowledge base knows merge across documents through their keys.</para>
/// </remarks>
public sealed class DocumentEntityResolver : IEntityResolver
{
    private readonly KnowledgeBase? _knowledge;
    private readonly ResolutionLexicon _lexicon = ResolutionLexicon.Default;

    /// <summary>A resolver over the built-in <see cref="KnowledgeBase.Default"/> (loaded on first use).</summary>
    public DocumentEntityResolver() { }

    /// <summary>A resolver over <paramref name="knowledge"/>.</summary>
    public DocumentEntityResolver(KnowledgeBase knowledge) =>
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));

    private sealed class Info(Mention mention)
    {
        public Mention Mention = mention;
        public string Name = "";        // the name's words, normalised, without a trailing possessive
        public string Match = "";       // NameForms.MatchKey(Name)
        public string? Key;             // knowledge-base key, when known
        public string Identity = "";    // what the mention is grouped by
        public int Words;               // tokens in the name
        public string? Initials;        // for names of two or more words
        public bool IsAcronym;          // one all-capitals token of 2–8 letters
        public string? FirstWord, LastWord;
    }

    /// <inheritdoc />
    public IReadOnlyList<Entity> Resolve(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Mentions.Count == 0) return [];
        var knowledge = _knowledge ?? KnowledgeBase.Default;
        var index = KnowledgeNameIndex.For(knowledge);
        var mentions = InTextOrder(document.Mentions);
        var infos = new Info[mentions.Count];
        for (int i = 0; i < infos.Length; i++)
            infos[i] = Describe(document, knowledge, index, mentions[i]);

        ApplyAcronyms(document, infos);
        ApplySurnames(infos);
        return Build(document, knowledge, infos);
    }

    private Info Describe(Document document, KnowledgeBase knowledge, KnowledgeNameIndex index, Mention m)
    {
        if (m.Key is null && m.Type == EntityType.Location) { }
        else if (m.Type == EntityType.Location && m.Key is { } placeKey && knowledge.TryGetEntry(placeKey, out var place)
                 && place.CapitalOf is { } iso3 && IsActor(document, m))
            m = m with { Key = EntityKeys.ForCountry(iso3), Metonymy = true };

        var info = new Info(m);
        bool tokensOk = m.FirstToken >= 0 && m.TokenCount > 0 && m.EndToken <= document.Tokens.Count
                        && m.Span.End <= document.Text.Length && m.Span.Start >= 0;
        if (tokensOk)
        {
            int end = m.EndToken;
            while (end - 1 > m.FirstToken && NameForms.IsPossessive(document, document.Tokens[end - 1])) end--;
            info.Name = NameForms.Join(document, m.FirstToken, end);
            info.Words = end - m.FirstToken;
            info.FirstWord = NameForms.MatchKey(document.Tokens[m.FirstToken].TextIn(document.Text));
            info.LastWord = NameForms.MatchKey(document.Tokens[end - 1].TextIn(document.Text));
            info.Initials = info.Words >= 2 ? Initials(document, m.FirstToken, end) : null;
            info.IsAcronym = info.Words == 1 && IsAcronymWord(document.Tokens[m.FirstToken].TextIn(document.Text));
        }
        else
        {
            // A mention that does not fit the token layer still resolves, by its text alone.
            info.Name = m.Span.Start >= 0 && m.Span.End <= document.Text.Length ? NameForms.Surface(document.Text, m.Span) : "";
            info.Words = 1;
        }
        info.Match = NameForms.MatchKey(info.Name);
        info.Key = m.Key;
        if (info.Key is null && info.Match.Length > 0 && m.Type is EntityType.Person or EntityType.Organization
                or EntityType.PoliticalParty or EntityType.Location)
        {
            var type = m.Type;
            info.Key = index.FindName(info.Match, t => SameKind(type, t))?.Key;
        }
        info.Identity = info.Key ?? EntityKeys.Prefix(m.Type) + "|" + info.Match;
        return info;
    }

    private static bool SameKind(EntityType mentioned, EntityType known) => mentioned switch
    {
        EntityType.Person => known == EntityType.Person,
        EntityType.Organization or EntityType.PoliticalParty => known is EntityType.Organization or EntityType.PoliticalParty,
        EntityType.Location => known is EntityType.Location,
        _ => false,
    };

    /// <summary>A capital as the subject of a reporting or action verb.</summary>
    private bool IsActor(Document document, Mention m)
    {
        var tokens = document.Tokens;
        if (m.FirstToken < 0 || m.EndToken > tokens.Count) return false;
        if (m.FirstToken > 0 && _lexicon.Prepositions.Contains(NameForms.Word(document, tokens[m.FirstToken - 1]).ToString()))
            return false;
        int i = m.EndToken;
        for (int helpers = 0; i < tokens.Count && helpers < 3; helpers++, i++)
        {
            string w = NameForms.Word(document, tokens[i]).ToString();
            if (!_lexicon.VerbHelpers.Contains(w) || !IsLower(w)) break;
        }
        if (i >= tokens.Count) return false;
        string verb = NameForms.Word(document, tokens[i]).ToString();
        return IsLower(verb) && _lexicon.ActorVerbs.Contains(verb);
    }

    private static bool IsLower(string w) => w.Length > 0 && char.IsLower(w[0]);

    private static bool IsAcronymWord(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > 8) return false;
        foreach (char c in w)
            if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    /// <summary>Upper-cased first letters of the word parts (split at hyphens), skipping "and", "of", "the".</summary>
    private static string? Initials(Document document, int first, int end)
    {
        Span<char> buffer = stackalloc char[16];
        int n = 0;
        for (int i = first; i < end; i++)
        {
            var w = document.Tokens[i].TextIn(document.Text);
            if (w.Equals("and", StringComparison.Ordinal) || w.Equals("of", StringComparison.Ordinal)
                || w.Equals("the", StringComparison.Ordinal) || w.Equals("&", StringComparison.Ordinal)) continue;
            bool start = true;
            foreach (char c in w)
            {
                if (c == '-') { start = true; continue; }
                if (start && char.IsLetter(c))
                {
                    if (n == buffer.Length) return null;
                    buffer[n++] = char.ToUpperInvariant(c);
                }
                start = false;
            }
        }
        return n >= 2 ? new string(buffer[..n]) : null;
    }

    private static void ApplyAcronyms(Document document, Info[] infos)
    {
        // Definitions in the text: a name of two or more words followed by "(" ACRONYM ")".
        var defined = new Dictionary<string, string>(StringComparer.Ordinal);
        var tokens = document.Tokens;
        foreach (var info in infos)
        {
            var m = info.Mention;
            if (info.Initials is null || m.EndToken + 2 >= tokens.Count || m.EndToken + 2 < 0) continue;
            if (!tokens[m.EndToken].TextIn(document.Text).SequenceEqual("(") || !tokens[m.EndToken + 2].TextIn(document.Text).SequenceEqual(")"))
                continue;
            var acronym = tokens[m.EndToken + 1].TextIn(document.Text);
            if (IsAcronymWord(acronym) && acronym.SequenceEqual(info.Initials)) defined.TryAdd(acronym.ToString(), info.Identity);
        }
        // Undefined acronyms: the initials of exactly one name (one identity) in the document.
        var byInitials = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var info in infos)
        {
            if (info.Initials is null) continue;
            if (!byInitials.TryGetValue(info.Initials, out var identity)) byInitials.Add(info.Initials, info.Identity);
            else if (identity is not null && identity != info.Identity) byInitials[info.Initials] = null;
        }
        foreach (var info in infos)
        {
            if (!info.IsAcronym) continue;
            string word = info.Name;
            // A country's short form ("US", "UK") is too well established for a guess from initials to
            // override ("United Steelworkers" does not make "US" a union); only a definition in brackets does.
            bool countryForm = EntityKeys.CountryCode(info.Key) is not null;
            if (defined.TryGetValue(word, out var identity)
                || (!countryForm && byInitials.TryGetValue(word, out identity) && identity is not null))
            {
                info.Identity = identity;
                info.Key = identity.Contains('|') ? null : identity;
            }
        }
    }

    private static void ApplySurnames(Info[] infos)
    {
        // One-word person → the one multi-word person in the document whose first or last word it is.
        var byWord = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var info in infos)
        {
            if (info.Mention.Type != EntityType.Person || info.Words < 2) continue;
            foreach (var w in new[] { info.FirstWord, info.LastWord })
            {
                if (string.IsNullOrEmpty(w)) continue;
                if (!byWord.TryGetValue(w, out var identity)) byWord.Add(w, info.Identity);
                else if (identity is not null && identity != info.Identity) byWord[w] = null;
            }
        }
        foreach (var info in infos)
        {
            if (info.Mention.Type != EntityType.Person || info.Words != 1 || info.Key is not null) continue;
            if (byWord.TryGetValue(info.Match, out var identity) && identity is not null)
            {
                info.Identity = identity;
                info.Key = identity.Contains('|') ? null : identity;
            }
        }
    }

    private sealed class Draft(string identity)
    {
        public string Identity = identity;
        public readonly List<Info> Members = [];
    }

    private IReadOnlyList<Entity> Build(Document document, KnowledgeBase knowledge, Info[] infos)
    {
        var drafts = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var order = new List<Draft>();
        foreach (var info in infos)
        {
            if (!drafts.TryGetValue(info.Identity, out var d))
            {
                d = new Draft(info.Identity);
                drafts.Add(info.Identity, d);
                order.Add(d);
            }
            d.Members.Add(info);
        }

        // Mention index by end token, for the nationality look-back.
        var byEnd = new Dictionary<int, Info>();
        foreach (var info in infos)
            if (info.Mention.TokenCount > 0) byEnd.TryAdd(info.Mention.EndToken, info);

        // Two identities can still end with one id (a slug shared by different spellings of a type); they
        // are one entity, so they are merged here, keeping the order of first mention.
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var entities = new List<Entity>(order.Count);
        foreach (var d in order)
        {
            var e = ToEntity(document, knowledge, d, byEnd);
            if (byId.TryGetValue(e.Id, out int at))
            {
                var prev = entities[at];
                var mentions = prev.Mentions.Concat(e.Mentions).OrderBy(m => m.Span.Start).ToArray();
                var aliases = new List<string>();
                foreach (var m in mentions)
                {
                    string s = NameForms.Surface(document.Text, m.Span);
                    if (!aliases.Contains(s)) aliases.Add(s);
                }
                entities[at] = prev with { Mentions = mentions, Aliases = aliases, Country = prev.Country ?? e.Country, Kind = prev.Kind != OrganizationKind.None ? prev.Kind : e.Kind };
                continue;
            }
            byId.Add(e.Id, entities.Count);
            entities.Add(e);
        }
        return entities;
    }

    private Entity ToEntity(Document document, KnowledgeBase knowledge, Draft d, Dictionary<int, Info> byEnd)
    {
        var mentions = new Mention[d.Members.Count];
        var aliases = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Info canonical = Canonical(d.Members);
        for (int i = 0; i < mentions.Length; i++)
        {
            var info = d.Members[i];
            mentions[i] = info.Mention;
            string surface = info.Mention.Span.Start >= 0 && info.Mention.Span.End <= document.Text.Length
                ? NameForms.Surface(document.Text, info.Mention.Span) : info.Name;
            if (seen.Add(surface)) aliases.Add(surface);
        }

        string? key = d.Identity.Contains('|') ? null : d.Identity;
        KnowledgeEntry? entry = key is not null && knowledge.TryGetEntry(key, out var found) ? found : null;
        string id, name;
        EntityType type;
        string? iso3, country;
        if (entry is not null)
        {
            (id, name, type, iso3, country) = (entry.Key, entry.Name, entry.Type, entry.Iso3, entry.Country);
        }
        else
        {
            iso3 = EntityKeys.CountryCode(key);
            name = canonical.Name.Length > 0 ? canonical.Name : aliases[0];
            type = iso3 is not null ? EntityType.Country : canonical.Mention.Type;
            if (key is not null) id = key;
            else
            {
                string slug = NameForms.Slug(name);
                id = EntityKeys.Prefix(type) + ":" + (slug.Length > 0 ? slug : name);
            }
            country = null;
        }
        if (country is null && type is EntityType.Person or EntityType.Organization or EntityType.PoliticalParty)
            foreach (var info in d.Members)
                if ((country = NationalityBefore(document, info.Mention, byEnd)) is not null) break;
        var kind = entry is { Kind: not OrganizationKind.None } ? entry.Kind
            : type == EntityType.PoliticalParty ? OrganizationKind.Party
            : type == EntityType.Organization ? KindOf(document, canonical, id) : OrganizationKind.None;
        return new Entity(id, name, type, iso3, country, aliases.ToArray(), mentions) { Kind = kind };
    }

    /// <summary>
    /// The canonical mention: not a demonym or metonym, then a name of two or more words over an acronym or a
    /// surname, then the name written most often ("Xi Jinping" twice beats "Xi Jin Ping" once), then the first.
    /// </summary>
    private static Info Canonical(List<Info> members)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in members) counts[m.Name] = counts.GetValueOrDefault(m.Name) + 1;
        static int Rank(Info i) => (i.Mention.Type == EntityType.Nationality || i.Mention.Metonymy ? 0 : 2) + (i.Words >= 2 ? 1 : 0);
        Info best = members[0];
        foreach (var m in members)
        {
            int r = Rank(m), br = Rank(best);
            if (r > br || (r == br && counts[m.Name] > counts[best.Name])) best = m;
        }
        return best;
    }

    /// <summary>"North Korean official Ri Yong-nam", "China’s President Xi": the country of a nationality
    /// (or possessive country) right before the mention, past titles and role words only.</summary>
    private string? NationalityBefore(Document document, Mention m, Dictionary<int, Info> byEnd)
    {
        var tokens = document.Tokens;
        if (m.FirstToken <= 0 || m.FirstToken > tokens.Count) return null;
        int j = m.FirstToken - 1;
        for (int skipped = 0; j >= 0 && skipped <= 3; skipped++, j--)
        {
            if (byEnd.TryGetValue(j + 1, out var before) && before.Mention != m)
                return before.Mention.Type == EntityType.Nationality ? EntityKeys.CountryCode(before.Key) : null;
            if (NameForms.IsPossessive(document, tokens[j]) && byEnd.TryGetValue(j, out var owner)
                && owner.Mention.Type == EntityType.Country)
                return EntityKeys.CountryCode(owner.Key);
            string w = NameForms.Word(document, tokens[j]).ToString();
            if (tokens[j].Kind != TokenKind.Word || !(_lexicon.Titles.Contains(w) || _lexicon.RoleWords.Contains(w))) return null;
        }
        return null;
    }

    private OrganizationKind KindOf(Document document, Info canonical, string id)
    {
        if (id.StartsWith("igo:", StringComparison.Ordinal)) return OrganizationKind.Igo;
        var m = canonical.Mention;
        if (m.FirstToken < 0 || m.EndToken > document.Tokens.Count) return OrganizationKind.None;
        for (int i = m.EndToken - 1; i >= m.FirstToken; i--)
            if (_lexicon.KindWords.TryGetValue(NameForms.Word(document, document.Tokens[i]).ToString(), out var kind))
                return kind;
        return OrganizationKind.None;
    }

    // The merged layer is in text order; other callers' may not be, so sort (stably) only then.
    private static IReadOnlyList<Mention> InTextOrder(IReadOnlyList<Mention> mentions)
    {
        for (int i = 1; i < mentions.Count; i++)
            if (mentions[i].Span.Start < mentions[i - 1].Span.Start)
                return mentions.Select((m, k) => (m, k)).OrderBy(p => p.m.Span.Start).ThenBy(p => p.k).Select(p => p.m).ToArray();
        return mentions;
    }
}
