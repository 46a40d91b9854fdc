using EntityGraph.Documents;

namespace EntityGraph.Relations;

/// <summary>
/// Interaction relations ("who did what to whom") typed on CAMEO and PLOVER 2021, found without a parser:
/// event verbs from the PETRARCH-2 dictionary (<see cref="VerbLexicon"/>) and clause heuristics around them.
/// <list type="bullet">
/// <item>Source: the nearest actor before the verb in its sentence that is not in a prepositional phrase
/// ("trade with China and expand…") nor the object of an earlier verb; actors joined by "and"/"," form one
/// compound subject ("Israel and the Palestinians agreed").</item>
/// <item>Target: the first other actor after the verb (through "with", "against", "to", "from"…).</item>
/// <item>Passive ("X was criticised by Y"): the actor after "by" is the source, the subject the target;
/// without an agent only "between X and Y" or compound subjects give (reciprocal) relations.</item>
/// <item>Reciprocal: a compound subject with no target relates every member to every other, both ways, for
/// cooperation and fighting.</item>
/// <item>One relation per ordered pair of actors and sentence: the first verb's.</item>
/// <item>Receptive codes (<c>[:B]</c>, "X received aid from Y") swap source and target.</item>
/// <item>Code: the block's most specific post-verb pattern that matches the next words (for a passive, the
/// words before the verb too), else the verb's code, else the block's. Codes outside PLOVER (statements) and
/// verbs without a code give nothing.</item>
/// <item>Negation: "not", "n't", "never", "no" in the three words before the verb set <see cref="Relation.Negated"/>.</item>
/// </list>
/// Relations name entities of the document; a person or body acts for its <see cref="Entity.Country"/>
/// when dyads are formed (<see cref="ActorCodes"/>). Relations between two actors of the same country are
/// left out in this first cut (domestic events need sector codes). Thread-safe; holds no per-call state.
/// </summary>
public sealed class EventExtractor : IRelationExtractor
{
    /// <summary>The relation type this extractor produces.</summary>
    public const string RelationType = "interaction";

    private const int TargetWindow = 20;   // tokens after the verb searched for a target
    private const int PatternWindow = 10;  // tokens after the verb searched for a pattern's words

    private readonly VerbLexicon _verbs;
    private readonly CameoTable _table;

    /// <summary>An extractor over the shipped verb lexicon and code table.</summary>
    public EventExtractor() : this(VerbLexicon.Default, CameoTable.Default) { }

    /// <summary>An extractor over the given lexicon and table.</summary>
    public EventExtractor(VerbLexicon verbs, CameoTable table)
    {
        _verbs = verbs ?? throw new ArgumentNullException(nameof(verbs));
        _table = table ?? throw new ArgumentNullException(nameof(table));
    }

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public void Extract(Document document, List<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(relations);
        if (document.Entities.Count == 0 || document.Sentences.Count == 0) return;
        var actors = ActorLayer.For(document);
        if (actors.Slots.Count < 2) return;

        using var words = TokenWords.For(document, _verbs);
        var context = new Context(document, actors, words, relations, relations.Count);
        int slot = 0;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            while (slot < actors.Slots.Count && actors.Slots[slot].FirstToken < sentence.FirstToken) slot++;
            int count = 0;
            for (int i = slot; i < actors.Slots.Count && actors.Slots[i].FirstToken < sentence.EndToken; i++) count++;
            if (count < 2) continue;   // a relation needs two actors in the sentence
            words.Fill(sentence);
            ScanSentence(context, s, sentence);
        }
    }

    private sealed record Context(Document Document, ActorLayer Actors, TokenWords Words, List<Relation> Relations,
        int Own)
    {
        /// <summary>The document's tokens.</summary>
        public Token[] Tokens { get; } = Document.TokenArray;

        /// <summary>The text of token <paramref name="t"/>.</summary>
        public ReadOnlySpan<char> WordAt(int t) => Tokens[t].TextIn(Document.Text);
    }

    private void ScanSentence(Context c, int sentenceIndex, Sentence sentence)
    {
        var tokens = c.Tokens;
        string text = c.Document.Text;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (c.Actors.SlotAt(t) >= 0) continue;
            var word = tokens[t].TextIn(text);
            if (word.Length < 2 || !char.IsLetter(word[0])) continue;
            if (c.Words.Is(t, WordClass.Obligation))
            {
                // What is asked for has not happened: the obligated act is not a second event.
                if (Obligation(c, sentenceIndex, sentence, t)) return;
                continue;
            }
            var entries = _verbs.StartingWith(c.Words.Word(t));
            if (entries.IsEmpty) continue;
            int length = MatchLength(c.Words, entries, t, sentence.EndToken);
            if (length == 0 || LooksLikeNoun(c, sentence, t)) continue;
            int before = c.Relations.Count;
            t = TryEvent(c, sentenceIndex, sentence, t, length, entries) - 1;
            // A demand's complement ("demanded that the US cancel the sale to Taiwan", "demanded a truce
            // before allowing aid") says what is asked for, not what happened: the rest of the sentence
            // gives no further events.
            if (c.Relations.Count > before && c.Relations[^1].Cameo is { } cameo && cameo.StartsWith("10", StringComparison.Ordinal)) return;
        }
    }

    /// <summary>Length in tokens of the longest entry whose words follow at <paramref name="t"/>, or 0.</summary>
    private static int MatchLength(TokenWords words, ReadOnlySpan<VerbEntry> entries, int t, int end)
    {
        foreach (ref readonly var entry in entries)   // longest first
            if (entry.Length == 1 || WordsAt(words, entry.WordIds, t, end)) return entry.Length;
        return 0;
    }

    private static bool WordsAt(TokenWords words, int[] ids, int t, int end)
    {
        if (t + ids.Length > end) return false;
        for (int k = 1; k < ids.Length; k++)
            if (words.Word(t + k) != ids[k]) return false;
        return true;
    }

    /// <summary>
    /// Without part-of-speech tags, "attack", "sanctions" and "trade" are verbs or nouns; a determiner or a
    /// noun-phrase modifier before the word ("the attack", "economic sanctions") or a capital letter inside
    /// the sentence ("the Defence Ministry") says noun.
    /// </summary>
    private static bool LooksLikeNoun(Context c, Sentence sentence, int t)
    {
        var (actors, words) = (c.Actors, c.Words);
        var word = c.WordAt(t);
        if (t > sentence.FirstToken && char.IsUpper(word[0])) return true;
        if (t > sentence.FirstToken && words.Is(t - 1, WordClass.NounMarker)) return true;
        // Right after an adjective the word is a noun ("illegal arms sales", "humanitarian aid", "nuclear
        // talks"): verbs follow subjects or adverbs (-ly), not adjectives.
        if (t > sentence.FirstToken && LooksLikeAdjective(c.WordAt(t - 1))) return true;
        // After a possessive the word modifies a noun ("Jordan's visiting king", "Iran's proposed talks").
        if (t > sentence.FirstToken && c.WordAt(t - 1) is "'s" or "’s") return true;
        // "a close ally", "the new sanctions": a determiner and a lower-case modifier before the word. Past
        // forms stay verbs ("the army attacked") and so do words after a plural ("the rebels attack").
        if (t - 2 >= sentence.FirstToken && words.Is(t - 2, WordClass.Determiner)
            && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            var modifier = c.WordAt(t - 1);
            if (modifier.Length > 1 && char.IsLower(modifier[0]) && !words.Is(t - 1, WordClass.Adverb)
                && !modifier.EndsWith('s') && !modifier.Equals("to", StringComparison.OrdinalIgnoreCase)) return true;
        }
        // "a United Nations appeal": an indefinite article, a name, then the word — a noun compound.
        if (t > sentence.FirstToken && actors.SlotAt(t - 1) is >= 0 and int s && actors.Slots[s].FirstToken > sentence.FirstToken)
        {
            var article = c.WordAt(actors.Slots[s].FirstToken - 1);
            return article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>A lower-case word with a typical adjective ending (-al, -ic, -ive, -ous, -ful, -ary, -ian).</summary>
    private static bool LooksLikeAdjective(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLower(word[0])
        && (word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal)
            || word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("ous", StringComparison.Ordinal)
            || word.EndsWith("ful", StringComparison.Ordinal) || word.EndsWith("ary", StringComparison.Ordinal)
            || word.EndsWith("ian", StringComparison.Ordinal));

    /// <summary>Codes the event at <paramref name="verb"/>, if any; returns the token where scanning resumes.</summary>
    private int TryEvent(Context c, int sentenceIndex, Sentence sentence, int verb, int length, ReadOnlySpan<VerbEntry> entries)
    {
        int verbEnd = verb + length;
        bool passive = IsPassive(c, sentence, verb);
        Subject? reducedPassiveSubject = null;
        ActorSlot? agent = null;   // "by X" after a passive verb, looked for once
        // ", disputed by Argentina and Chile": a participle opening a comma phrase with an agent is a reduced
        // passive relative; its patient is what stands right before the comma (nothing, if that is no actor).
        if (!passive && verb - 1 > sentence.FirstToken && c.WordAt(verb - 1) is ","
            && c.WordAt(verb).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && FindAgent(c, sentence, verbEnd) is { } reducedAgent)
        {
            passive = true;
            agent = reducedAgent;
            int before = c.Actors.SlotAt(verb - 2);
            reducedPassiveSubject = before >= 0 && !c.Actors.Slots[before].Pronoun
                ? new Subject([c.Actors.Slots[before]], verb - 1, Between: false)
                : new Subject([], sentence.FirstToken, Between: false);
        }
        else if (passive) agent = FindAgent(c, sentence, verbEnd);

        // A verb-looking word right after the verb is its object noun ("decrease trade with China").
        int afterObject = verbEnd < sentence.EndToken && c.Actors.SlotAt(verbEnd) < 0
            && _verbs.IsVerbWord(c.Words.Word(verbEnd)) ? verbEnd + 1 : verbEnd;
        // "V1 to V2" (see below): the words of V2 when one follows. Adverbs and a short time phrase may come
        // between ("threatened on Monday to resume").
        int to = verbEnd;
        while (to < sentence.EndToken && to < verbEnd + 4 && c.Words.Is(to, WordClass.Adverb | WordClass.TimeWord)) to++;
        int complement = !passive && to + 1 < sentence.EndToken && c.WordAt(to).Equals("to", StringComparison.OrdinalIgnoreCase)
            && c.Actors.SlotAt(to + 1) < 0 ? MatchLength(c.Words, _verbs.StartingWith(c.Words.Word(to + 1)), to + 1, sentence.EndToken) : 0;
        var subject = reducedPassiveSubject ?? FindSubject(c, sentence, verb);
        // Nothing comes of a verb without a subject, nor of one with a single actor as subject and neither a target
        // nor an agent after it (no partner either), whatever its code: the search for a target that also accepts
        // a scene finds every target any code would. And unless V2 follows, the scan resumes after the verb's
        // object for every code. So the code, and its pattern search (half of this method's time), can wait.
        if (complement == 0 && (subject.Count == 0 || (subject.Count == 1
            && FindTarget(c, sentence, verbEnd, subject, sceneIsTarget: true) is null
            && (!passive || agent is null))))
            return afterObject;

        // The code: first entry (of the matched length) whose pattern, verb or block gives one.
        PairedCode code = default;
        bool patterned = false;
        bool agreeBlock = false;
        // The pattern window. A passive verb's object is its subject ("flights … are to be increased"), so it
        // reaches before the verb too; what someone "must" do is asked of them (see Obligation), not done by
        // the verb's subject, so it ends at an obligation word.
        int windowStart = passive ? Math.Max(sentence.FirstToken, verb - PatternWindow) : verb;
        int windowEnd = Math.Min(sentence.EndToken, verbEnd + PatternWindow);
        for (int k = verbEnd; k < windowEnd; k++)
            if (c.Words.Is(k, WordClass.Obligation)) { windowEnd = k; break; }
        foreach (ref readonly var entry in entries)
        {
            if (entry.Length != length) continue;
            agreeBlock = entry.InAgreeBlock;
            if (BestPattern(c, entry.Definition, windowStart, verb, verbEnd, windowEnd) is { } pattern)
            {
                code = pattern.Code;
                patterned = true;
            }
            if (code.IsNone) code = entry.Code;
            if (!code.IsNone) break;
        }
        if (code.IsNone) return afterObject;

        // "V1 to V2": intent, refusal and threat verbs keep their own code and take V2's target ("threatened to
        // attack Israel" is a threat); any other V1 ("decided to", "is to") leaves the event to V2.
        int targetFrom = verbEnd, resume = afterObject;
        if (complement > 0)
        {
            var root = (code.Active ?? code.Passive!).AsSpan(0, 2);
            if (agreeBlock || root is "03" or "12" or "13")
            {
                if (agreeBlock && root is "05" && !patterned) code = new PairedCode("030", null);
                targetFrom = resume = to + 1 + complement;
            }
            else return verbEnd;
        }
        // "will visit", "would boycott", "is willing to withdraw": an announced act is intent (AGREE) when
        // cooperative and a threat when conflictual, as CAMEO codes it.
        if (!passive && IsIntent(c, sentence, verb) && code.Active is { } intended)
            code = new PairedCode(IntentCode(intended), code.Passive);

        bool negated = IsNegated(c, sentence, verb);
        // "is opposed to", "is committed to": a participle followed by "to" and no agent is an adjective
        // saying what the subject does, so it reads as active.
        if (passive && agent is null && verbEnd < sentence.EndToken
            && c.WordAt(verbEnd).Equals("to", StringComparison.OrdinalIgnoreCase))
            passive = false;
        if (passive)
        {
            if (agent is { } by && subject.Count > 0)
            {
                foreach (var patient in subject.Slots)
                    Emit(c, sentenceIndex, by, patient, code.Active ?? code.Passive!, verb, verbEnd, negated, Confidence(patterned, 0.55));
            }
            else if (subject.Count >= 2)
                EmitReciprocal(c, sentenceIndex, subject, code.Active ?? code.Passive!, verb, verbEnd, negated, Confidence(patterned, 0.45));
            return resume;
        }

        if (subject.Count == 0) return resume;
        // An infinitive of purpose after an event of the same subject ("demanded a meeting of the Council to
        // discuss …") elaborates that event; it is not a second one.
        if (IsInfinitive(c, sentence, verb) && ActedInSentence(c, subject, sentenceIndex))
            return resume;
        // Only material conflict (quad class 4) by a single actor is done to the place where it happens; talks
        // "in Geneva" are not with Switzerland, and "X and Y clashed in Z" is X against Y.
        bool sceneIsTarget = subject.Count == 1 && _table.Find(code.Active ?? code.Passive!) is { QuadClass: 4 };
        var target = FindTarget(c, sentence, targetFrom, subject, sceneIsTarget);
        if (target is { } first)
        {
            double confidence = Confidence(patterned, 0.6)
                - (verb - subject.End > 8 ? 0.1 : 0) - (first.FirstToken - verbEnd > 8 ? 0.1 : 0) - (first.Pronoun ? 0.1 : 0);
            foreach (var tgt in CompoundFrom(c, sentence, first))
                foreach (var src in subject.Slots)
                {
                    if (code.Active is { } active) Emit(c, sentenceIndex, src, tgt, active, verb, verbEnd, negated, confidence);
                    else Emit(c, sentenceIndex, tgt, src, code.Passive!, verb, verbEnd, negated, confidence);   // receptive: "received aid from"
                }
        }
        else if (subject.Count >= 2)
            EmitReciprocal(c, sentenceIndex, subject, code.Active ?? code.Passive!, verb, verbEnd, negated, Confidence(patterned, 0.5));
        return resume;
    }

    /// <summary>Whether an actor of <paramref name="subject"/> is already the source of a relation of the sentence.</summary>
    private static bool ActedInSentence(Context c, Subject subject, int sentenceIndex)
    {
        for (int i = c.Relations.Count - 1; i >= c.Own && c.Relations[i].Evidence.SentenceIndex == sentenceIndex; i--)
            foreach (var slot in subject.Slots)
                if (slot.Entity.Id == c.Relations[i].Source) return true;
        return false;
    }

    /// <summary>
    /// Whether this call has already related <paramref name="source"/> to <paramref name="target"/> in the sentence.
    /// Sentences are scanned in order, so the sentence's relations are the last ones of the list: no set needed.
    /// </summary>
    private static bool Related(Context c, string source, string target, int sentenceIndex)
    {
        for (int i = c.Relations.Count - 1; i >= c.Own && c.Relations[i].Evidence.SentenceIndex == sentenceIndex; i--)
            if (c.Relations[i].Source == source && c.Relations[i].Target == target) return true;
        return false;
    }

    /// <summary>
    /// "Russia said that Sudan must return the helicopter": the one who says another must act asks it of
    /// them (CAMEO 100, demand → REQUEST), whatever the act. The obligated actor is the subject of "must"; it
    /// must follow "that" or a statement verb, whose own subject is the source.
    /// </summary>
    private bool Obligation(Context c, int sentenceIndex, Sentence sentence, int must)
    {
        var obligated = FindSubject(c, sentence, must);
        if (obligated.Count == 0) return false;
        int before = SkipBack(c.Words, obligated.Slots[0].FirstToken - 1, sentence.FirstToken, WordClass.Determiner);
        if (before < sentence.FirstToken) return false;
        var link = c.WordAt(before);
        bool reported = link.Equals("that", StringComparison.OrdinalIgnoreCase)
            || (_verbs.IsVerbWord(c.Words.Word(before)) && !_verbs.IsEventVerbWord(c.Words.Word(before)));
        if (!reported) return false;
        var speaker = FindSubject(c, sentence, before);
        int count = c.Relations.Count;
        foreach (var src in speaker.Slots)
            foreach (var tgt in obligated.Slots)
                Emit(c, sentenceIndex, src, tgt, "100", before, must + 1, IsNegated(c, sentence, must + 1), 0.5);
        return c.Relations.Count > count;
    }

    /// <summary>The actor and those joined to it by "and"/"," right after it ("Congo and Costa Rica").</summary>
    private static ActorSlot[] CompoundFrom(Context c, Sentence sentence, ActorSlot first)
    {
        List<ActorSlot>? list = null;   // only when a conjunction adds a second actor
        var last = first;
        while (last.EndToken < sentence.EndToken && c.Words.Is(last.EndToken, WordClass.Conjunction))
        {
            int next = last.EndToken + 1;
            while (next < sentence.EndToken && c.Actors.SlotAt(next) < 0 && c.Words.Is(next, WordClass.Determiner)) next++;
            if (next >= sentence.EndToken || c.Actors.SlotAt(next) is not (>= 0 and int s) || c.Actors.Slots[s].FirstToken != next) break;
            last = c.Actors.Slots[s];
            list ??= [first];
            bool known = false;
            foreach (var member in list) known |= member.Entity.Id == last.Entity.Id;
            if (!known) list.Add(last);
        }
        return list is null ? [first] : list.ToArray();
    }

    /// <summary>Whether "to" (adverbs aside) comes right before the verb.</summary>
    private static bool IsInfinitive(Context c, Sentence sentence, int verb)
    {
        int t = verb - 1;
        while (t >= sentence.FirstToken && c.Words.Is(t, WordClass.Adverb)) t--;
        return t >= sentence.FirstToken && c.WordAt(t).Equals("to", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A modal ("will", "would") or a phrase of intent ("willing to", "plans to") right before the verb.</summary>
    private static bool IsIntent(Context c, Sentence sentence, int verb)
    {
        var words = c.Words;
        int t = verb - 1;
        while (t >= sentence.FirstToken && words.Is(t, WordClass.Adverb)) t--;
        if (t < sentence.FirstToken) return false;
        if (words.Is(t, WordClass.Modal)) return true;
        if (!c.WordAt(t).Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
        t--;
        while (t >= sentence.FirstToken && words.Is(t, WordClass.Adverb)) t--;
        return t >= sentence.FirstToken && words.Is(t, WordClass.IntentWord);
    }

    /// <summary>
    /// The CAMEO code for announcing an act: cooperation roots become their "express intent" code (04 → 036
    /// meet, 05 → 032 diplomatic cooperation, 06 → 031 material cooperation, 07 → 033 aid, 08 → 035 yield);
    /// reducing relations becomes 131 (threaten non-force), force and violence 138 (threaten force), protest
    /// 130; verbal codes (01–03, 09–13) stay as they are.
    /// </summary>
    internal static string IntentCode(string code) => code.AsSpan(0, 2) switch
    {
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        "14" => "130",
        "16" => "131",
        "15" or "17" or "18" or "19" or "20" => "138",
        _ => code,
    };

    private static double Confidence(bool patterned, double baseline) => baseline + (patterned ? 0.15 : 0);

    /// <summary>A be-form (possibly with adverbs between) right before a participle-looking verb.</summary>
    private static bool IsPassive(Context c, Sentence sentence, int verb)
    {
        var form = c.WordAt(verb);
        if (form.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        bool participle = form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || form.EndsWith("en", StringComparison.OrdinalIgnoreCase)
            || form.EndsWith("wn", StringComparison.OrdinalIgnoreCase) || form.EndsWith('t');
        if (!participle) return false;
        for (int t = verb - 1; t >= sentence.FirstToken && t >= verb - 4; t--)
        {
            if (c.Words.Is(t, WordClass.BeForm)) return true;
            if (!c.Words.Is(t, WordClass.Adverb)) return false;
        }
        return false;
    }

    private static bool IsNegated(Context c, Sentence sentence, int verb)
    {
        for (int t = verb - 1; t >= sentence.FirstToken && t >= verb - 3; t--)
        {
            if (c.Words.Is(t, WordClass.Negator)) return true;
            var w = c.WordAt(t);
            if (w.Length == 1 && !char.IsLetter(w[0])) return false;   // punctuation ends the verb group
        }
        return false;
    }

    /// <summary>The subject: one actor or a compound of actors, with its end token and whether it came from "between".</summary>
    private readonly record struct Subject(ActorSlot[] Slots, int End, bool Between)
    {
        public int Count => Slots.Length;

        /// <summary>Whether an actor of the subject is <paramref name="entity"/>.</summary>
        public bool Names(Entity entity)
        {
            foreach (var slot in Slots)
                if (slot.Entity.Id == entity.Id) return true;
            return false;
        }
    }

    private Subject FindSubject(Context c, Sentence sentence, int verb)
    {
        var slots = c.Actors.Slots;
        // "Rebels kidnapped Russian advisers and exploded bombs": a verb right after "and" (no actor before
        // the "and") shares the subject of the verb before it, not the object between them.
        int and = verb - 1;
        while (and > sentence.FirstToken && c.Words.Is(and, WordClass.Adverb)) and--;
        if (and > sentence.FirstToken && c.WordAt(and).Equals("and", StringComparison.OrdinalIgnoreCase)
            && c.Actors.SlotAt(and - 1) < 0)
        {
            for (int t = and - 1; t >= sentence.FirstToken && t >= and - 15; t--)
            {
                if (c.Actors.SlotAt(t) >= 0) continue;
                var w = c.WordAt(t);
                if (w is ";" || c.Words.Is(t, WordClass.ClauseBreak)) break;
                if (w.Length > 1 && char.IsLower(w[0]) && _verbs.IsEventVerbWord(c.Words.Word(t)) && !LooksLikeNoun(c, sentence, t))
                    return FindSubject(c, sentence, t);
            }
        }
        int i = slots.Count - 1;
        while (i >= 0 && slots[i].EndToken > verb) i--;
        // "refugees, whom authorities blame": the relative clause's subject stands between "whom" and its verb;
        // when that is no actor, no actor before "whom" is the subject either.
        for (int t = verb - 1; i >= 0 && t >= slots[i].EndToken; t--)
            if (c.WordAt(t).Equals("whom", StringComparison.OrdinalIgnoreCase))
                return new Subject([], sentence.FirstToken, false);
        while (i >= 0 && slots[i].FirstToken >= sentence.FirstToken)
        {
            var head = slots[i];
            if (head.Pronoun || c.Actors.InQuote[head.FirstToken] != c.Actors.InQuote[verb]) { i--; continue; }
            // Extend left over "X, Y and Z": the group is the slots j..i.
            int j = i;
            while (j > 0 && slots[j - 1].FirstToken >= sentence.FirstToken && !slots[j - 1].Pronoun)
            {
                // The conjunction must sit right after the previous actor: "X and (the) Y", "X, Y".
                int gap = SkipBack(c.Words, slots[j].FirstToken - 1, sentence.FirstToken, WordClass.Determiner);
                if (gap < sentence.FirstToken || gap != slots[j - 1].EndToken
                    || !c.Words.Is(gap, WordClass.Conjunction)) break;
                j--;
            }
            var leftmost = slots[j];
            int members = i - j + 1;
            int before = SkipBack(c.Words, leftmost.FirstToken - 1, sentence.FirstToken, WordClass.Determiner);
            var prev = before >= sentence.FirstToken ? c.WordAt(before) : [];
            if (prev.Equals("between", StringComparison.OrdinalIgnoreCase) && members >= 2)
                return new Subject(slots.GetRange(j, members).ToArray(), head.EndToken, Between: true);
            bool hasPrev = before >= sentence.FirstToken;
            bool adjunct = hasPrev && c.Words.Is(before, WordClass.Preposition)
                && !(prev.Equals("of", StringComparison.OrdinalIgnoreCase) && before > sentence.FirstToken
                     && c.Words.Is(before - 1, WordClass.RoleNoun));
            // A place named after "in"/"at" is where something happened, not who did it.
            if (IsPlace(leftmost) && hasPrev && c.Words.Is(before, WordClass.PlacePreposition)) adjunct = true;
            // "Security forces in Guinea", "police in Kenya": the country's own armed or state bodies act for it.
            else if (prev.Equals("in", StringComparison.OrdinalIgnoreCase) && before > sentence.FirstToken
                     && leftmost.Entity.Type == EntityType.Country
                     && c.Words.Is(before - 1, WordClass.StationedBody)) adjunct = false;
            bool objectOfVerb = !prev.IsEmpty && _verbs.IsEventVerbWord(c.Words.Word(before));
            bool possessive = head.EndToken < verb && c.WordAt(head.EndToken) is "'s" or "’s" or "'" or "’";
            if (!adjunct && !objectOfVerb)
            {
                if (Appositive(c, sentence, leftmost, head, verb) is { } outer)
                    return new Subject([outer], outer.EndToken, Between: false);
                return new Subject(possessive || members == 1 ? [head] : slots.GetRange(j, members).ToArray(), head.EndToken, Between: false);
            }
            i = j - 1;
        }
        return new Subject([], sentence.FirstToken, false);
    }

    /// <summary>
    /// "Pakistan, a key U.S. ally in the war, has refused…": an actor inside a comma-delimited apposition is not
    /// the subject; the actor right before the opening comma is.
    /// </summary>
    private static ActorSlot? Appositive(Context c, Sentence sentence, ActorSlot first, ActorSlot head, int verb)
    {
        bool commaAfter = false;
        for (int t = head.EndToken; t < verb; t++)
            if (c.WordAt(t) is ",") { commaAfter = true; break; }
        if (!commaAfter) return null;
        for (int t = first.FirstToken - 1; t > sentence.FirstToken && t >= first.FirstToken - 6; t--)
        {
            if (c.Actors.SlotAt(t) >= 0) return null;
            if (c.WordAt(t) is not ",") continue;
            int s = c.Actors.SlotAt(t - 1);
            return s >= 0 && !c.Actors.Slots[s].Pronoun ? c.Actors.Slots[s] : null;
        }
        return null;
    }

    /// <summary>A place that is not used for its country by the resolver (a capital in "met in Paris").</summary>
    private static bool IsPlace(ActorSlot slot) => slot.Entity.Type == EntityType.Location && !slot.Metonymy;

    private static int SkipBack(TokenWords words, int t, int first, WordClass skipped)
    {
        while (t >= first && words.Is(t, skipped)) t--;
        return t;
    }

    /// <summary>
    /// The first other actor after the verb, before any infinitive ("ordering companies to decrease trade
    /// with China": China belongs to "decrease"), skipping places after "in"/"at".
    /// </summary>
    private ActorSlot? FindTarget(Context c, Sentence sentence, int from, Subject subject, bool sceneIsTarget)
    {
        int limit = Math.Min(sentence.EndToken, from + TargetWindow);
        // A place after "in"/"at" is where the act happened; with no other actor in the clause, a material
        // conflict was done to that place's country ("suspended aid deliveries in Baghdad", "fired at targets
        // in Jericho").
        ActorSlot? scene = null;
        for (int t = from; t < limit; t++)
        {
            int s = c.Actors.SlotAt(t);
            if (s < 0)
            {
                if (c.Words.Is(t, WordClass.ClauseBreak)) return sceneIsTarget ? scene : null;
                if (c.WordAt(t) is "," && ReportingClauseAfter(c, t + 1, limit)) return sceneIsTarget ? scene : null;
                if (t + 1 < limit && c.WordAt(t).Equals("to", StringComparison.OrdinalIgnoreCase)
                    && c.Actors.SlotAt(t + 1) < 0 && _verbs.IsVerbWord(c.Words.Word(t + 1))) return sceneIsTarget ? scene : null;
                continue;
            }
            var slot = c.Actors.Slots[s];
            t = slot.EndToken - 1;
            if (slot.FirstToken < from || subject.Names(slot.Entity)) continue;
            // A quotation is its own clause: a verb outside it does not reach into it, nor the other way.
            if (c.Actors.InQuote[slot.FirstToken] != c.Actors.InQuote[from - 1]) continue;
            if (IsPlace(slot) && slot.FirstToken > sentence.FirstToken
                && c.Words.Is(slot.FirstToken - 1, WordClass.PlacePreposition))
            {
                scene ??= slot;
                continue;
            }
            return slot;
        }
        return sceneIsTarget ? scene : null;
    }

    /// <summary>", a UN official said": a comma opening the attribution of the report ends the clause.</summary>
    private bool ReportingClauseAfter(Context c, int from, int limit)
    {
        for (int t = from; t < limit && t < from + 6; t++)
        {
            var w = c.WordAt(t);
            if (w is "," or ";") return false;
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase)) return true;
            int id = c.Words.Word(t);
            if (_verbs.IsVerbWord(id) && !_verbs.IsEventVerbWord(id) && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                || w.Equals("said", StringComparison.OrdinalIgnoreCase) || w.Equals("told", StringComparison.OrdinalIgnoreCase)
                || w.Equals("says", StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    /// <summary>The actor after "by" within a few words of a passive verb.</summary>
    private static ActorSlot? FindAgent(Context c, Sentence sentence, int verbEnd)
    {
        int limit = Math.Min(sentence.EndToken, verbEnd + 6);
        for (int t = verbEnd; t < limit; t++)
        {
            if (!c.WordAt(t).Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            int next = t + 1;
            while (next < sentence.EndToken && c.Actors.SlotAt(next) < 0 && c.Words.Is(next, WordClass.Determiner)) next++;
            return next < sentence.EndToken && c.Actors.SlotAt(next) is int s and >= 0 ? c.Actors.Slots[s] : null;
        }
        return null;
    }

    /// <summary>
    /// The most specific pattern of the block that matches: candidates come from the first-word index
    /// (each window word, and its singular if it looks plural), then are checked in full, most specific first.
    /// </summary>
    private VerbPattern? BestPattern(Context c, VerbBlock block, int before, int verb, int verbEnd, int after)
    {
        if (!block.HasPatterns) return null;
        int best = int.MaxValue;
        for (int t = before; t < after; t++)
        {
            if (t == verb) { t = verbEnd - 1; continue; }
            // Most window words start no pattern of any block: their ids say so before the text is read.
            int word = c.Words.Word(t), withoutS = c.Words.WithoutS(t), withoutEs = c.Words.WithoutEs(t);
            if (!_verbs.StartsPattern(word) && !_verbs.StartsPattern(withoutS) && !_verbs.StartsPattern(withoutEs)) continue;
            var text = c.WordAt(t);
            // Patterns start with a word ("50-caliber" included); punctuation needs no lookup.
            if (text.Length == 0 || !char.IsLetterOrDigit(text[0])) continue;
            Candidates(c, block, word, ref best, before, verb, verbEnd, after);
            if (text.Length > 3)
            {
                Candidates(c, block, withoutS, ref best, before, verb, verbEnd, after);
                Candidates(c, block, withoutEs, ref best, before, verb, verbEnd, after);
            }
        }
        return best == int.MaxValue ? null : block.Patterns[best];
    }

    private void Candidates(Context c, VerbBlock block, int word, ref int best, int before, int verb, int verbEnd, int after)
    {
        if (!_verbs.StartsPattern(word)) return;
        var patterns = block.PatternsStartingWith(word);
        int room = (after - before) - (verbEnd - verb);   // window words a pattern can use
        foreach (var pattern in patterns)   // ascending, and a lower id is a more specific pattern
        {
            if (pattern.Id >= best) break;
            if (pattern.Items <= room && PatternMatches(c.Words, block.ItemsOf(pattern), before, verb, verbEnd, after)) best = pattern.Id;
        }
    }

    /// <summary>
    /// Every item of the pattern, in order, among the words before (passive only) and after the verb;
    /// <paramref name="items"/> as <see cref="VerbBlock.ItemsOf"/> gives them.
    /// </summary>
    private static bool PatternMatches(TokenWords words, ReadOnlySpan<int> items, int beforeStart, int verb, int verbEnd, int afterEnd)
    {
        int item = 0;   // where the next item to find starts in items
        for (int t = beforeStart; t < afterEnd && item < items.Length; t++)
        {
            if (t == verb) { t = verbEnd - 1; continue; }
            var alternatives = items.Slice(item + 1, items[item]);
            foreach (int alternative in alternatives)
                if (words.Matches(t, alternative)) { item += 1 + alternatives.Length; break; }
        }
        return item == items.Length;
    }

    /// <summary>
    /// A body the knowledge base cannot place, named right after an actor that it can ("the KWP Central
    /// Party Committee", "Chinese Foreign Ministry"), acts for that actor: the modifier is the better-known name.
    /// </summary>
    private static ActorSlot Affiliated(Context c, ActorSlot slot)
    {
        if (slot.Pronoun || slot.FirstToken == 0 || ActorCodes.Of(slot.Entity) is not null) return slot;
        // Back over a title ("Iran's religious leader Ali Khamenei", "Nigerian junior foreign minister X").
        for (int t = slot.FirstToken - 1; t >= 0 && t >= slot.FirstToken - 6; t--)
        {
            int before = c.Actors.SlotAt(t);
            if (before >= 0)
                return ActorCodes.Of(c.Actors.Slots[before].Entity) is not null ? c.Actors.Slots[before] : slot;
            var w = c.WordAt(t);
            if (!(StructuralWords.Title.Contains(w) || w is "'s" or "’s" || (w.Length > 2 && char.IsLower(w[0]) && !ClauseWords.Is(w, WordClass.Preposition)
                  && w is not ("and" or "or" or "but")))) return slot;
        }
        return slot;
    }

    /// <summary>
    /// Every member of a compound subject to every other, both ways — only for acts that two parties do
    /// together: cooperation (quad classes 1–2) and fighting (19); "X and Y must ensure security" or "X and
    /// Y negotiators return" relate them to each other in no way.
    /// </summary>
    private void EmitReciprocal(Context c, int sentenceIndex, Subject group, string code, int verb, int verbEnd, bool negated, double confidence)
    {
        if (_table.Find(code) is not { } cameo || !(cameo.QuadClass <= 2 || code.StartsWith("19", StringComparison.Ordinal))) return;
        foreach (var a in group.Slots)
            foreach (var b in group.Slots)
                if (a.Entity.Id != b.Entity.Id) Emit(c, sentenceIndex, a, b, code, verb, verbEnd, negated, confidence - 0.05);
    }

    private void Emit(Context c, int sentenceIndex, ActorSlot source, ActorSlot target, string code, int verb, int verbEnd, bool negated, double confidence)
    {
        source = Affiliated(c, source);
        target = Affiliated(c, target);
        if (source.Entity.Id == target.Entity.Id) return;
        string? a = ActorCodes.Of(source.Entity), b = ActorCodes.Of(target.Entity);
        if (a is not null && a == b) return;   // domestic: same country on both sides
        var cameo = _table.Find(code);
        if (cameo?.Category is null) return;
        // One interaction per ordered pair and sentence: the first verb that relates them, which in news
        // prose is the main clause's ("announced it would prohibit aid" is not also an AGREE and a COOPERATE).
        if (Related(c, source.Entity.Id, target.Entity.Id, sentenceIndex)) return;

        var doc = c.Document;
        var sentence = doc.Sentences[sentenceIndex];
        int first = Math.Min(Math.Min(source.FirstToken, target.FirstToken), verb);
        int last = Math.Max(Math.Max(source.EndToken, target.EndToken), verbEnd) - 1;
        first = Math.Max(first, sentence.FirstToken);
        last = Math.Min(last, sentence.EndToken - 1);
        var span = new TextSpan(c.Tokens[first].Start, c.Tokens[last].End - c.Tokens[first].Start);
        var evidence = new Evidence(doc.Id, sentenceIndex, span, SentenceTexts.Of(doc, sentenceIndex));
        c.Relations.Add(new Relation(source.Entity.Id, target.Entity.Id, RelationType, Math.Clamp(confidence, 0.05, 0.95), evidence)
        {
            Category = cameo.Category,
            Cameo = cameo.Code,
            QuadClass = cameo.QuadClass,
            Goldstein = cameo.Goldstein,
            Negated = negated,
        });
    }
}
