namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// Converts between tag sequences (IOB1, IOB2, BILOU) and labelled spans. Reading is lenient in the way of
/// the CoNLL <c>conlleval</c> script, so the same reader accepts IOB1, IOB2, BILOU and BIOES input: a chunk
/// starts at <c>B-</c>/<c>U-</c>/<c>S-</c>, or at <c>I-</c>/<c>L-</c>/<c>E-</c> whose type differs from the
/// open chunk; it ends before <c>O</c>, <c>B-</c>, <c>U-</c>/<c>S-</c> or a type change, and after
/// <c>L-</c>/<c>E-</c>/<c>U-</c>/<c>S-</c>. Thread-safe (stateless).
/// </summary>
public static class TagScheme
{
    /// <summary>Reads the chunks of a tag sequence in any of the supported schemes.</summary>
    /// <param name="tags">One tag per token: <c>O</c> or a one-letter prefix, a hyphen and a label.</param>
    /// <exception cref="FormatException">A tag is neither <c>O</c> nor <c>X-label</c> with X in B, I, L, U, E, S.</exception>
    public static List<LabeledSpan> ToSpans(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<LabeledSpan>();
        int start = -1;
        string? open = null;
        for (int i = 0; i < tags.Count; i++)
        {
            var (prefix, label) = Split(tags[i], i);
            bool continues = open is not null && label == open && prefix is 'I' or 'L' or 'E';
            if (!continues)
            {
                if (open is not null) spans.Add(new LabeledSpan(start, i - start, open));
                open = null;
                if (prefix != 'O') { open = label; start = i; }
            }
            if (open is not null && prefix is 'L' or 'E' or 'U' or 'S')
            {
                spans.Add(new LabeledSpan(start, i + 1 - start, open));
                open = null;
            }
        }
        if (open is not null) spans.Add(new LabeledSpan(start, tags.Count - start, open));
        return spans;
    }

    /// <summary>Writes spans as IOB2 tags (every chunk starts with <c>B-</c>).</summary>
    /// <param name="spans">Non-overlapping spans inside <c>[0, length)</c>.</param>
    /// <param name="length">Number of tokens.</param>
    public static string[] ToIob2(IEnumerable<LabeledSpan> spans, int length) => Write(spans, length, Scheme.Iob2);

    /// <summary>
    /// Writes spans as IOB1 tags: chunks use <c>I-</c>, and <c>B-</c> only where a chunk directly follows another
    /// of the same label (the original CoNLL-2003 encoding).
    /// </summary>
    /// <param name="spans">Non-overlapping spans inside <c>[0, length)</c>.</param>
    /// <param name="length">Number of tokens.</param>
    public static string[] ToIob1(IEnumerable<LabeledSpan> spans, int length) => Write(spans, length, Scheme.Iob1);

    /// <summary>Writes spans as BILOU tags (<c>U-</c> for one-token chunks, <c>L-</c> on the last token).</summary>
    /// <param name="spans">Non-overlapping spans inside <c>[0, length)</c>.</param>
    /// <param name="length">Number of tokens.</param>
    public static string[] ToBilou(IEnumerable<LabeledSpan> spans, int length) => Write(spans, length, Scheme.Bilou);

    private enum Scheme { Iob1, Iob2, Bilou }

    private static string[] Write(IEnumerable<LabeledSpan> spans, int length, Scheme scheme)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var tags = new string[length];
        Array.Fill(tags, "O");
        var ordered = spans.OrderBy(s => s.Start).ToList();
        int lastEnd = 0;
        string? lastLabel = null;
        foreach (var s in ordered)
        {
            if (s.Length < 1 || s.Start < lastEnd || s.End > length)
                throw new ArgumentException($"Span {s} overlaps another or lies outside [0, {length}).", nameof(spans));
            for (int i = s.Start; i < s.End; i++)
            {
                char prefix = scheme switch
                {
                    Scheme.Iob2 => i == s.Start ? 'B' : 'I',
                    Scheme.Iob1 => i == s.Start && s.Start == lastEnd && lastLabel == s.Label ? 'B' : 'I',
                    _ => s.Length == 1 ? 'U' : i == s.Start ? 'B' : i == s.End - 1 ? 'L' : 'I',
                };
                tags[i] = prefix + "-" + s.Label;
            }
            lastEnd = s.End;
            lastLabel = s.Label;
        }
        return tags;
    }

    private static (char Prefix, string Label) Split(string tag, int index)
    {
        if (tag == "O") return ('O', "");
        if (tag is null || tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I' or 'L' or 'U' or 'E' or 'S'))
            throw new FormatException($"Tag {index} '{tag}' is not O or X-label with X in B, I, L, U, E, S.");
        return (tag[0], tag[2..]);
    }
}
