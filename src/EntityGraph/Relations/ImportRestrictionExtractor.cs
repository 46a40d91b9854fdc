using System.Collections.Frozen;
using EntityGraph.Documents;
using EntityGraph.Knowledge;

namespace EntityGraph.Relations;

/// <summary>
/// Import restrictions stated by a decree that an earlier sentence attributes to its issuer: "X issued an edict
/// …" followed by "The recent edict requires strict import controls … rather than from Y" gives X → Y
/// SANCTION. The verb lexicon cannot see this: the second sentence's subject ("the recent edict") is no actor.
/// </summary>
/// <remarks>
/// <para>
/// Decree carry-over: a sentence whose subject is a decree noun phrase — "the/this/that", optional modifiers
/// ("recent", "new", "latest"), a decree noun ("edict", "decree", "order", "directive", "measures", "ruling"),
/// with no actor in it — takes as its actor the source of the most recent interaction relation found by an
/// earlier extractor (normally <see cref="EventExtractor"/>) in an earlier sentence of the same document whose
/// sentence says an issue verb ("issued", "ordered", "announced", …) followed within three words by a decree
/// noun ("issued an edict"). That is rule (a), issuer-based, rather than "any earlier relation mentioning the
/// noun": "Similar edicts, issued by Kim Jong-il" does not count, because the verb does not lead to the noun.
/// Nothing is looked up outside the document, and with no such earlier relation nothing is emitted. The
/// extractor therefore has to run after the event extractor.
/// </para>
/// <para>
/// The act: a restriction on imports ("import controls", "ban on imports", …) whose target is the actor after
/// "rather than from" when the sentence says so, else the actor after the first "from" that follows the act;
/// an import wording alone ("to be imported from X, rather than from Y") counts only with "rather than from".
/// When "rather than from" is followed by no actor, nothing is emitted (the preferred source is not a target).
/// </para>
/// <para>
/// Code: CAMEO 163 "impose embargo, boycott or sanctions" is the literal act, but PLOVER 2021 maps 163 to
/// COERCE, while a decree cutting one country out of imports is the reduction of relations PLOVER calls
/// SANCTION. 160 (reduce relations, not specified) is used — the code the extractor already gives the
/// issuing sentence ("decrease trade with China") — and 1621/1623 are about cutting aid, not trade. Quad
/// class and Goldstein come from <see cref="CameoTable"/>. Words are in <c>relations-import-restrictions.tsv</c>.
/// </para>
/// </remarks>
public sealed class ImportRestrictionExtractor : IRelationExtractor
{
    /// <summary>The CAMEO code given to a decreed import restriction (160, reduce relations; PLOVER SANCTION).</summary>
    public const string Code = "160";

    private const string ResourceName = "relations-import-restrictions.tsv";
    private const int IssueWindow = 3;

    private static readonly Lazy<ImportRestrictionWords> DefaultWords = new(
        () => LoadWords(KnowledgeSource.FromEmbeddedResource(ResourceName)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImportRestrictionWords _words;
    // Span views of the word sets, taken once rather than at every sentence and candidate issuer.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _decrees, _modifiers, _issues;
    private readonly CameoCode _code;

    /// <summary>Creates the extractor with the shipped word list and CAMEO table.</summary>
    public ImportRestrictionExtractor()
    {
        _words = DefaultWords.Value;
        _decrees = _words.Decrees.GetAlternateLookup<ReadOnlySpan<char>>();
        _modifiers = _words.Modifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        _issues = _words.Issues.GetAlternateLookup<ReadOnlySpan<char>>();
        _code = CameoTable.Default.Find(Code) ?? throw new InvalidOperationException($"CAMEO code {Code} is missing from the table.");
    }

    /// <inheritdoc />
    public string Name => "import-restriction";

    /// <summary>The lists read from the resource; phrases are split into lower-case words.</summary>
    internal sealed record ImportRestrictionWords(
        FrozenSet<string> Decrees, FrozenSet<string> Modifiers, FrozenSet<string> Issues,
        string[][] Acts, string[][] Preferences);

    /// <summary>
    /// Reads the word list: <c>kind TAB phrase</c> per line, kind one of decree, modifier, issue (single words),
    /// act, preference (phrases of lower-case words separated by one space); <c>#</c> and blank lines skipped.
    /// </summary>
    /// <exception cref="KnowledgeFormatException">A bad kind, phrase or repeated entry; the message names the file and line.</exception>
    internal static ImportRestrictionWords LoadWords(KnowledgeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["decree"] = [], ["modifier"] = [], ["issue"] = [], ["act"] = [], ["preference"] = [],
        };
        var seen = new HashSet<(string, string)>();
        using var reader = source.Open();
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart()[0] == '#') continue;
            string[] fields = line.Split('\t');
            if (fields.Length != 2)
                throw new KnowledgeFormatException(source.Name, lineNumber, $"expected 'kind<TAB>phrase', found {fields.Length} field(s).");
            string kind = fields[0], phrase = fields[1];
            if (!sets.TryGetValue(kind, out var list))
                throw new KnowledgeFormatException(source.Name, lineNumber, $"unknown kind '{kind}' (decree, modifier, issue, act, preference).");
            string[] words = phrase.Split(' ');
            foreach (string word in words)
            {
                if (word.Length == 0)
                    throw new KnowledgeFormatException(source.Name, lineNumber, $"'{phrase}' has an empty word (one space between words).");
                foreach (char ch in word)
                    if (!(ch is >= 'a' and <= 'z' || ch == '-'))
                        throw new KnowledgeFormatException(source.Name, lineNumber, $"'{phrase}' is not lower-case words.");
            }
            if (words.Length > 1 && kind is "decree" or "modifier" or "issue")
                throw new KnowledgeFormatException(source.Name, lineNumber, $"a {kind} is one word, found '{phrase}'.");
            if (!seen.Add((kind, phrase)))
                throw new KnowledgeFormatException(source.Name, lineNumber, $"'{phrase}' is listed twice as {kind}.");
            list.Add(phrase);
        }
        foreach (var (kind, list) in sets)
            if (list.Count == 0)
                throw new KnowledgeFormatException(source.Name, lineNumber, $"no '{kind}' entries.");
        return new ImportRestrictionWords(
            sets["decree"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            sets["modifier"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            sets["issue"].ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            [.. sets["act"].Select(p => p.Split(' '))],
            [.. sets["preference"].Select(p => p.Split(' '))]);
    }

    /// <inheritdoc />
    public void Extract(Document document, List<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(relations);
        // Needs an earlier relation to carry over and at least two sentences; cheap exit for most documents.
        if (relations.Count == 0 || document.Sentences.Count < 2 || document.Entities.Count < 2) return;
        ActorLayer? layer = null;
        int existing = relations.Count;
        // No lambdas in this loop: one capturing s or the issuer made the compiler allocate its closure at the top
        // of every iteration, used or not (56 B a sentence and 32 B a call for every document with an earlier relation).
        for (int s = 1; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            int nounEnd = DecreeSubjectEnd(document, sentence);
            if (nounEnd < 0) continue;
            layer ??= ActorLayer.For(document);
            if (AnySlot(layer, sentence.FirstToken, nounEnd)) continue;   // 'the recent CPC edict' names its actor
            var target = Target(document, layer, nounEnd, sentence.EndToken);
            if (target is not { } tgt) continue;
            var issuer = Issuer(document, relations, existing, s);
            if (issuer is null || issuer == tgt.Entity.Id) continue;
            var byId = FirstWithId(document.Entities, issuer);
            string? a = byId is null ? null : ActorCodes.Of(byId), b = ActorCodes.Of(tgt.Entity);
            if (a is not null && a == b) continue;   // domestic
            if (AlreadyTied(relations, issuer, tgt.Entity.Id, s)) continue;
            int first = sentence.FirstToken;
            var span = new TextSpan(document.Tokens[first].Start, document.Tokens[tgt.EndToken - 1].End - document.Tokens[first].Start);
            relations.Add(new Relation(issuer, tgt.Entity.Id, EventExtractor.RelationType, 0.45,
                new Evidence(document.Id, s, span, SentenceTexts.Of(document, s)))
            {
                Category = _code.Category,
                Cameo = _code.Code,
                QuadClass = _code.QuadClass,
                Goldstein = _code.Goldstein,
            });
        }
    }

    private static Entity? FirstWithId(IReadOnlyList<Entity> entities, string id)
    {
        for (int i = 0; i < entities.Count; i++)
            if (entities[i].Id == id) return entities[i];
        return null;
    }

    /// <summary>Whether a relation of the same category already ties source to target in that sentence.</summary>
    private bool AlreadyTied(List<Relation> relations, string source, string target, int sentenceIndex)
    {
        for (int i = 0; i < relations.Count; i++)
        {
            var r = relations[i];
            if (r.Source == source && r.Target == target && r.Evidence.SentenceIndex == sentenceIndex && r.Category == _code.Category) return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Tokens[token].TextIn(document.Text);

    private static bool Is(Document document, int token, string word) => Word(document, token).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>End (exclusive) of "the (modifiers) decree-noun" opening the sentence, or -1.</summary>
    private int DecreeSubjectEnd(Document document, Sentence sentence)
    {
        int t = sentence.FirstToken, end = sentence.EndToken;
        if (t >= end || !(Is(document, t, "the") || Is(document, t, "this") || Is(document, t, "that"))) return -1;
        t++;
        while (t < end && _modifiers.Contains(Word(document, t))) t++;
        return t < end && _decrees.Contains(Word(document, t)) ? t + 1 : -1;
    }

    private static bool AnySlot(ActorLayer layer, int from, int end)
    {
        for (int t = from; t < end; t++)
            if (layer.SlotAt(t) >= 0) return true;
        return false;
    }

    private static bool Matches(Document document, int t, string[] phrase, int end)
    {
        if (t + phrase.Length > end) return false;
        for (int i = 0; i < phrase.Length; i++)
            if (!Is(document, t + i, phrase[i])) return false;
        return true;
    }

    /// <summary>The actor slot starting at <paramref name="t"/> (after an optional "the"), if any.</summary>
    private static ActorSlot? SlotStartingAt(Document document, ActorLayer layer, int t, int end)
    {
        if (t < end && Is(document, t, "the")) t++;
        if (t >= end || layer.SlotAt(t) is var i && i < 0 || layer.Slots[i].FirstToken != t) return null;
        return layer.Slots[i];
    }

    /// <summary>The restricted country: after "rather than from" if said, else after the first "from" past an act.</summary>
    private ActorSlot? Target(Document document, ActorLayer layer, int from, int end)
    {
        int actEnd = -1;
        bool preference = false;
        for (int t = from; t < end && actEnd < 0; t++)
        {
            foreach (var act in _words.Acts)
                if (Matches(document, t, act, end)) { actEnd = t + act.Length; break; }
            if (actEnd < 0 && !preference)
                foreach (var p in _words.Preferences)
                    if (Matches(document, t, p, end)) { preference = true; break; }
        }
        if (actEnd < 0 && !preference) return null;
        for (int t = from; t + 2 < end; t++)
            if (Is(document, t, "rather") && Is(document, t + 1, "than") && Is(document, t + 2, "from"))
                return SlotStartingAt(document, layer, t + 3, end);   // no actor there: nothing, not a fallback
        if (actEnd < 0) return null;   // an import wording alone restricts nothing
        for (int t = actEnd; t < end; t++)
            if (Is(document, t, "from")) return SlotStartingAt(document, layer, t + 1, end);
        return null;
    }

    /// <summary>
    /// Source of the most recent interaction relation (by sentence, before <paramref name="sentenceIndex"/>) whose
    /// sentence says an issue verb followed within <see cref="IssueWindow"/> words by a decree noun.
    /// </summary>
    private string? Issuer(Document document, List<Relation> relations, int count, int sentenceIndex)
    {
        Relation? best = null;
        for (int i = 0; i < count; i++)
        {
            var r = relations[i];
            if (r.Type != EventExtractor.RelationType || r.Negated) continue;
            int s = r.Evidence.SentenceIndex;
            if (s >= sentenceIndex || s < 0 || s >= document.Sentences.Count) continue;
            if (best is not null && best.Evidence.SentenceIndex >= s) continue;
            if (IssuesDecree(document, document.Sentences[s])) best = r;
        }
        return best?.Source;
    }

    private bool IssuesDecree(Document document, Sentence sentence)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!_issues.Contains(Word(document, t))) continue;
            for (int u = t + 1; u < sentence.EndToken && u <= t + IssueWindow; u++)
                if (_decrees.Contains(Word(document, u))) return true;
        }
        return false;
    }
}
