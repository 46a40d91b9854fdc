using EntityGraph.Documents;
using EntityGraph.Knowledge;

namespace EntityGraph.Relations;

/// <summary>
/// Structural relations read off short, fixed phrasings between two mentions of one sentence:
/// <list type="bullet">
/// <item><c>leader-of</c> / <c>role-at</c>: an affiliation, a title, then a person ("Russian President
/// Boris Yeltsin", "Jordan's King Abdullah", "OGD First Deputy Director Ri Je-gang"), or a person, a comma and
/// "title of affiliation" ("Kofi Annan, secretary-general of the United Nations"; also "who was title at
/// affiliation": "Ri Yong-nam, who was Party Secretary at the DPRK embassy"); leader-of when the title
/// names a head (president, king, leader, chairman…), else role-at.</item>
/// <item><c>nationality</c>: a demonym or country right before a person, with or without a title.</item>
/// <item><c>member-of</c>: "member(s) of" a party or organisation, from the nearest person or country before.</item>
/// <item><c>family</c>: a kinship noun and "of" between two people ("X, the eldest son of … Y"), from the one
/// described (the nearest person before) to the relative (the first person after, within eight tokens).</item>
/// <item><c>located-in</c>: a place then "," or "in" then the country the knowledge base puts it in
/// ("Soroti, Uganda"); <c>capital-of</c> for "capital" phrasings ("Moscow, the Russian capital").</item>
/// </list>
/// Then, from the knowledge base, for ties the text takes for granted (see <see cref="KnowledgeTies"/>):
/// <c>role-at</c> from a person to the country of the person's role, and <c>member-of</c> from a person to a
/// party the entry names — only when the other side is an entity of the document too, with a lower
/// confidence than a text-attested tie, and the sentence of the person's first mention as evidence.
/// Source and target are entities of the document; every relation carries the sentence as evidence. No
/// <see cref="Relation.Category"/> (that is for interactions). Thread-safe.
/// </summary>
public sealed class StructuralExtractor : IRelationExtractor
{
    /// <summary>Relation types this extractor produces.</summary>
    public const string LeaderOf = "leader-of", RoleAt = "role-at", Nationality = "nationality", MemberOf = "member-of",
        Family = "family", LocatedIn = "located-in", CapitalOf = "capital-of";

    private const int MaxGap = 6;   // tokens allowed between the two mentions of a phrasing

    /// <summary>Confidence of a tie the knowledge base states and the text does not (text-attested ties have 0.6–0.7).</summary>
    public const double KnowledgeConfidence = 0.4;

    private readonly KnowledgeBase _knowledge;

    /// <summary>An extractor using the shipped knowledge base for knowledge-based ties.</summary>
    public StructuralExtractor() : this(KnowledgeBase.Default) { }

    /// <summary>An extractor reading people's roles and parties from <paramref name="knowledge"/>.</summary>
    public StructuralExtractor(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
    }

    /// <inheritdoc />
    public string Name => "structural";

    /// <inheritdoc />
    public void Extract(Document document, List<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(relations);
        if (document.Entities.Count < 2 || document.Sentences.Count == 0) return;

        var mentions = new List<(Mention Mention, Entity Entity)>();
        foreach (var entity in document.Entities)
            foreach (var mention in entity.Mentions)
                mentions.Add((mention, entity));
        mentions.Sort((a, b) => a.Mention.FirstToken.CompareTo(b.Mention.FirstToken));

        var seen = new HashSet<(string, string, string, int)>();
        int m = 0;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            while (m < mentions.Count && mentions[m].Mention.FirstToken < sentence.FirstToken) m++;
            int end = m;
            while (end < mentions.Count && mentions[end].Mention.FirstToken < sentence.EndToken) end++;
            if (end - m < 2) continue;
            var inSentence = mentions.GetRange(m, end - m);
            for (int i = 0; i < inSentence.Count; i++)
                for (int j = i + 1; j < inSentence.Count && inSentence[j].Mention.FirstToken - inSentence[i].Mention.EndToken <= MaxGap + 4; j++)
                    Pair(document, s, inSentence[i], inSentence[j], relations, seen);
            Kinship(document, s, sentence, inSentence, relations, seen);
        }
        KnowledgeTies(document, relations, seen);
    }

    /// <summary>
    /// Ties from the knowledge base for each person entity with an entry: <c>role-at</c> to the country whose
    /// CAMEO code starts the role (<c>CHNGOV</c> → <c>country:CHN</c>) and <c>member-of</c> to each party of
    /// the entry's <see cref="KnowledgeEntry.MemberOf"/>, when that country or party is an entity of the
    /// document (no entity is invented). The role is the one on <see cref="Document.Date"/> when the document
    /// has a date (none on that date: no tie); without a date, the newest role (latest start; an undated
    /// role only when nothing is dated), since news is mostly about the present. The kind of office is not in
    /// the data (<c>GOV</c> covers a head of state and a clerk alike), hence <c>role-at</c>, never
    /// <c>leader-of</c>. Evidence: the sentence of the person's first mention, span = that mention. Skipped
    /// when the text already gave a leader-of or role-at tie between the two.
    /// </summary>
    private void KnowledgeTies(Document doc, List<Relation> relations, HashSet<(string, string, string, int)> seen)
    {
        Dictionary<string, Entity>? byId = null;
        foreach (var person in doc.Entities)
        {
            if (person.Type != EntityType.Person || person.Mentions.Count == 0 || !_knowledge.TryGetEntry(person.Id, out var entry)) continue;
            if (entry.Roles.Count == 0 && entry.MemberOf.Count == 0) continue;
            byId ??= doc.Entities.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var first = person.Mentions[0];
            int sentenceIndex = SentenceOf(doc, first.FirstToken);
            if (sentenceIndex < 0) continue;
            if ((doc.Date is { } date ? entry.RoleOn(date) : Newest(entry.Roles)) is { } role
                && byId.TryGetValue(EntityKeys.ForCountry(role.Prefix), out var country)
                && !relations.Any(r => r.Source == person.Id && r.Target == country.Id && r.Type is LeaderOf or RoleAt))
                AddKnown(doc, sentenceIndex, first, person, country, RoleAt, relations, seen);
            foreach (var key in entry.MemberOf)
                if (byId.TryGetValue(key, out var party)
                    && !relations.Any(r => r.Source == person.Id && r.Target == party.Id && r.Type == MemberOf))
                    AddKnown(doc, sentenceIndex, first, person, party, MemberOf, relations, seen);
        }
    }

    /// <summary>The role with the latest start; undated roles only when no role is dated.</summary>
    private static KnowledgeRole? Newest(IReadOnlyList<KnowledgeRole> roles)
    {
        KnowledgeRole? best = null;
        foreach (var role in roles)
            if (best is null || (role.From is { } f && (best.From is not { } b || f > b))) best = role;
        return best;
    }

    private static int SentenceOf(Document doc, int token)
    {
        for (int s = 0; s < doc.Sentences.Count; s++)
            if (token >= doc.Sentences[s].FirstToken && token < doc.Sentences[s].EndToken) return s;
        return -1;
    }

    private static void AddKnown(Document doc, int sentenceIndex, Mention mention, Entity source, Entity target, string type,
        List<Relation> relations, HashSet<(string, string, string, int)> seen)
    {
        if (source.Id == target.Id || !seen.Add((source.Id, target.Id, type, sentenceIndex))) return;
        var sentence = doc.Sentences[sentenceIndex];
        relations.Add(new Relation(source.Id, target.Id, type, KnowledgeConfidence,
            new Evidence(doc.Id, sentenceIndex, mention.Span, doc.TextOf(sentence))));
    }

    private static void Pair(Document doc, int sentenceIndex, (Mention Mention, Entity Entity) left, (Mention Mention, Entity Entity) right,
        List<Relation> relations, HashSet<(string, string, string, int)> seen)
    {
        if (left.Entity.Id == right.Entity.Id) return;
        int from = left.Mention.EndToken, to = right.Mention.FirstToken;
        var gap = new List<string>(to - from);
        for (int t = from; t < to; t++) gap.Add(doc.TextOf(doc.Tokens[t]));

        bool leftIsAffiliation = left.Entity.Type is EntityType.Country or EntityType.Nationality or EntityType.Organization or EntityType.PoliticalParty;
        bool rightIsAffiliation = right.Entity.Type is EntityType.Country or EntityType.Nationality or EntityType.Organization or EntityType.PoliticalParty;

        // Affiliation [’s] title* Person: "Russian President Boris Yeltsin", "Jordan's King Abdullah".
        if (leftIsAffiliation && right.Entity.Type == EntityType.Person && gap.Count <= MaxGap)
        {
            int k = gap.Count > 0 && gap[0] is "'s" or "’s" or "'" or "’" ? 1 : 0;
            var titles = gap.Skip(k).ToList();
            if (titles.All(w => StructuralWords.Title.Contains(w)))
            {
                var country = left.Entity.Type is EntityType.Country or EntityType.Nationality ? left.Entity : null;
                if (titles.Count > 0)
                {
                    string type = titles.Any(w => StructuralWords.LeaderTitle.Contains(w)) && !titles.Any(IsSubordinate) ? LeaderOf : RoleAt;
                    Add(doc, sentenceIndex, right, left, type, 0.7, relations, seen);
                }
                if (country is not null) Add(doc, sentenceIndex, right, left, Nationality, 0.7, relations, seen);
                return;
            }
        }

        // … member(s) of [the] Party/Organisation.
        if (right.Entity.Type is EntityType.PoliticalParty or EntityType.Organization && gap.Count <= MaxGap
            && IndexOfMemberOf(gap) >= 0
            && left.Entity.Type is EntityType.Person or EntityType.Country or EntityType.Nationality)
        {
            Add(doc, sentenceIndex, left, right, MemberOf, 0.6, relations, seen);
            return;
        }

        // Person , [who was] [the] title+ of/at [the] Affiliation: "Kofi Annan, secretary-general of the United
        // Nations", "Ri Yong-nam, who was Party Secretary at the DPRK embassy" (a relative clause that only
        // states the office says the same as the apposition; "at" names where the office is held).
        if (left.Entity.Type == EntityType.Person && rightIsAffiliation && gap.Count is >= 3 and <= MaxGap + 2 && gap[0] == ","
            && gap[^1] is "of" or "at" or "the" && (gap.Contains("of") || gap.Contains("at")))
        {
            int k = 1;
            if (gap[k] == "who")
                for (k++; k < gap.Count && gap[k] is "was" or "is" or "has" or "had" or "been" or "then"; k++) { }
            var titles = gap.Skip(k).Where(w => w is not ("the" or "of" or "a" or "an" or "at")).ToList();
            if (k < gap.Count && titles.Count > 0 && titles.All(w => StructuralWords.Title.Contains(w)))
            {
                string type = titles.Any(w => StructuralWords.LeaderTitle.Contains(w)) && !titles.Any(IsSubordinate) ? LeaderOf : RoleAt;
                Add(doc, sentenceIndex, left, right, type, 0.65, relations, seen);
                return;
            }
        }

        // Place , / in Country: "Soroti, Uganda", "Moscow, the Russian capital".
        if (left.Entity.Type == EntityType.Location && right.Entity.Type is EntityType.Country or EntityType.Nationality
            && right.Entity.Iso3 is { } iso && left.Entity.Country == iso && gap.Count is >= 1 and <= 4)
        {
            bool capital = gap.Contains("capital") || (doc.Tokens.Count > right.Mention.EndToken
                && doc.TextOf(doc.Tokens[right.Mention.EndToken]).Equals("capital", StringComparison.OrdinalIgnoreCase));
            if (gap[0] is "," or "in" && gap.All(w => w is "," or "in" or "the" or "capital" or "'s" or "’s"))
                Add(doc, sentenceIndex, left, right, capital ? CapitalOf : LocatedIn, 0.6, relations, seen);
        }
    }

    /// <summary>
    /// "X, the eldest son of Y" and "X, who …, is the son of deceased … Y": a kinship noun followed by "of";
    /// the relative is the first person within eight tokens after it (titles and bodies may come first), the
    /// one described is the nearest person before the noun in the sentence.
    /// </summary>
    private static void Kinship(Document doc, int sentenceIndex, Sentence sentence, List<(Mention Mention, Entity Entity)> mentions,
        List<Relation> relations, HashSet<(string, string, string, int)> seen)
    {
        for (int t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
        {
            if (!StructuralWords.Kin.Contains(doc.Tokens[t].TextIn(doc.Text))
                || !doc.Tokens[t + 1].TextIn(doc.Text).Equals("of", StringComparison.OrdinalIgnoreCase)) continue;
            var described = mentions.LastOrDefault(x => x.Entity.Type == EntityType.Person && x.Mention.EndToken <= t);
            var relative = mentions.FirstOrDefault(x => x.Entity.Type == EntityType.Person && x.Mention.FirstToken > t + 1
                && x.Mention.FirstToken <= t + 9);
            if (described.Entity is not null && relative.Entity is not null)
                Add(doc, sentenceIndex, described, relative, Family, 0.6, relations, seen);
        }
    }

    /// <summary>A title that works under a head: "deputy", "vice" ("Deputy Prime Minister" leads nothing).</summary>
    private static bool IsSubordinate(string word) =>
        word.Equals("deputy", StringComparison.OrdinalIgnoreCase) || word.Equals("vice", StringComparison.OrdinalIgnoreCase);

    private static int IndexOfMemberOf(List<string> gap)
    {
        for (int i = 0; i + 1 < gap.Count; i++)
            if (gap[i] is "member" or "members" or "Member" or "Members" && gap[i + 1] == "of") return i;
        return -1;
    }

    private static void Add(Document doc, int sentenceIndex, (Mention Mention, Entity Entity) source, (Mention Mention, Entity Entity) target,
        string type, double confidence, List<Relation> relations, HashSet<(string, string, string, int)> seen)
    {
        if (source.Entity.Id == target.Entity.Id || !seen.Add((source.Entity.Id, target.Entity.Id, type, sentenceIndex))) return;
        var sentence = doc.Sentences[sentenceIndex];
        int start = Math.Min(source.Mention.Span.Start, target.Mention.Span.Start);
        int end = Math.Max(source.Mention.Span.End, target.Mention.Span.End);
        start = Math.Max(start, sentence.Span.Start);
        end = Math.Min(end, sentence.Span.End);
        relations.Add(new Relation(source.Entity.Id, target.Entity.Id, type, confidence,
            new Evidence(doc.Id, sentenceIndex, new TextSpan(start, end - start), doc.TextOf(sentence))));
    }
}
