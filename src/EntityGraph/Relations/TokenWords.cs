using System.Buffers;
using EntityGraph.Documents;

namespace EntityGraph.Relations;

/// <summary>
/// A document's tokens as <see cref="VerbLexicon"/> word ids, looked up once per token: the word itself and the
/// forms in which a dictionary noun matches its regular plural ("sanctions" ~ "sanction", "marches" ~ "march",
/// "allies" ~ "ally"; an id is -1 when the lexicon has no such word), and the token's closed-class word classes
/// (<see cref="ClauseWords"/>). Only the sentences given to <see cref="Fill"/> are looked up; what is read of any
/// other token is undefined.
/// </summary>
internal sealed class TokenWords : IDisposable
{
    private const int Stride = 5;   // word, without "s", without "es", "-ies" → "-y", clause-word classes
    private readonly Document _document;
    private readonly VerbLexicon _lexicon;
    private int[]? _ids;   // rented: a long document would otherwise allocate 20 bytes per token per extraction

    private TokenWords(Document document, VerbLexicon lexicon)
    {
        _document = document;
        _lexicon = lexicon;
        _ids = ArrayPool<int>.Shared.Rent(Math.Max(1, document.Tokens.Count * Stride));
    }

    /// <summary>Room for the ids of <paramref name="document"/>'s tokens; <see cref="Fill"/> looks a sentence up.</summary>
    public static TokenWords For(Document document, VerbLexicon lexicon) => new(document, lexicon);

    /// <summary>The id of the token's own word.</summary>
    public int Word(int token) => _ids![token * Stride];

    /// <summary>The id of the token without its final "s" (when it ends in one).</summary>
    public int WithoutS(int token) => _ids![token * Stride + 1];

    /// <summary>The id of the token without its final "es" (when it ends so).</summary>
    public int WithoutEs(int token) => _ids![token * Stride + 2];

    /// <summary>Whether the token is a clause word of any of <paramref name="classes"/> (see <see cref="ClauseWords"/>).</summary>
    public bool Is(int token, WordClass classes) => ((WordClass)_ids![token * Stride + 4] & classes) != 0;

    /// <summary>
    /// Whether the token matches the dictionary word <paramref name="item"/>: it is the word, or its regular plural
    /// ("-s", "-es", "-y" → "-ies"), case-insensitively.
    /// </summary>
    public bool Matches(int token, int item)
    {
        var ids = _ids!;
        int i = token * Stride;
        return item >= 0 && (ids[i] == item || ids[i + 1] == item || ids[i + 2] == item || ids[i + 3] == item);
    }

    /// <summary>
    /// Looks the tokens of <paramref name="sentence"/> up. Only sentences the extractor scans are looked up (the
    /// scan never leaves its sentence), so a long document with few actor pairs costs few lookups.
    /// </summary>
    public void Fill(Sentence sentence)
    {
        var tokens = _document.TokenArray;
        string text = _document.Text;
        var ids = _ids!;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var word = tokens[t].TextIn(text);
            int i = t * Stride, n = word.Length;
            // One pass hashes the word and, on the way, the prefixes its singulars are made of: the states
            // after n-1, n-2 and n-3 characters (only the last three steps need watching).
            ulong h = WordIdTable.Offset;
            int k = 0, head = Math.Max(0, n - 3);
            for (; k < head; k++) h = WordIdTable.Step(h, word[k]);
            ulong h3 = h, h2 = h, h1 = h;
            for (; k < n; k++)
            {
                if (k == n - 2) h2 = h;
                if (k == n - 1) h1 = h;
                h = WordIdTable.Step(h, word[k]);
            }
            ulong key = WordIdTable.Finish(h);
            ids[i] = _lexicon.IdOfHash(key);
            ids[i + 4] = (int)ClauseWords.OfHash(key);
            ids[i + 1] = ids[i + 2] = ids[i + 3] = -1;
            if (n == 0 || (word[^1] is not ('s' or 'S'))) continue;
            ids[i + 1] = _lexicon.IdOfHash(WordIdTable.Finish(h1));
            if (n < 2 || word[^2] is not ('e' or 'E')) continue;
            ids[i + 2] = _lexicon.IdOfHash(WordIdTable.Finish(h2));
            // "allies" → "ally": the stem and a "y".
            if (n >= 4 && word[^3] is 'i' or 'I') ids[i + 3] = _lexicon.IdOfHash(WordIdTable.Finish(WordIdTable.Step(h3, 'y')));
        }
    }

    /// <summary>Looks every sentence of <paramref name="document"/> up.</summary>
    public static TokenWords Build(Document document, VerbLexicon lexicon)
    {
        var words = For(document, lexicon);
        foreach (var sentence in document.Sentences) words.Fill(sentence);
        return words;
    }

    /// <summary>Gives the rented array back; the ids are gone after this.</summary>
    public void Dispose()
    {
        if (_ids is { } ids) ArrayPool<int>.Shared.Return(ids);
        _ids = null;
    }
}
