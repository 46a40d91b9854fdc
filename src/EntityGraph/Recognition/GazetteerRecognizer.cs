using EntityGraph.Documents;
using EntityGraph.Knowledge;
using EntityGraph.Recognition.Gazetteer;
using EntityGraph.Tokenization;

namespace EntityGraph.Recognition;

/// <summary>
/// Finds the names of a <see cref="KnowledgeBase"/> in text by walking a trie over tokens: at each token the
/// longest name that starts there wins, then matching resumes after it (leftmost, longest, never overlapping).
/// Names never cross a sentence boundary. Immutable and thread-safe; matching allocates only the mentions.
/// </summary>
/// <remarks>
/// <para>What matches. A token is compared by its normalised text (<see cref="Token.Normalized"/>: curly
/// apostrophes and quotes straight), so "People’s" matches "People's". Names are tokenised with the same
/// tokenizer as the text, so "U.S.", "People's" and "Guinea-Bissau" split the same way in both.</para>
/// <para>Case. A name matches as written in the data or in all capitals ("North Korea", "NORTH KOREA"), never
/// in lower case, so "china" (the porcelain) and "turkey" (the bird) are left alone. ISO-3 codes and names
/// flagged <see cref="NameFlags.NotInCaps"/> ("US") match only in a sentence that is not written all in
/// capitals, where they cannot be the words "us", "and", "can"; codes that are English words are flagged
/// <see cref="NameFlags.NoMatch"/> in the data and never match.</para>
/// <para>Mentions. Countries, places, people, parties and organisations give a mention of the entry's type; demonyms
/// ("North Korean", "Chinese") give <see cref="EntityType.Nationality"/> mentions; all carry the entry's key
/// (<c>country:PRK</c>, <c>location:Pyongyang</c>) in <see cref="Mention.Key"/>. Confidence:
/// <see cref="NameConfidence"/> for names and aliases, <see cref="DemonymConfidence"/> for demonyms,
/// <see cref="CodeConfidence"/> for codes, and <see cref="AmbiguousConfidence"/> for any name flagged
/// <see cref="NameFlags.Ambiguous"/> ("Georgia", "Jordan", "Chad", "Turkey": matched, but a weak guess that
/// a later stage may overrule).</para>
/// </remarks>
public sealed class GazetteerRecognizer : IEntityRecognizer
{
    /// <summary>Confidence of a mention found through an entry's name or alias.</summary>
    public const double NameConfidence = 0.95;

    /// <summary>Confidence of a mention found through a demonym.</summary>
    public const double DemonymConfidence = 0.9;

    /// <summary>Confidence of a mention found through an ISO-3 code.</summary>
    public const double CodeConfidence = 0.8;

    /// <summary>Confidence of a mention found through a name flagged <see cref="NameFlags.Ambiguous"/>.</summary>
    public const double AmbiguousConfidence = 0.5;

    /// <summary>
    /// Confidence of a person mention found through a one-word name ("Putin", "Nixon"): the data keeps only
    /// capitalised surnames that name one person and are not ordinary words, but a surname is still a weaker
    /// sign than a full name.
    /// </summary>
    public const double SurnameConfidence = 0.7;

    private static readonly Lazy<GazetteerRecognizer> Countries = new(
        () => new GazetteerRecognizer(KnowledgeBase.Countries, DefaultStages.Tokenizer,
            e => e.Type is EntityType.Country or EntityType.Location),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<GazetteerRecognizer> Everything = new(
        () => new GazetteerRecognizer(KnowledgeBase.Default, DefaultStages.Tokenizer),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TokenTrie<GazetteerTarget> _trie;

    /// <summary>Builds a recognizer for the matchable names of the entries of <paramref name="knowledge"/>.</summary>
    /// <param name="knowledge">The knowledge base.</param>
    /// <param name="tokenizer">
    /// The tokenizer used to split names into tokens; it should be the pipeline's tokenizer, so names and text
    /// split alike. <c>null</c> for the default <see cref="EnglishTokenizer"/>.
    /// </param>
    /// <param name="include">Which entries to look for; <c>null</c> for all.</param>
    public GazetteerRecognizer(KnowledgeBase knowledge, ITokenizer? tokenizer = null, Func<KnowledgeEntry, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _trie = Build(knowledge, tokenizer ?? DefaultStages.Tokenizer, include);
    }

    /// <summary>
    /// The recognizer for the built-in knowledge base's countries (names, aliases, codes, demonyms) and
    /// places (capitals, regions). Built on first use and shared.
    /// </summary>
    public static GazetteerRecognizer ForCountries() => Countries.Value;

    /// <summary>
    /// The recognizer for the whole built-in knowledge base (<see cref="KnowledgeBase.Default"/>): countries and
    /// places as <see cref="ForCountries"/>, plus people (<see cref="EntityType.Person"/>), parties
    /// (<see cref="EntityType.PoliticalParty"/>) and organisations (<see cref="EntityType.Organization"/>), each
    /// mention keyed by its entry (<c>person:XI_JINPING</c>, <c>party:WORKERS_PARTY_OF_KOREA</c>, <c>org:UNITED_NATIONS</c>).
    /// Built on first use (about a quarter of a second) and shared.
    /// </summary>
    public static GazetteerRecognizer ForKnowledgeBase() => Everything.Value;

    /// <inheritdoc />
    public string Name => "gazetteer";

    /// <summary>Number of trie nodes (a size measure for diagnostics and tests).</summary>
    internal int NodeCount => _trie.NodeCount;

    /// <inheritdoc />
    public void Recognize(Document document, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var tokens = document.Tokens;
        if (tokens.Count == 0) return;
        if (document.Sentences.Count == 0)
        {
            // A splitter should cover every token; if none ran, treat the text as one sentence.
            RecognizeRange(document.Text, tokens, 0, tokens.Count, mentions);
            return;
        }
        foreach (var s in document.Sentences)
            RecognizeRange(document.Text, tokens, s.FirstToken, Math.Min(s.EndToken, tokens.Count), mentions);
    }

    private void RecognizeRange(string text, IReadOnlyList<Token> tokens, int first, int end, List<Mention> mentions)
    {
        // Computed on first need: most sentences hold no code or "US" at all.
        bool? allCaps = null;
        int i = first;
        while (i < end)
        {
            int node = TokenTrie<GazetteerTarget>.Root;
            GazetteerTarget? best = null;
            int bestEnd = i;
            for (int j = i; j < end; j++)
            {
                node = _trie.Step(node, TokenText(text, tokens[j]));
                if (node == TokenTrie<GazetteerTarget>.None) break;
                if (_trie.ValueAt(node) is not { } target) continue;
                if (target.NeedsMixedCase && (allCaps ??= CaseShape.IsAllCaps(text, tokens, first, end))) continue;
                best = target;
                bestEnd = j + 1;
            }
            if (best is null)
            {
                i++;
                continue;
            }
            var span = TextSpan.FromBounds(tokens[i].Start, tokens[bestEnd - 1].End);
            mentions.Add(new Mention(span, i, bestEnd - i, best.Type, best.Confidence, Name, best.Key));
            i = bestEnd;
        }
    }

    private static ReadOnlySpan<char> TokenText(string text, Token token) =>
        token.Normalized is { } n ? n.AsSpan() : text.AsSpan(token.Start, token.Span.Length);

    private static TokenTrie<GazetteerTarget> Build(KnowledgeBase knowledge, ITokenizer tokenizer, Func<KnowledgeEntry, bool>? include)
    {
        var builder = new TokenTrie<GazetteerTarget>.Builder();
        var upper = new List<(string[] Tokens, GazetteerTarget Target)>();
        var scratch = new List<Token>();
        foreach (var entry in knowledge.Entries)
        {
            if (include is not null && !include(entry)) continue;
            foreach (var name in entry.Names)
            {
                if (!name.IsMatchable) continue;
                var target = Target(entry, name);
                // Most names are letters and spaces ("Xi Jinping"), which the English tokenizer splits at the
                // spaces whatever the case, so their tokens, and their capitals' tokens, need no tokenizer run
                // (a test checks this for every such name in the data); it makes the whole-KB trie ~3x faster.
                bool plain = tokenizer is EnglishTokenizer && IsLettersAndSpaces(name.Text);
                string[] tokens = plain ? name.Text.Split(' ') : Tokenize(tokenizer, name.Text, scratch);
                builder.TryAdd(tokens, target);
                if (name.Kind != NameKind.Code)
                {
                    string caps = name.Text.ToUpperInvariant();
                    if (caps == name.Text) continue;
                    upper.Add((plain ? ToUpper(tokens) : Tokenize(tokenizer, caps, scratch), target));
                }
            }
        }
        // ALL-CAPS forms go in last so a name written in capitals in the data ("DPRK") always keeps its own
        // target, whatever order the entries come in.
        foreach (var (tokens, target) in upper) builder.TryAdd(tokens, target);
        return builder.Build();
    }

    private static GazetteerTarget Target(KnowledgeEntry entry, KnowledgeName name)
    {
        var type = name.Kind == NameKind.Demonym ? EntityType.Nationality : entry.Type;
        double confidence = (name.Flags & NameFlags.Ambiguous) != 0 ? AmbiguousConfidence
            : entry.Type == EntityType.Person && !name.Text.Contains(' ') ? SurnameConfidence
            : name.Kind switch
        {
            NameKind.Demonym => DemonymConfidence,
            NameKind.Code => CodeConfidence,
            _ => NameConfidence,
        };
        return new GazetteerTarget(entry.Key, type, name.Kind, name.Flags, confidence);
    }

    /// <summary>Whether <paramref name="name"/> is letters in words separated by single spaces.</summary>
    internal static bool IsLettersAndSpaces(string name)
    {
        if (name.Length == 0 || name[0] == ' ' || name[^1] == ' ') return false;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c == ' ' ? name[i - 1] == ' ' : !char.IsLetter(c)) return false;
        }
        return true;
    }

    private static string[] ToUpper(string[] tokens)
    {
        var result = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) result[i] = tokens[i].ToUpperInvariant();
        return result;
    }

    private static string[] Tokenize(ITokenizer tokenizer, string name, List<Token> scratch)
    {
        scratch.Clear();
        tokenizer.Tokenize(name, scratch);
        var result = new string[scratch.Count];
        for (int i = 0; i < scratch.Count; i++) result[i] = scratch[i].NormalizedText(name);
        return result;
    }
}
