using System.Buffers;
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
        var entities = document.Entities;
        if (entities.Count < 2 || document.Sentences.Count == 0) return;

        // Every mention with its entity in text order, in a pooled array: the scan below reads them sentence by
        // sentence as slices of it.
        int count = 0;
        for (int e = 0; e < entities.Count; e++) count += entities[e].Mentions.Count;
        var rented = ArrayPool<(Mention Mention, Entity Entity)>.Shared.Rent(count);
        try
        {
            int n = 0;
            for (int e = 0; e < entities.Count; e++)
            {
                var entity = entities[e];
                for (int i = 0; i < entity.Mentions.Count; i++) rented[n++] = (entity.Mentions[i], entity);
            }
            var mentions = rented.AsSpan(0, n);
            TextOrder.Sort(mentions, static m => m.Mention.FirstToken);

            // What this call has emitted so far is relations[own..]: that list says whether a tie is new, without a set.
            var emitted = new Emitted(document, relations, relations.Count);
            int m = 0;
            for (int s = 0; s < document.Sentences.Count; s++)
            {
                var sentence = document.Sentences[s];
                while (m < mentions.Length && mentions[m].Mention.FirstToken < sentence.FirstToken) m++;
                int end = m;
                while (end < mentions.Length && mentions[end].Mention.FirstToken < sentence.EndToken) end++;
                if (end - m < 2) continue;
                var inSentence = mentions[m..end];
                for (int i = 0; i < inSentence.Length; i++)
                    for (int j = i + 1; j < inSentence.Length && inSentence[j].Mention.FirstToken - inSentence[i].Mention.EndToken <= MaxGap + 4; j++)
                        Pair(document, s, inSentence[i], inSentence[j], emitted);
                Kinship(document, s, sentence, inSentence, emitted);
            }
            KnowledgeTies(document, emitted);
        }
        finally
        {
            ArrayPool<(Mention, Entity)>.Shared.Return(rented, clearArray: true);
        }
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
    private void KnowledgeTies(Document doc, Emitted emitted)
    {
        var entities = doc.Entities;
        for (int e = 0; e < entities.Count; e++)
        {
            var person = entities[e];
            if (person.Type != EntityType.Person || person.Mentions.Count == 0 || !_knowledge.TryGetEntry(person.Id, out var entry)) continue;
            if (entry.Roles.Count == 0 && entry.MemberOf.Count == 0) continue;
            var first = person.Mentions[0];
            int sentenceIndex = SentenceOf(doc, first.FirstToken);
            if (sentenceIndex < 0) continue;
            // A document has a handful of entities: a scan finds the country or party sooner than a dictionary is
            // built. The country's id is EntityKeys.ForCountry(role.Prefix), compared in place rather than built.
            if ((doc.Date is { } date ? entry.RoleOn(date) : Newest(entry.Roles)) is { } role
                && FirstWithId(entities, "country:", role.Code.AsSpan(0, 3)) is { } country
                && !emitted.AnyTie(person.Id, country.Id, LeaderOf, RoleAt))
                AddKnown(sentenceIndex, first, person, country, RoleAt, emitted);
            for (int k = 0; k < entry.MemberOf.Count; k++)
                if (FirstWithId(entities, "", entry.MemberOf[k]) is { } party
                    && !emitted.AnyTie(person.Id, party.Id, MemberOf, MemberOf))
                    AddKnown(sentenceIndex, first, person, party, MemberOf, emitted);
        }
    }

    /// <summary>The first entity whose id is <paramref name="prefix"/> followed by <paramref name="rest"/>, or null.</summary>
    private static Entity? FirstWithId(IReadOnlyList<Entity> entities, string prefix, ReadOnlySpan<char> rest)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            string id = entities[i].Id;
            if (id.Length == prefix.Length + rest.Length && id.StartsWith(prefix, StringComparison.Ordinal)
                && id.AsSpan(prefix.Length).SequenceEqual(rest))
                return entities[i];
        }
        return null;
    }

    /// <summary>The role with the latest start; undated roles only when no role is dated.</summary>
    private static KnowledgeRole? Newest(IReadOnlyList<KnowledgeRole> roles)
    {
        KnowledgeRole? best = null;
        for (int i = 0; i < roles.Count; i++)
        {
            var role = roles[i];
            if (best is null || (role.From is { } f && (best.From is not { } b || f > b))) best = role;
        }
        return best;
    }

    private static int SentenceOf(Document doc, int token)
    {
        for (int s = 0; s < doc.Sentences.Count; s++)
            if (token >= doc.Sentences[s].FirstToken && token < doc.Sentences[s].EndToken) return s;
        return -1;
    }

    private static void AddKnown(int sentenceIndex, Mention mention, Entity source, Entity target, string type, Emitted emitted)
    {
        if (source.Id == target.Id || emitted.Has(source.Id, target.Id, type, sentenceIndex)) return;
        emitted.Add(new Relation(source.Id, target.Id, type, KnowledgeConfidence, emitted.EvidenceFor(sentenceIndex, mention.Span)));
    }

    private static void Pair(Document doc, int sentenceIndex, (Mention Mention, Entity Entity) left, (Mention Mention, Entity Entity) right,
        Emitted emitted)
    {
        if (left.Entity.Id == right.Entity.Id) return;
        var gap = new Gap(doc, left.Mention.EndToken, right.Mention.FirstToken);
        if (gap.Count < 0) return;   // overlapping mentions (never in a merged layer): nothing lies between them

        bool leftIsAffiliation = left.Entity.Type is EntityType.Country or EntityType.Nationality or EntityType.Organization or EntityType.PoliticalParty;
        bool rightIsAffiliation = right.Entity.Type is EntityType.Country or EntityType.Nationality or EntityType.Organization or EntityType.PoliticalParty;

        // Affiliation [’s] title* Person: "Russian President Boris Yeltsin", "Jordan's King Abdullah".
        if (leftIsAffiliation && right.Entity.Type == EntityType.Person && gap.Count <= MaxGap)
        {
            int k = gap.Count > 0 && gap[0] is "'s" or "’s" or "'" or "’" ? 1 : 0;
            if (ReadTitles(gap, k, skipLinkWords: false, out int titles, out string type))
            {
                var country = left.Entity.Type is EntityType.Country or EntityType.Nationality ? left.Entity : null;
                if (titles > 0) Add(sentenceIndex, right, left, type, 0.7, emitted);
                if (country is not null) Add(sentenceIndex, right, left, Nationality, 0.7, emitted);
                return;
            }
        }

        // … member(s) of [the] Party/Organisation.
        if (right.Entity.Type is EntityType.PoliticalParty or EntityType.Organization && gap.Count <= MaxGap
            && IndexOfMemberOf(gap) >= 0
            && left.Entity.Type is EntityType.Person or EntityType.Country or EntityType.Nationality)
        {
            Add(sentenceIndex, left, right, MemberOf, 0.6, emitted);
            return;
        }

        // Person , [who was] [the] title+ of/at [the] Affiliation: "Kofi Annan, secretary-general of the United
        // Nations", "Ri Yong-nam, who was Party Secretary at the DPRK embassy" (a relative clause that only
        // states the office says the same as the apposition; "at" names where the office is held).
        if (left.Entity.Type == EntityType.Person && rightIsAffiliation && gap.Count is >= 3 and <= MaxGap + 2 && gap[0] is ","
            && gap[^1] is "of" or "at" or "the" && (gap.Contains("of") || gap.Contains("at")))
        {
            int k = 1;
            if (gap[k] is "who")
                for (k++; k < gap.Count && gap[k] is "was" or "is" or "has" or "had" or "been" or "then"; k++) { }
            if (k < gap.Count && ReadTitles(gap, k, skipLinkWords: true, out int titles, out string type) && titles > 0)
            {
                Add(sentenceIndex, left, right, type, 0.65, emitted);
                return;
            }
        }

        // Place , / in Country: "Soroti, Uganda", "Moscow, the Russian capital".
        if (left.Entity.Type == EntityType.Location && right.Entity.Type is EntityType.Country or EntityType.Nationality
            && right.Entity.Iso3 is { } iso && left.Entity.Country == iso && gap.Count is >= 1 and <= 4)
        {
            bool capital = gap.Contains("capital") || (doc.Tokens.Count > right.Mention.EndToken
                && doc.Tokens[right.Mention.EndToken].TextIn(doc.Text).Equals("capital", StringComparison.OrdinalIgnoreCase));
            if (gap[0] is "," or "in" && OnlyPlaceLinks(gap))
                Add(sentenceIndex, left, right, capital ? CapitalOf : LocatedIn, 0.6, emitted);
        }
    }

    /// <summary>
    /// Whether every word of <paramref name="gap"/> from <paramref name="from"/> on is a title word (with
    /// <paramref name="skipLinkWords"/>, "the", "of", "a", "an" and "at" are passed over rather than read);
    /// <paramref name="titles"/> counts the words read, and <paramref name="type"/> is leader-of when one of them
    /// names a head and none is subordinate ("Deputy Prime Minister"), else role-at.
    /// </summary>
    private static bool ReadTitles(Gap gap, int from, bool skipLinkWords, out int titles, out string type)
    {
        titles = 0;
        bool leader = false, subordinate = false;
        type = RoleAt;
        for (int i = from; i < gap.Count; i++)
        {
            var word = gap[i];
            if (skipLinkWords && word is "the" or "of" or "a" or "an" or "at") continue;
            if (!StructuralWords.Title.Contains(word)) return false;
            titles++;
            leader |= StructuralWords.LeaderTitle.Contains(word);
            subordinate |= IsSubordinate(word);
        }
        if (leader && !subordinate) type = LeaderOf;
        return true;
    }

    /// <summary>Only the words that may join a place to its country: ", in the capital 's".</summary>
    private static bool OnlyPlaceLinks(Gap gap)
    {
        for (int i = 0; i < gap.Count; i++)
            if (gap[i] is not ("," or "in" or "the" or "capital" or "'s" or "’s")) return false;
        return true;
    }

    /// <summary>
    /// "X, the eldest son of Y" and "X, who …, is the son of deceased … Y": a kinship noun followed by "of";
    /// the relative is the first person within eight tokens after it (titles and bodies may come first), the
    /// one described is the nearest person before the noun in the sentence.
    /// </summary>
    private static void Kinship(Document doc, int sentenceIndex, Sentence sentence, ReadOnlySpan<(Mention Mention, Entity Entity)> mentions,
        Emitted emitted)
    {
        for (int t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
        {
            // "of" first: it is one comparison, and rules out nearly every token before the kin-word lookup.
            if (!doc.Tokens[t + 1].TextIn(doc.Text).Equals("of", StringComparison.OrdinalIgnoreCase)
                || !StructuralWords.Kin.Contains(doc.Tokens[t].TextIn(doc.Text))) continue;
            int described = -1, relative = -1;
            for (int i = mentions.Length - 1; i >= 0 && described < 0; i--)
                if (mentions[i].Entity.Type == EntityType.Person && mentions[i].Mention.EndToken <= t) described = i;
            for (int i = 0; i < mentions.Length && relative < 0; i++)
                if (mentions[i].Entity.Type == EntityType.Person && mentions[i].Mention.FirstToken > t + 1
                    && mentions[i].Mention.FirstToken <= t + 9) relative = i;
            if (described >= 0 && relative >= 0)
                Add(sentenceIndex, mentions[described], mentions[relative], Family, 0.6, emitted);
        }
    }

    /// <summary>A title that works under a head: "deputy", "vice" ("Deputy Prime Minister" leads nothing).</summary>
    private static bool IsSubordinate(ReadOnlySpan<char> word) =>
        word.Equals("deputy", StringComparison.OrdinalIgnoreCase) || word.Equals("vice", StringComparison.OrdinalIgnoreCase);

    private static int IndexOfMemberOf(Gap gap)
    {
        for (int i = 0; i + 1 < gap.Count; i++)
            if (gap[i] is "member" or "members" or "Member" or "Members" && gap[i + 1] is "of") return i;
        return -1;
    }

    private static void Add(int sentenceIndex, (Mention Mention, Entity Entity) source, (Mention Mention, Entity Entity) target,
        string type, double confidence, Emitted emitted)
    {
        if (source.Entity.Id == target.Entity.Id || emitted.Has(source.Entity.Id, target.Entity.Id, type, sentenceIndex)) return;
        var sentence = emitted.Document.Sentences[sentenceIndex];
        int start = Math.Min(source.Mention.Span.Start, target.Mention.Span.Start);
        int end = Math.Max(source.Mention.Span.End, target.Mention.Span.End);
        start = Math.Max(start, sentence.Span.Start);
        end = Math.Min(end, sentence.Span.End);
        emitted.Add(new Relation(source.Entity.Id, target.Entity.Id, type, confidence,
            emitted.EvidenceFor(sentenceIndex, new TextSpan(start, end - start))));
    }

    /// <summary>The words between two mentions, read in place from the text (no string per word).</summary>
    private readonly struct Gap(Document doc, int from, int to)
    {
        public int Count => to - from;

        public ReadOnlySpan<char> this[int index] => doc.Tokens[from + index].TextIn(doc.Text);

        /// <summary>Whether one of the words is exactly <paramref name="word"/> (ordinal).</summary>
        public bool Contains(string word)
        {
            for (int i = 0; i < Count; i++)
                if (this[i].SequenceEqual(word)) return true;
            return false;
        }
    }

    /// <summary>
    /// The relations one <see cref="Extract"/> call has added: <c>relations[own..]</c>. Ties are few per document,
    /// so a scan of them tells a repeat (same source, target, type and sentence) as well as a set would.
    /// </summary>
    private readonly struct Emitted(Document document, List<Relation> relations, int own)
    {
        public Document Document => document;

        /// <summary>Whether this call already emitted that tie.</summary>
        public bool Has(string source, string target, string type, int sentenceIndex)
        {
            for (int i = own; i < relations.Count; i++)
            {
                var r = relations[i];
                if (r.Evidence.SentenceIndex == sentenceIndex && r.Type == type && r.Source == source && r.Target == target) return true;
            }
            return false;
        }

        /// <summary>Whether any relation in the list (this extractor's or an earlier one's) ties source to target with one of the two types.</summary>
        public bool AnyTie(string source, string target, string type, string otherType)
        {
            for (int i = 0; i < relations.Count; i++)
            {
                var r = relations[i];
                if (r.Source == source && r.Target == target && (r.Type == type || r.Type == otherType)) return true;
            }
            return false;
        }

        public void Add(Relation relation) => relations.Add(relation);

        /// <summary>Evidence in sentence <paramref name="sentenceIndex"/>, whose text is cut once per document and shared.</summary>
        public Evidence EvidenceFor(int sentenceIndex, TextSpan span) =>
            new(document.Id, sentenceIndex, span, SentenceTexts.Of(document, sentenceIndex));
    }
}
