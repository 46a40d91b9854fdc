namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// The feature keys of every token of a document, flat: token <c>i</c>'s keys are
/// <c>Keys[Offsets[i]..Offsets[i + 1]]</c>. Reused across documents to avoid allocation; not thread-safe.
/// </summary>
internal sealed class FeatureBuffer
{
    public ulong[] Keys = new ulong[4096];
    public int[] Offsets = new int[257];
    public int Count;
    private int _tokens;

    /// <summary>Clears the buffer for a document of <paramref name="tokens"/> tokens.</summary>
    public void Reset(int tokens)
    {
        if (Offsets.Length < tokens + 1) Offsets = new int[Math.Max(tokens + 1, Offsets.Length * 2)];
        Count = 0;
        _tokens = 0;
    }

    /// <summary>Marks the start of the next token's keys.</summary>
    public void BeginToken() => Offsets[_tokens++] = Count;

    /// <summary>Closes the last token.</summary>
    public void End() => Offsets[_tokens] = Count;

    /// <summary>Appends a key to the current token.</summary>
    public void Add(ulong key)
    {
        if (Count == Keys.Length) Array.Resize(ref Keys, Keys.Length * 2);
        Keys[Count++] = key;
    }

    /// <summary>The keys of token <paramref name="token"/>.</summary>
    public ReadOnlySpan<ulong> Of(int token) => Keys.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
}

/// <summary>A sentence as a token range of a document.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="Count">Number of tokens.</param>
internal readonly record struct SentenceRange(int Start, int Count)
{
    /// <summary>Index just past the last token.</summary>
    public int End => Start + Count;
}
