namespace EntityGraph.Recognition.Perceptron;

/// <summary>Boolean facts about a word's characters, as bit flags.</summary>
[Flags]
internal enum WordFlags : ushort
{
    None = 0,
    /// <summary>First character is an upper-case letter.</summary>
    InitCap = 1,
    /// <summary>Has letters and none of them is lower-case.</summary>
    AllCaps = 2,
    /// <summary>Has at least one lower-case letter.</summary>
    HasLower = 4,
    /// <summary>Has at least one letter.</summary>
    HasLetter = 8,
    /// <summary>Has at least one digit.</summary>
    HasDigit = 16,
    /// <summary>Has a hyphen.</summary>
    HasHyphen = 32,
    /// <summary>Has a period.</summary>
    HasPeriod = 64,
    /// <summary>No letter and no digit: punctuation or symbols only.</summary>
    NoAlnum = 128,
    /// <summary>Upper-case letter inside the word after a lower-case one (<c>McDonald</c>, <c>iPhone</c>).</summary>
    InnerCap = 256,
}

/// <summary>
/// Per-token hashes and flags computed once per token, from which every window feature is combined.
/// </summary>
internal struct WordFacts
{
    public ulong Word, Lower, Shape, ShortShape;
    public ulong Pre1, Pre2, Pre3, Pre4, Suf1, Suf2, Suf3, Suf4;
    public WordFlags Flags;
    public int Length;

    /// <summary>Whether the word could start a name: it begins with an upper-case letter.</summary>
    public readonly bool IsCapitalised => (Flags & WordFlags.InitCap) != 0;

    /// <summary>Computes the facts of one word.</summary>
    public static WordFacts Of(ReadOnlySpan<char> w)
    {
        var f = new WordFacts { Word = FeatureHash.Of(w), Lower = FeatureHash.OfLower(w), Length = w.Length };
        WordFlags flags = WordFlags.None;
        bool anyUpper = false, prevLower = false;
        // Shape: X upper, x lower, d digit, other characters kept; the full shape is capped at 12 characters
        // (longer words share it), the short shape also collapses runs ("Xxxxx" -> "Xx").
        ulong shape = 0xcbf29ce484222325UL, shortShape = shape;
        char lastShort = '\0';
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i], s;
            if (char.IsUpper(c))
            {
                s = 'X'; anyUpper = true; flags |= WordFlags.HasLetter;
                if (i == 0) flags |= WordFlags.InitCap;
                if (prevLower) flags |= WordFlags.InnerCap;
                prevLower = false;
            }
            else if (char.IsLower(c)) { s = 'x'; flags |= WordFlags.HasLower | WordFlags.HasLetter; prevLower = true; }
            else if (char.IsLetter(c)) { s = 'x'; flags |= WordFlags.HasLetter; prevLower = false; }
            else if (char.IsDigit(c)) { s = 'd'; flags |= WordFlags.HasDigit; prevLower = false; }
            else
            {
                s = c;
                if (c == '-') flags |= WordFlags.HasHyphen;
                else if (c == '.') flags |= WordFlags.HasPeriod;
                prevLower = false;
            }
            if (i < 12) shape = (shape ^ s) * 0x100000001b3UL;
            if (s != lastShort) { shortShape = (shortShape ^ s) * 0x100000001b3UL; lastShort = s; }
        }
        if (anyUpper && (flags & WordFlags.HasLower) == 0) flags |= WordFlags.AllCaps;
        if ((flags & (WordFlags.HasLetter | WordFlags.HasDigit)) == 0) flags |= WordFlags.NoAlnum;
        f.Flags = flags;
        f.Shape = FeatureHash.Mix(shape ^ (ulong)Math.Min(w.Length, 13));
        f.ShortShape = FeatureHash.Mix(shortShape);

        // Affixes of the lower-cased word, only when the word is longer than the affix.
        int n = w.Length;
        if (n > 1) { f.Pre1 = FeatureHash.OfLower(w[..1]); f.Suf1 = FeatureHash.OfLower(w[^1..]); }
        if (n > 2) { f.Pre2 = FeatureHash.OfLower(w[..2]); f.Suf2 = FeatureHash.OfLower(w[^2..]); }
        if (n > 3) { f.Pre3 = FeatureHash.OfLower(w[..3]); f.Suf3 = FeatureHash.OfLower(w[^3..]); }
        if (n > 4) { f.Pre4 = FeatureHash.OfLower(w[..4]); f.Suf4 = FeatureHash.OfLower(w[^4..]); }
        return f;
    }
}
