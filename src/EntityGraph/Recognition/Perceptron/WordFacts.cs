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
        const ulong Prime = 0x100000001b3UL, Offset = 0xcbf29ce484222325UL;
        var f = new WordFacts { Length = w.Length };
        WordFlags flags = WordFlags.None;
        bool anyUpper = false, prevLower = false;
        // One scan computes the exact and lower-case hashes, the prefix hashes (FNV states after 1-4 lower-case
        // characters) and the shapes: X upper, x lower, d digit, other characters kept; the full shape is
        // capped at 12 characters, the short shape also collapses runs ("Xxxxx" -> "Xx").
        ulong word = Offset, lower = Offset, shape = Offset, shortShape = Offset;
        ulong p1 = 0, p2 = 0, p3 = 0, p4 = 0;
        char lastShort = '\0';
        int n = w.Length;
        for (int i = 0; i < n; i++)
        {
            char c = w[i], s, lc = c;
            if (c < 128)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A') { s = 'X'; lc = (char)(c + 32); }
                else if ((uint)(c - 'a') <= 'z' - 'a') s = 'x';
                else if ((uint)(c - '0') <= 9) s = 'd';
                else s = c;
            }
            else
            {
                lc = char.ToLowerInvariant(c);
                s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            }

            switch (s)
            {
                case 'X':
                    anyUpper = true; flags |= WordFlags.HasLetter;
                    if (i == 0) flags |= WordFlags.InitCap;
                    if (prevLower) flags |= WordFlags.InnerCap;
                    prevLower = false;
                    break;
                case 'x':
                    flags |= WordFlags.HasLetter;
                    if (char.IsLower(c)) { flags |= WordFlags.HasLower; prevLower = true; } else prevLower = false;
                    break;
                case 'd': flags |= WordFlags.HasDigit; prevLower = false; break;
                default:
                    if (c == '-') flags |= WordFlags.HasHyphen;
                    else if (c == '.') flags |= WordFlags.HasPeriod;
                    prevLower = false;
                    break;
            }
            word = (word ^ c) * Prime;
            lower = (lower ^ lc) * Prime;
            switch (i)
            {
                case 0: p1 = lower; break;
                case 1: p2 = lower; break;
                case 2: p3 = lower; break;
                case 3: p4 = lower; break;
            }
            if (i < 12) shape = (shape ^ s) * Prime;
            if (s != lastShort) { shortShape = (shortShape ^ s) * Prime; lastShort = s; }
        }
        if (anyUpper && (flags & WordFlags.HasLower) == 0) flags |= WordFlags.AllCaps;
        if ((flags & (WordFlags.HasLetter | WordFlags.HasDigit)) == 0) flags |= WordFlags.NoAlnum;
        f.Flags = flags;
        f.Word = FeatureHash.Mix(word);
        f.Lower = FeatureHash.Mix(lower);
        f.Shape = FeatureHash.Mix(shape ^ (ulong)Math.Min(n, 13));
        f.ShortShape = FeatureHash.Mix(shortShape);

        // Affixes of the lower-cased word, only when the word is longer than the affix (prefix and suffix
        // hashes differ by a constant so "a" as prefix and as suffix are different values).
        if (n > 1) { f.Pre1 = FeatureHash.Mix(p1); f.Suf1 = Suffix(w, 1); }
        if (n > 2) { f.Pre2 = FeatureHash.Mix(p2); f.Suf2 = Suffix(w, 2); }
        if (n > 3) { f.Pre3 = FeatureHash.Mix(p3); f.Suf3 = Suffix(w, 3); }
        if (n > 4) { f.Pre4 = FeatureHash.Mix(p4); f.Suf4 = Suffix(w, 4); }
        return f;
    }

    private static ulong Suffix(ReadOnlySpan<char> w, int k) => FeatureHash.OfLower(w[^k..]) ^ 0x2545F4914F6CDD1DUL;
}
