using System.Collections.Frozen;
using EntityGraph.Documents;
using EntityGraph.Knowledge;

namespace EntityGraph.Relations;

/// <summary>
/// Conflict stated as a noun rather than a verb: "tension(s) / antagonism / rift / dispute between X and Y"
/// and "X–Y tensions". The verb lexicon keys events on verbs, so such states would otherwise leave only a
/// co-mention. A state belongs to both parties, so each yields reciprocal interactions X → Y and Y → X.
/// </summary>
/// <remarks>
/// Code: CAMEO has no code for a state of tension; its closest family is 16 "Reduce relations" (the worsened
/// relations short of threats, coercion or force), and since the text does not say how the relations are
/// reduced, the unspecified 160 is used. PLOVER 2021 maps it to SANCTION; quad class and Goldstein come from
/// <see cref="CameoTable"/> as for verb events. "no tension between X and Y" marks the relations negated;
/// "tensions between X and Y eased" is still emitted, since the sentence attests that the tension existed.
/// </remarks>
public sealed class ConflictStateExtractor : IRelationExtractor
{
    /// <summary>The CAMEO code given to a stated conflict (160, reduce relations, not specified below).</summary>
    public const string Code = "160";

    private const string ResourceName = "relations-conflict-states.txt";

    private static readonly Lazy<NounList> DefaultNouns = new(
        () => new NounList(LoadNouns(KnowledgeSource.FromEmbeddedResource(ResourceName))), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NounList _nouns;

    /// <summary>
    /// The conflict nouns, asked about every token of every sentence with two actors. Most tokens are ruled out by
    /// their length and first letter together ("tension" and "dispute" let through 7-letter words starting with
    /// t or d, not every word starting with either) before the word is hashed; the rest take one probe in a
    /// word-hash table (a frozen set would pick a length bucket and compare strings).
    /// </summary>
    private sealed class NounList
    {
        private readonly WordIdTable _table;
        private readonly uint[] _firstLettersByLength;   // [length] bit i: some noun of that length starts with 'a' + i

        public NounList(IReadOnlyCollection<string> nouns)
        {
            _table = new WordIdTable(nouns.Select((w, i) => KeyValuePair.Create(w, i)).ToArray());
            _firstLettersByLength = new uint[nouns.Count == 0 ? 0 : nouns.Max(n => n.Length) + 1];
            foreach (var noun in nouns)
            {
                // A noun starting otherwise ("-" passes the loader) lets every word of its length through to the table.
                if (char.IsAsciiLetterLower(noun[0])) _firstLettersByLength[noun.Length] |= 1u << (noun[0] - 'a');
                else _firstLettersByLength[noun.Length] = uint.MaxValue;
            }
        }

        public bool Contains(ReadOnlySpan<char> word)
        {
            if ((uint)word.Length >= (uint)_firstLettersByLength.Length) return false;
            uint letters = _firstLettersByLength[word.Length];
            if (letters == 0) return false;
            char first = word[0];
            // An ASCII first character must be the first letter, in either case, of a noun as long as the word;
            // any other character goes to the table, which folds case as StringComparison.OrdinalIgnoreCase does.
            if (first < 128 && letters != uint.MaxValue
                && (!char.IsAsciiLetter(first) || (letters & (1u << ((first | 0x20) - 'a'))) == 0)) return false;
            return _table.IdOf(word) >= 0;
        }
    }
    private readonly CameoCode _code;

    /// <summary>Creates the extractor with the shipped noun list and CAMEO table.</summary>
    public ConflictStateExtractor()
    {
        _nouns = DefaultNouns.Value;
        _code = CameoTable.Default.Find(Code) ?? throw new InvalidOperationException($"CAMEO code {Code} is missing from the table.");
    }

    /// <inheritdoc />
    public string Name => "conflict-state";

    /// <summary>
    /// Reads a noun list: one lower-case word (letters and hyphens) per line; <c>#</c> lines and blank lines
    /// are skipped.
    /// </summary>
    /// <exception cref="KnowledgeFormatException">A bad or repeated word; the message names the file and line.</exception>
    internal static FrozenSet<string> LoadNouns(KnowledgeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var reader = source.Open();
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            string word = line.Trim();
            if (word.Length == 0 || word[0] == '#') continue;
            foreach (char ch in word)
                if (!(ch is >= 'a' and <= 'z' || ch == '-'))
                    throw new KnowledgeFormatException(source.Name, lineNumber, $"'{word}' is not one lower-case word.");
            if (!words.Add(word))
                throw new KnowledgeFormatException(source.Name, lineNumber, $"'{word}' is listed twice.");
        }
        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Extract(Document document, List<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(relations);
        if (document.Entities.Count < 2 || document.Sentences.Count == 0) return;
        // Built only once a conflict noun turns up: most documents have none, and the layer costs more than the scan.
        // When the event extractor has already built it (the default pipeline), it says which sentences have the
        // two actors a relation needs, and the others are not scanned at all.
        ActorLayer? layer = ActorLayer.Cached(document);
        int own = relations.Count;   // relations[own..] are this call's: a repeat is found among them, no set needed
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (layer is not null && !layer.HasTwoSlotsIn(sentence.FirstToken, sentence.EndToken)) continue;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!_nouns.Contains(Word(document, t))) continue;
                layer ??= ActorLayer.For(document);
                // 'tension between X and Y', also 'tension and antagonism between ...' (the last noun is read).
                if (t + 1 < sentence.EndToken && Is(document, t + 1, "between")
                    && PairAfter(document, layer, t + 2, sentence.EndToken) is var (x, y, end) && x.Entity.Id != y.Entity.Id)
                {
                    int first = StartOfNounPhrase(document, t, sentence.FirstToken);
                    EmitBoth(document, relations, own, s, x, y, first, end, Negated(document, first, sentence.FirstToken));
                }
                // 'X–Y tensions', 'the China-Japan rift': two actors joined by a dash right before the noun.
                else if (DashedPairBefore(document, layer, t, sentence.FirstToken) is var (a, b) && a.Entity.Id != b.Entity.Id)
                {
                    EmitBoth(document, relations, own, s, a, b, a.FirstToken, t + 1, Negated(document, a.FirstToken, sentence.FirstToken));
                }
            }
        }
    }

    private static ReadOnlySpan<char> Word(Document document, int token) => document.TokenArray[token].TextIn(document.Text);

    private static bool Is(Document document, int token, string word) => Word(document, token).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsDeterminer(Document document, int token) => Is(document, token, "the");

    /// <summary>"X and Y" (each optionally after "the") starting at <paramref name="t"/>; both must be actors.</summary>
    private static (ActorSlot X, ActorSlot Y, int End)? PairAfter(Document document, ActorLayer layer, int t, int end)
    {
        if (t < end && IsDeterminer(document, t)) t++;
        if (t >= end || layer.SlotAt(t) is var i && i < 0 || layer.Slots[i].FirstToken != t) return null;
        var x = layer.Slots[i];
        t = x.EndToken;
        if (t >= end || !Is(document, t, "and")) return null;
        t++;
        if (t < end && IsDeterminer(document, t)) t++;
        if (t >= end || layer.SlotAt(t) is var j && j < 0 || layer.Slots[j].FirstToken != t) return null;
        var y = layer.Slots[j];
        return (x, y, Math.Min(y.EndToken, end));
    }

    /// <summary>Actor, dash, actor ending right before the noun <paramref name="noun"/>.</summary>
    private static (ActorSlot A, ActorSlot B)? DashedPairBefore(Document document, ActorLayer layer, int noun, int start)
    {
        int t = noun - 1;
        if (t < start || layer.SlotAt(t) is var j && j < 0 || layer.Slots[j].EndToken != noun) return null;
        var b = layer.Slots[j];
        int dash = b.FirstToken - 1;
        if (dash - 1 < start || Word(document, dash) is not ("-" or "–" or "—")) return null;
        // No space around the dash: 'China–Japan', not a parenthetical ' – Japan'.
        if (document.Tokens[dash - 1].SpaceAfter || document.Tokens[dash].SpaceAfter) return null;
        if (layer.SlotAt(dash - 1) is var i && i < 0 || layer.Slots[i].EndToken != dash) return null;
        return (layer.Slots[i], b);
    }

    /// <summary>Walks back over "increasing tension and" so the evidence span holds the whole noun phrase.</summary>
    private int StartOfNounPhrase(Document document, int noun, int start)
    {
        int first = noun;
        while (first - 2 >= start && Is(document, first - 1, "and") && _nouns.Contains(Word(document, first - 2))) first -= 2;
        return first;
    }

    /// <summary>"no tension between", "without friction between": a negator right before the noun phrase.</summary>
    private static bool Negated(Document document, int first, int start)
    {
        for (int t = first - 1; t >= start && t >= first - 2; t--)
            if (Is(document, t, "no") || Is(document, t, "not") || Is(document, t, "without") || Is(document, t, "never")) return true;
        return false;
    }

    private void EmitBoth(Document document, List<Relation> relations, int own, int sentenceIndex,
        ActorSlot x, ActorSlot y, int first, int end, bool negated)
    {
        string? a = ActorCodes.Of(x.Entity), b = ActorCodes.Of(y.Entity);
        if (a is not null && a == b) return;   // domestic: same country on both sides
        var span = new TextSpan(document.Tokens[first].Start, document.Tokens[end - 1].End - document.Tokens[first].Start);
        var evidence = new Evidence(document.Id, sentenceIndex, span, SentenceTexts.Of(document, sentenceIndex));
        Emit(relations, own, x.Entity.Id, y.Entity.Id, evidence, negated);
        Emit(relations, own, y.Entity.Id, x.Entity.Id, evidence, negated);
    }

    /// <summary>Adds source → target unless this call (<c>relations[own..]</c>) already tied them in that sentence.</summary>
    private void Emit(List<Relation> relations, int own, string source, string target, Evidence evidence, bool negated)
    {
        for (int i = own; i < relations.Count; i++)
        {
            var r = relations[i];
            if (r.Evidence.SentenceIndex == evidence.SentenceIndex && r.Source == source && r.Target == target) return;
        }
        relations.Add(new Relation(source, target, EventExtractor.RelationType, 0.5, evidence)
        {
            Category = _code.Category,
            Cameo = _code.Code,
            QuadClass = _code.QuadClass,
            Goldstein = _code.Goldstein,
            Negated = negated,
        });
    }
}
