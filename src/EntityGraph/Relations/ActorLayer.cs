using System.Buffers;
using System.Runtime.InteropServices;
using EntityGraph.Documents;

namespace EntityGraph.Relations;

/// <summary>
/// The actor slots of one document, in text order, with a token → slot index, and which tokens are inside
/// a quotation. Built once per document by <see cref="EventExtractor"/>.
/// </summary>
internal sealed class ActorLayer
{
    private readonly int[] _slotAt;   // slot index + 1 for each token covered by a slot, else 0

    private ActorLayer(List<ActorSlot> slots, int[] slotAt, bool[] inQuote)
    {
        Slots = slots;
        _slotAt = slotAt;
        InQuote = inQuote;
    }

    /// <summary>Slots in text order; they never overlap (mentions do not).</summary>
    public List<ActorSlot> Slots { get; }

    /// <summary>Per token: whether it lies inside a quotation (quote marks excluded).</summary>
    public bool[] InQuote { get; }

    /// <summary>Index of the slot covering <paramref name="token"/>, or -1.</summary>
    public int SlotAt(int token) => _slotAt[token] - 1;

    /// <summary>
    /// Countries, nationalities, people, parties and organisations are actors; a place is one when it stands
    /// for its country (metonymy, "Pyongyang said") or the knowledge base ties it to a country (capitals in
    /// "flights between Pyongyang and Moscow"). Other named things (events, works) are not.
    /// </summary>
    public static bool IsActor(Entity entity, Mention mention) => entity.Type switch
    {
        EntityType.Country or EntityType.Nationality or EntityType.Person or EntityType.PoliticalParty
            or EntityType.Organization => true,
        EntityType.Location => mention.Metonymy || entity.Iso3 is not null || entity.Country is not null,
        _ => false,
    };

    /// <summary>
    /// "ethnic Albanians in Serbia", "ethnic Turks": a nationality after "ethnic" names a community, which
    /// CAMEO codes by the country it lives in, not by the one its name comes from; it is left out rather
    /// than placed in the wrong country.
    /// </summary>
    private static bool EthnicGroup(Document document, Mention mention) =>
        mention.Type == EntityType.Nationality && mention.FirstToken > 0
        && document.Tokens[mention.FirstToken - 1].TextIn(document.Text).Equals("ethnic", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Bosnian Serbs", "Iraqi Kurds": two nationalities in a row name a community of the first one's
    /// country (CAMEO codes Bosnian Serbs as BIH), so the pair is one slot acting for the first.
    /// </summary>
    private static void MergeCompoundNationalities(List<ActorSlot> slots)
    {
        for (int i = slots.Count - 2; i >= 0; i--)
        {
            var (a, b) = (slots[i], slots[i + 1]);
            if (a.EndToken == b.FirstToken && !a.Pronoun && !b.Pronoun
                && a.Nationality && b.Nationality)
            {
                slots[i] = a with { EndToken = b.EndToken };
                slots.RemoveAt(i + 1);
            }
        }
    }

    // The last layer built on this thread: three extractors need it for the same document.
    [ThreadStatic] private static LastDocumentCache<ActorLayer>? t_last;

    /// <summary>
    /// The layer of <paramref name="document"/>: built on first use, then shared by every extractor that asks on
    /// the same thread until another document is asked for. Callers must not change it.
    /// </summary>
    public static ActorLayer For(Document document)
    {
        var cache = t_last ??= new LastDocumentCache<ActorLayer>();
        return cache.Get(document) ?? cache.Set(document, Build(document));
    }

    /// <summary>
    /// The layer of <paramref name="document"/> if <see cref="For"/> has already built it on this thread, else null:
    /// for an extractor that can use the layer to skip work but would spend more building it than it saves.
    /// </summary>
    public static ActorLayer? Cached(Document document) => t_last?.Get(document);

    /// <summary>Whether at least two slots lie (at least partly) in tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public bool HasTwoSlotsIn(int first, int end)
    {
        // Slots are in text order and never overlap, so their ends are sorted too: find the first ending after
        // 'first', then look at it and the next.
        int lo = 0, hi = Slots.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Slots[mid].EndToken <= first) lo = mid + 1; else hi = mid;
        }
        return lo + 1 < Slots.Count && Slots[lo + 1].FirstToken < end;
    }

    /// <summary>Builds the layer for <paramref name="document"/> (see <see cref="For"/> to share one).</summary>
    public static ActorLayer Build(Document document)
    {
        int n = document.Tokens.Count;
        var slots = new List<ActorSlot>();
        // Index loops: foreach over the IReadOnlyList interfaces would allocate an enumerator per entity.
        var entities = document.Entities;
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            var mentions = entity.Mentions;
            for (int m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                if (IsActor(entity, mention) && mention.EndToken <= n && !EthnicGroup(document, mention))
                    slots.Add(new ActorSlot(mention.FirstToken, mention.EndToken, entity, Pronoun: false, mention.Metonymy,
                        mention.Type == EntityType.Nationality));
            }
        }

        var inQuote = QuoteMarks(document);
        AddSpeakerPronouns(document, slots, inQuote);
        SortByFirstToken(slots);
        MergeCompoundNationalities(slots);

        var slotAt = new int[n];
        for (int i = 0; i < slots.Count; i++)
            for (int t = slots[i].FirstToken; t < slots[i].EndToken; t++)
                if (slotAt[t] == 0) slotAt[t] = i + 1;
        return new ActorLayer(slots, slotAt, inQuote);
    }

    private static readonly SearchValues<char> QuoteCharacters = SearchValues.Create("“‘«\"'’”»");

    /// <summary>
    /// Marks the tokens between quotation marks. Curly and guillemet openers always open; straight quotes
    /// and ’ open when glued to the next word but not the previous one, and close when glued to the previous
    /// word — so the possessive in "Workers’ Party" outside a quotation does not open one. A quotation left
    /// open ends at the paragraph's end (a blank line) so one stray mark cannot swallow the document.
    /// </summary>
    private static bool[] QuoteMarks(Document document)
    {
        var tokens = document.TokenArray;
        string text = document.Text;
        var inQuote = new bool[tokens.Length];
        // Most texts have no quotation mark at all: one vectorised search says so.
        if (!text.AsSpan().ContainsAny(QuoteCharacters)) return inQuote;
        bool open = false;
        for (int t = 0; t < tokens.Length; t++)
        {
            var word = tokens[t].TextIn(text);
            if (t > 0 && open && text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).Count('\n') >= 2) open = false;
            if (word.Length == 1 && word[0] is '“' or '‘' or '«' or '"' or '\'' or '’' or '”' or '»')
            {
                char c = word[0];
                bool gluedBefore = t > 0 && !tokens[t - 1].SpaceAfter;
                bool gluedAfter = !tokens[t].SpaceAfter && t + 1 < tokens.Length;
                if (c is '“' or '‘' or '«') open = true;
                else if (c is '”' or '»') open = false;
                else if (open && gluedBefore) open = false;
                else if (!open && gluedAfter && !gluedBefore) open = true;
                continue;
            }
            inQuote[t] = open;
        }
        return inQuote;
    }

    /// <summary>
    /// "our"/"us" inside a quotation refer to whoever is quoted. The speaker is taken to be the nearest
    /// actor outside quotations before the quotation — in its own sentence first ("X said, '…our…'"), then up
    /// to six sentences back — that belongs to a country (so it can be placed in a dyad). A documented
    /// heuristic, not coreference: a pronoun with no such speaker is left alone. Pronouns are targets only
    /// ("slanders our capabilities"); as subjects they are too often generic ("we must").
    /// </summary>
    private static void AddSpeakerPronouns(Document document, List<ActorSlot> slots, bool[] inQuote)
    {
        if (Array.IndexOf(inQuote, true) < 0) return;   // no quotation, no pronoun to give a speaker
        var tokens = document.Tokens;
        List<ActorSlot>? added = null;
        var outside = new List<ActorSlot>();
        foreach (var slot in slots)
            if (!inQuote[slot.FirstToken] && (slot.Entity.Iso3 ?? slot.Entity.Country) is not null) outside.Add(slot);
        SortByFirstToken(outside);
        int quoteStart = -1;
        Entity? speaker = null;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (!inQuote[t]) { quoteStart = -1; continue; }
            if (quoteStart < 0)
            {
                quoteStart = t;
                speaker = FindSpeaker(document, outside, t);
            }
            if (speaker is null || !ClauseWords.Is(tokens[t].TextIn(document.Text), WordClass.SpeakerPronoun)) continue;
            if (Covered(slots, t)) continue;
            (added ??= []).Add(new ActorSlot(t, t + 1, speaker, Pronoun: true));
        }
        if (added is not null) slots.AddRange(added);
    }

    private static void SortByFirstToken(List<ActorSlot> slots) =>
        TextOrder.Sort(CollectionsMarshal.AsSpan(slots), static slot => slot.FirstToken);

    private static bool Covered(List<ActorSlot> slots, int token)
    {
        foreach (var slot in slots)
            if (slot.FirstToken <= token && token < slot.EndToken) return true;
        return false;
    }

    private static Entity? FindSpeaker(Document document, List<ActorSlot> outside, int quoteStart)
    {
        int sentence = SentenceOf(document, quoteStart);
        int earliest = sentence < 0 ? 0 : document.Sentences[Math.Max(0, sentence - 6)].FirstToken;
        for (int i = outside.Count - 1; i >= 0; i--)
        {
            if (outside[i].EndToken > quoteStart) continue;
            if (outside[i].FirstToken < earliest) break;
            return outside[i].Entity;
        }
        return null;
    }

    private static int SentenceOf(Document document, int token)
    {
        int lo = 0, hi = document.Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var s = document.Sentences[mid];
            if (token < s.FirstToken) hi = mid - 1;
            else if (token >= s.EndToken) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
