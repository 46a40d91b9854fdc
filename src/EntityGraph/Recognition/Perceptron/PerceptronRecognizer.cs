using EntityGraph.Documents;

namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// Statistical entity recognizer: a BILOU averaged perceptron with constrained Viterbi decoding, trained on
/// CoNLL-2003 (PER → <see cref="EntityType.Person"/>, ORG → <see cref="EntityType.Organization"/>, LOC →
/// <see cref="EntityType.Location"/>, MISC → <see cref="EntityType.Misc"/>). Reads each token's normalised
/// form (or its text), tags the document sentence by sentence with document-wide features, and reports one
/// mention per tagged span with <see cref="Mention.Key"/> <c>null</c> and a confidence in (0, 1]: the lowest,
/// over the mention's tokens, of the max-marginal softmax of the chosen tag. Thread-safe: each thread keeps
/// its own scratch buffers.
/// </summary>
public sealed class PerceptronRecognizer : IEntityRecognizer
{
    private readonly PerceptronModel? _model;

    // One tagger (scratch buffers and word cache) per thread: cheaper than a shared pool, and safe because a
    // tagger never leaves its thread.
    private readonly ThreadLocal<PerceptronTagger?> _tagger = new();

    /// <summary>A recognizer using the shipped model (loaded lazily, on the first document).</summary>
    public PerceptronRecognizer() { }

    /// <summary>A recognizer using <paramref name="model"/>.</summary>
    public PerceptronRecognizer(PerceptronModel model) => _model = model ?? throw new ArgumentNullException(nameof(model));

    /// <inheritdoc />
    public string Name => "perceptron";

    /// <summary>The model in use (the shipped one unless another was given).</summary>
    public PerceptronModel Model => _model ?? PerceptronModel.Shipped;

    /// <inheritdoc />
    public void Recognize(Document document, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var tokens = document.Tokens;
        int n = tokens.Count;
        if (n == 0) return;

        var model = Model;
        var tagger = _tagger.Value ??= new PerceptronTagger(model);
        var (words, tags, confidence) = tagger.Scratch(n);
        // Read the tokens through a span when the list is an array or a List (the usual cases), avoiding an
        // interface call and a struct copy per token.
        ReadOnlySpan<Token> tokenSpan = tokens switch
        {
            Token[] array => array,
            List<Token> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
            _ => default,
        };
        string text = document.Text;
        if (tokenSpan.Length == n)
        {
            for (int i = 0; i < n; i++)
            {
                ref readonly var t = ref tokenSpan[i];
                words[i] = t.Normalized is { } norm ? norm.AsMemory() : text.AsMemory(t.Start, t.Span.Length);
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                var t = tokens[i];
                words[i] = t.Normalized is { } norm ? norm.AsMemory() : text.AsMemory(t.Start, t.Span.Length);
            }
        }
        var sentences = SentenceRanges(document);
        tagger.Tag(words.AsSpan(0, n), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sentences),
            tags.AsSpan(0, n), confidence.AsSpan(0, n));

        foreach (var s in sentences)
        {
            for (int i = s.Start; i < s.End; i++)
            {
                int tag = tags[i];
                if (tag == BilouTags.O) continue;
                int start = i;
                float conf = confidence[i];
                // The decoder only emits B I* L or U, so a B always has its L inside the sentence.
                while (BilouTags.PositionOf(tags[i]) is BilouTags.Begin or BilouTags.Inside && i + 1 < s.End)
                {
                    i++;
                    conf = Math.Min(conf, confidence[i]);
                }
                var span = TextSpan.FromBounds(tokens[start].Start, tokens[i].End);
                mentions.Add(new Mention(span, start, i - start + 1, BilouTags.EntityTypeOf(BilouTags.TypeOf(tag)),
                    Math.Clamp(conf, 0.0, 1.0), Name));
            }
        }
        // Drop the references to this document's text held by the scratch array.
        Array.Clear(words, 0, n);
    }

    /// <summary>The document's sentences as token ranges; tokens outside every sentence form their own ranges,
    /// so no token goes untagged even if the splitter skipped some.</summary>
    private static List<SentenceRange> SentenceRanges(Document document)
    {
        int n = document.Tokens.Count;
        var sentences = document.Sentences;
        var ranges = new List<SentenceRange>(sentences.Count + 1);
        int next = 0;
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            int start = Math.Max(s.FirstToken, next), end = Math.Min(s.EndToken, n);
            if (start > next) ranges.Add(new SentenceRange(next, start - next));
            if (end > start) ranges.Add(new SentenceRange(start, end - start));
            next = Math.Max(next, end);
        }
        if (next < n) ranges.Add(new SentenceRange(next, n - next));
        return ranges;
    }
}
