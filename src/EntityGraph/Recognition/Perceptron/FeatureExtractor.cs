using System.Numerics;

namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// Turns a document's words into feature keys, token by token. Three families of features:
/// <list type="bullet">
/// <item>local: the word, its lower-case form, shape and affixes, the ±2 window, word and shape conjunctions,
/// sentence position and "headline" (all-caps sentence) context;</item>
/// <item>gazetteer: membership and position of the token in phrases of the model's name lists, and of its
/// neighbours;</item>
/// <item>document: how the same word (case-folded) appears elsewhere in the document — lower-case somewhere,
/// capitalised mid-sentence, inside a longer capitalised run, inside a name-list match, after which words —
/// which disambiguates headlines, sentence-initial words and later short references ("Blackburn" after
/// "Peter Blackburn"); and, when a first-pass tagging is given, which entity types that pass gave the word
/// elsewhere (the second, stacked pass).</item>
/// </list>
/// Feature template ids are part of the model format. Not thread-safe: use one per thread.
/// </summary>
internal sealed class FeatureExtractor
{
    // Template ids (stable: stored models depend on them).
    private const int Bias = 1, W0 = 2, L0 = 3, Sh0 = 4, Ss0 = 5, Lm2 = 6, Lm1 = 7, Lp1 = 8, Lp2 = 9,
        Wm1 = 10, Wp1 = 11, Ssm1 = 12, Ssp1 = 13, Ssm2 = 14, Ssp2 = 15, Lm1L0 = 16, L0Lp1 = 17, Lm2Lm1 = 18,
        Lp1Lp2 = 19, Ss3 = 20, Ssm1Ss0 = 21, Ss0Ssp1 = 22, Lm1Ss0 = 23, Ss0Lp1 = 24, Pre = 25, Suf = 30,
        FirstSs0 = 35, FirstL0 = 36, HeadL0 = 37, HeadSs0 = 38, Gaz0 = 40, Gazm1 = 41, Gazp1 = 42, Gaz0Cap = 43,
        DocCase = 50, DocSeq = 51, DocGaz = 52, DocPrev = 53, DocNext = 54, P1Own = 60, P1Doc = 61, P1DocOwn = 62,
        P1Prev = 63, P1Next = 64;

    private static readonly ulong Bos = FeatureHash.OfConstant("<s>"), Bos2 = FeatureHash.OfConstant("<s2>"),
        Eos = FeatureHash.OfConstant("</s>"), Eos2 = FeatureHash.OfConstant("</s2>");

    private readonly NameGazetteer _gazetteer;
    private WordFacts[] _facts = new WordFacts[256];
    private ulong[] _gaz = new ulong[256];
    private bool[] _headline = new bool[64];
    // Per-document word table: open addressing with a generation stamp per slot, so starting a new document
    // costs nothing (a Dictionary's Clear would wipe its whole, possibly large, bucket array every time).
    private ulong[] _docKeys = new ulong[1024];
    private int[] _docStamp = new int[1024];
    private DocWord[] _docWords = new DocWord[1024];
    private int _generation;

    /// <summary>What the document says about one case-folded word.</summary>
    private struct DocWord
    {
        public int Case;          // bit 0 capitalised mid-sentence, 1 lower-case, 2 all-caps outside headlines
        public int Seq;           // bit = position (B/I/L/U) in a run of capitalised words (non-headline)
        public ushort Gaz;        // name-list categories of matches covering an occurrence
        public ulong Prev0, Prev1, Next0, Next1;  // first distinct neighbours of capitalised occurrences
        public int Types;         // first pass: bit = entity type given to some occurrence; bit 4 = some occurrence O
    }

    public FeatureExtractor(NameGazetteer gazetteer) => _gazetteer = gazetteer;

    /// <summary>
    /// When true, the single-word features of tokens that exist (see <see cref="EmitWord"/>) are left out, for a
    /// caller that adds their cached summed weights itself. Training leaves this false.
    /// </summary>
    public bool CachesWords { get; set; }

    /// <summary>The facts of the last document's tokens.</summary>
    public ReadOnlySpan<WordFacts> Facts(int count) => _facts.AsSpan(0, count);

    /// <summary>Extracts the keys of every token of a document.</summary>
    /// <param name="words">The document's token texts.</param>
    /// <param name="sentences">Sentence ranges covering the tokens in order.</param>
    /// <param name="output">Receives the keys.</param>
    /// <param name="firstPass">First-pass BILOU tag per token for the stacked pass, or empty for the first pass.</param>
    public void Extract(ReadOnlySpan<ReadOnlyMemory<char>> words, ReadOnlySpan<SentenceRange> sentences,
        FeatureBuffer output, ReadOnlySpan<int> firstPass = default)
    {
        int n = words.Length;
        if (_facts.Length < n) { _facts = new WordFacts[Math.Max(n, _facts.Length * 2)]; _gaz = new ulong[_facts.Length]; }
        if (_headline.Length < sentences.Length) _headline = new bool[Math.Max(sentences.Length, _headline.Length * 2)];
        var facts = _facts.AsSpan(0, n);
        for (int i = 0; i < n; i++) facts[i] = WordFacts.Of(words[i].Span);

        for (int s = 0; s < sentences.Length; s++)
        {
            var r = sentences[s];
            _gazetteer.Match(facts.Slice(r.Start, r.Count), _gaz.AsSpan(r.Start, r.Count));
            _headline[s] = IsHeadline(facts.Slice(r.Start, r.Count));
        }
        CollectDocument(facts, sentences, firstPass);

        output.Reset(n);
        for (int s = 0; s < sentences.Length; s++)
        {
            var r = sentences[s];
            for (int i = r.Start; i < r.End; i++)
            {
                output.BeginToken();
                EmitToken(facts, r, i, _headline[s], output, firstPass);
            }
        }
        output.End();
    }

    private static bool IsHeadline(ReadOnlySpan<WordFacts> facts)
    {
        int letters = 0;
        foreach (ref readonly var f in facts)
        {
            if ((f.Flags & WordFlags.HasLower) != 0) return false;
            if ((f.Flags & WordFlags.HasLetter) != 0) letters++;
        }
        return letters > 0;
    }

    private void CollectDocument(ReadOnlySpan<WordFacts> facts, ReadOnlySpan<SentenceRange> sentences, ReadOnlySpan<int> firstPass)
    {
        int needed = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, facts.Length * 2));
        if (_docKeys.Length < needed || _generation == int.MaxValue)
        {
            _docKeys = new ulong[needed];
            _docStamp = new int[needed];
            _docWords = new DocWord[needed];
            _generation = 0;
        }
        _generation++;
        for (int s = 0; s < sentences.Length; s++)
        {
            var r = sentences[s];
            bool head = _headline[s];
            int runStart = -1;
            for (int i = r.Start; i <= r.End; i++)
            {
                bool cap = i < r.End && facts[i].IsCapitalised && (facts[i].Flags & WordFlags.HasLower) != 0;
                if (cap && !head) { if (runStart < 0) runStart = i; continue; }
                if (runStart >= 0)
                {
                    // Close the run [runStart, i): record each word's position in it.
                    for (int k = runStart; k < i; k++)
                    {
                        int pos = i - runStart == 1 ? BilouTags.Unit : k == runStart ? BilouTags.Begin : k == i - 1 ? BilouTags.Last : BilouTags.Inside;
                        ref var d = ref Entry(facts[k].Lower);
                        d.Seq |= 1 << pos;
                    }
                    runStart = -1;
                }
            }
            for (int i = r.Start; i < r.End; i++)
            {
                ref readonly var f = ref facts[i];
                if ((f.Flags & WordFlags.HasLetter) == 0) continue;
                ref var d = ref Entry(f.Lower);
                bool first = i == r.Start;
                if (!head)
                {
                    if ((f.Flags & WordFlags.HasLower) != 0 && !f.IsCapitalised) d.Case |= 2;
                    else if ((f.Flags & WordFlags.AllCaps) != 0) d.Case |= 4;
                    else if (f.IsCapitalised && !first) d.Case |= 1;
                }
                ulong g = _gaz[i];
                for (int c = 0; g != 0; c++, g >>= 4) if ((g & 0xF) != 0) d.Gaz |= (ushort)(1 << c);
                if (f.IsCapitalised && !head)
                {
                    ulong prev = first ? Bos : facts[i - 1].Lower, next = i + 1 < r.End ? facts[i + 1].Lower : Eos;
                    if (d.Prev0 == 0) d.Prev0 = prev; else if (d.Prev0 != prev && d.Prev1 == 0) d.Prev1 = prev;
                    if (d.Next0 == 0) d.Next0 = next; else if (d.Next0 != next && d.Next1 == 0) d.Next1 = next;
                }
                if (!firstPass.IsEmpty)
                    d.Types |= firstPass[i] == BilouTags.O ? 1 << 4 : 1 << BilouTags.TypeOf(firstPass[i]);
            }
        }
    }

    /// <summary>The document entry of a word, created empty on first use in this document.</summary>
    private ref DocWord Entry(ulong lower)
    {
        int mask = _docKeys.Length - 1, slot = (int)lower & mask;
        while (true)
        {
            if (_docStamp[slot] != _generation)
            {
                _docStamp[slot] = _generation;
                _docKeys[slot] = lower;
                _docWords[slot] = default;
                return ref _docWords[slot];
            }
            if (_docKeys[slot] == lower) return ref _docWords[slot];
            slot = (slot + 1) & mask;
        }
    }

    private void EmitToken(ReadOnlySpan<WordFacts> facts, SentenceRange r, int i, bool head, FeatureBuffer o,
        ReadOnlySpan<int> firstPass)
    {
        ref readonly var f = ref facts[i];
        bool hasM1 = i > r.Start, hasM2 = i - 1 > r.Start, hasP1 = i + 1 < r.End, hasP2 = i + 2 < r.End;
        ulong lm1 = hasM1 ? facts[i - 1].Lower : Bos, lm2 = hasM2 ? facts[i - 2].Lower : hasM1 ? Bos : Bos2;
        ulong lp1 = hasP1 ? facts[i + 1].Lower : Eos, lp2 = hasP2 ? facts[i + 2].Lower : hasP1 ? Eos : Eos2;
        ulong ssm1 = hasM1 ? facts[i - 1].ShortShape : Bos, ssp1 = hasP1 ? facts[i + 1].ShortShape : Eos;
        ulong ssm2 = hasM2 ? facts[i - 2].ShortShape : Bos2, ssp2 = hasP2 ? facts[i + 2].ShortShape : Eos2;
        ulong ss0 = f.ShortShape;

        o.Add(FeatureHash.Key(Bias, 0));
        // Features of one neighbouring word alone: emitted here, or — when WordScoreCache supplies their summed
        // weights per word — only at sentence edges, where the "word" is a sentinel.
        if (!CachesWords) EmitWord(o, WordGroup.Self, in f);
        if (hasM1) { if (!CachesWords) EmitWord(o, WordGroup.Previous, in facts[i - 1]); }
        else { o.Add(FeatureHash.Key(Lm1, Bos)); o.Add(FeatureHash.Key(Wm1, Bos)); o.Add(FeatureHash.Key(Ssm1, Bos)); }
        if (hasP1) { if (!CachesWords) EmitWord(o, WordGroup.Next, in facts[i + 1]); }
        else { o.Add(FeatureHash.Key(Lp1, Eos)); o.Add(FeatureHash.Key(Wp1, Eos)); o.Add(FeatureHash.Key(Ssp1, Eos)); }
        if (hasM2) { if (!CachesWords) EmitWord(o, WordGroup.SecondPrevious, in facts[i - 2]); }
        else { o.Add(FeatureHash.Key(Lm2, lm2)); o.Add(FeatureHash.Key(Ssm2, Bos2)); }
        if (hasP2) { if (!CachesWords) EmitWord(o, WordGroup.SecondNext, in facts[i + 2]); }
        else { o.Add(FeatureHash.Key(Lp2, lp2)); o.Add(FeatureHash.Key(Ssp2, Eos2)); }
        o.Add(FeatureHash.Key(Lm1L0, lm1, f.Lower));
        o.Add(FeatureHash.Key(L0Lp1, f.Lower, lp1));
        o.Add(FeatureHash.Key(Lm2Lm1, lm2, lm1));
        o.Add(FeatureHash.Key(Lp1Lp2, lp1, lp2));
        o.Add(FeatureHash.Key(Ss3, ssm1, ss0, ssp1));
        o.Add(FeatureHash.Key(Ssm1Ss0, ssm1, ss0));
        o.Add(FeatureHash.Key(Ss0Ssp1, ss0, ssp1));
        o.Add(FeatureHash.Key(Lm1Ss0, lm1, ss0));
        o.Add(FeatureHash.Key(Ss0Lp1, ss0, lp1));
        if (!hasM1)
        {
            o.Add(FeatureHash.Key(FirstSs0, ss0));
            o.Add(FeatureHash.Key(FirstL0, f.Lower));
        }
        if (head)
        {
            o.Add(FeatureHash.Key(HeadL0, f.Lower));
            o.Add(FeatureHash.Key(HeadSs0, ss0, (ulong)r.Count));
        }

        ulong cap = f.IsCapitalised ? 1UL : 0UL;
        EmitBits(o, Gaz0, _gaz[i], cap, both: true);
        if (hasM1) EmitBits(o, Gazm1, _gaz[i - 1], 0, both: false);
        if (hasP1) EmitBits(o, Gazp1, _gaz[i + 1], 0, both: false);

        if ((f.Flags & WordFlags.HasLetter) != 0 && (f.IsCapitalised || (f.Flags & WordFlags.AllCaps) != 0))
        {
            var d = Entry(f.Lower);
            ulong where = head ? 2UL : !hasM1 ? 1UL : 0UL;
            o.Add(FeatureHash.Key(DocCase, (ulong)d.Case, where));
            for (int b = 0; b < 4; b++) if ((d.Seq & (1 << b)) != 0) o.Add(FeatureHash.Key(DocSeq, (ulong)b));
            for (int c = 0; c < 16; c++) if ((d.Gaz & (1 << c)) != 0) o.Add(FeatureHash.Key(DocGaz, (ulong)c, cap));
            if (d.Prev0 != 0) o.Add(FeatureHash.Key(DocPrev, d.Prev0));
            if (d.Prev1 != 0) o.Add(FeatureHash.Key(DocPrev, d.Prev1));
            if (d.Next0 != 0) o.Add(FeatureHash.Key(DocNext, d.Next0));
            if (d.Next1 != 0) o.Add(FeatureHash.Key(DocNext, d.Next1));
            if (!firstPass.IsEmpty)
            {
                o.Add(FeatureHash.Key(P1Doc, (ulong)d.Types));
                o.Add(FeatureHash.Key(P1DocOwn, (ulong)d.Types, (ulong)firstPass[i]));
            }
        }
        if (!firstPass.IsEmpty)
        {
            o.Add(FeatureHash.Key(P1Own, (ulong)firstPass[i]));
            o.Add(FeatureHash.Key(P1Prev, hasM1 ? (ulong)firstPass[i - 1] : 99, (ulong)firstPass[i]));
            o.Add(FeatureHash.Key(P1Next, (ulong)firstPass[i], hasP1 ? (ulong)firstPass[i + 1] : 99));
        }
    }

    /// <summary>
    /// The features that depend on one word only, grouped by where the word stands relative to the tagged
    /// token. Their weights can be summed once per word and reused (see <see cref="WordScoreCache"/>).
    /// </summary>
    public static void EmitWord(FeatureBuffer o, WordGroup group, in WordFacts f)
    {
        switch (group)
        {
            case WordGroup.Self:
                o.Add(FeatureHash.Key(W0, f.Word));
                o.Add(FeatureHash.Key(L0, f.Lower));
                o.Add(FeatureHash.Key(Sh0, f.Shape));
                o.Add(FeatureHash.Key(Ss0, f.ShortShape));
                if (f.Pre1 != 0) { o.Add(FeatureHash.Key(Pre, f.Pre1)); o.Add(FeatureHash.Key(Suf, f.Suf1)); }
                if (f.Pre2 != 0) { o.Add(FeatureHash.Key(Pre + 1, f.Pre2)); o.Add(FeatureHash.Key(Suf + 1, f.Suf2)); }
                if (f.Pre3 != 0) { o.Add(FeatureHash.Key(Pre + 2, f.Pre3)); o.Add(FeatureHash.Key(Suf + 2, f.Suf3)); }
                if (f.Pre4 != 0) { o.Add(FeatureHash.Key(Pre + 3, f.Pre4)); o.Add(FeatureHash.Key(Suf + 3, f.Suf4)); }
                break;
            case WordGroup.Previous:
                o.Add(FeatureHash.Key(Lm1, f.Lower));
                o.Add(FeatureHash.Key(Wm1, f.Word));
                o.Add(FeatureHash.Key(Ssm1, f.ShortShape));
                break;
            case WordGroup.Next:
                o.Add(FeatureHash.Key(Lp1, f.Lower));
                o.Add(FeatureHash.Key(Wp1, f.Word));
                o.Add(FeatureHash.Key(Ssp1, f.ShortShape));
                break;
            case WordGroup.SecondPrevious:
                o.Add(FeatureHash.Key(Lm2, f.Lower));
                o.Add(FeatureHash.Key(Ssm2, f.ShortShape));
                break;
            default:
                o.Add(FeatureHash.Key(Lp2, f.Lower));
                o.Add(FeatureHash.Key(Ssp2, f.ShortShape));
                break;
        }
    }

    private static void EmitBits(FeatureBuffer o, int template, ulong mask, ulong cap, bool both)
    {
        while (mask != 0)
        {
            int bit = BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            o.Add(FeatureHash.Key(template, (ulong)bit));
            if (both) o.Add(FeatureHash.Key(Gaz0Cap, (ulong)bit, cap));
        }
    }
}

/// <summary>Where a word stands relative to the token being scored.</summary>
internal enum WordGroup
{
    /// <summary>The token itself.</summary>
    Self,
    /// <summary>The token before.</summary>
    Previous,
    /// <summary>The token after.</summary>
    Next,
    /// <summary>Two tokens before.</summary>
    SecondPrevious,
    /// <summary>Two tokens after.</summary>
    SecondNext,
}
