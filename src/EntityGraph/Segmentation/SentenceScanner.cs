using EntityGraph.Documents;

namespace EntityGraph.Segmentation;

/// <summary>
/// One left-to-right pass over the tokens of one text, deciding after each unit (see <see cref="UnitKind"/>)
/// whether the sentence ends there. Each token is visited a bounded number of times and each line's text is
/// scanned at most once more, so the work is linear in the size of the input. Offsets that fall outside the
/// text (from a misbehaving tokenizer) are clamped rather than trusted, so no input makes it throw.
/// </summary>
internal ref struct SentenceScanner
{
    // A line without final punctuation this short (in characters, first to last token) is a headline or a
    // name line rather than a piece of hard-wrapped prose: wrapped prose fills its lines to 60-80 columns.
    private const int ShortLineLength = 40;

    // How many opening quotes/brackets to look through for the first word after a stop (‘“(The…).
    // A small bound keeps the pass linear on hostile runs of quotes.
    private const int MaxOpenersSkipped = 4;

    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly SegmentationLexicon _lexicon;
    private readonly List<Sentence> _output;

    private int _sentenceStart;
    private int _lineFirst;
    private int _lineWords;
    private int _lineCapitalised;

    public SentenceScanner(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SegmentationLexicon lexicon,
        List<Sentence> output)
    {
        _text = text;
        _tokens = tokens;
        _lexicon = lexicon;
        _output = output;
    }

    /// <summary>Appends the sentences covering every token, in order, to the output list.</summary>
    public void Run()
    {
        int n = _tokens.Length;
        int i = 0;
        while (i < n)
        {
            // A bullet opens a list item, whatever came before it.
            if (_tokens[i].Kind == TokenKind.Bullet && i > _sentenceStart) Emit(i);

            UnitKind unit = ReadUnit(i, out int last);
            CountWords(i, last);
            if (last >= n - 1) break;

            GapKind gap = GapAfter(last);
            if (gap == GapKind.ParagraphBreak || EndsAfter(unit, i, last, gap)) Emit(last + 1);
            if (gap >= GapKind.LineBreak) StartLine(last + 1);
            i = last + 1;
        }

        if (_sentenceStart < n) Emit(n);
    }

    /// <summary>Reads the unit starting at token <paramref name="i"/>; <paramref name="last"/> is its last token.</summary>
    private readonly UnitKind ReadUnit(int i, out int last)
    {
        last = i;
        Token token = _tokens[i];
        if (token.Kind == TokenKind.Punctuation && IsStop(i))
        {
            // Tokenizers differ on "?!" or "…." being one token or two; treat touching stops as one run.
            while (last + 1 < _tokens.Length && Touch(last, last + 1)
                   && _tokens[last + 1].Kind == TokenKind.Punctuation && IsStop(last + 1))
                last++;

            // "first(?) state visit": a stop alone in brackets marks doubt, it does not end anything.
            if (IsBracketed(i, last)) return UnitKind.Plain;

            UnitKind kind = ClassifyStops(i, last);
            // "1. First item": a period after a short number that opens the sentence numbers a list item.
            if (kind == UnitKind.Period && i == _sentenceStart + 1 && IsListNumber(i - 1) && Touch(i - 1, i))
                return UnitKind.Plain;
            if (kind == UnitKind.Period && i > 0 && Touch(i - 1, i) && _tokens[i - 1].Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> word = TextOf(i - 1);
                // Guard against a tokenizer that split a known title from its period ("Gen" ".").
                if (_lexicon.IsTitle(word)) kind = UnitKind.Title;
                // "I." is kept apart as the pronoun, but in "V. Patel and I. Khan" it is an initial: give a
                // lone capital letter before a period the benefit of the abbreviation rules.
                else if (word.Length == 1 && char.IsUpper(word[0])) kind = UnitKind.SplitInitial;
            }

            last = AbsorbClosers(last);
            return kind;
        }

        if (token.Kind == TokenKind.Abbreviation)
        {
            bool title = _lexicon.IsTitle(TextOf(i).TrimEnd('.'));
            last = AbsorbClosers(i);
            return title ? UnitKind.Title : UnitKind.Abbreviation;
        }

        return UnitKind.Plain;
    }

    /// <summary>Whether the sentence ends after the unit <paramref name="first"/>..<paramref name="last"/>.</summary>
    private readonly bool EndsAfter(UnitKind unit, int first, int last, GapKind gap)
    {
        int next = last + 1;
        // A line that opens with "1." is a numbered list item, which starts a sentence like a bullet.
        if (gap == GapKind.LineBreak && unit != UnitKind.Title && IsListItemStart(next)) return true;

        switch (unit)
        {
            case UnitKind.Title:
                return false;

            case UnitKind.Period:
            case UnitKind.Strong:
                return !ContinuesSentence(next);

            case UnitKind.Ellipsis:
            {
                // "again… Chinese companies" ends; "myth….lies" and "[…2020]" do not; a line break after an
                // ellipsis ends it unless the next line visibly continues in lower case.
                int word = SkipOpeners(next);
                if (IsCapitalisedWord(word)) return true;
                return gap == GapKind.LineBreak && !IsLowercaseWord(word);
            }

            case UnitKind.Abbreviation:
                return AbbreviationEnds(IsInitial(first), first - 1, next, gap);

            case UnitKind.SplitInitial:
                return AbbreviationEnds(initial: true, first - 2, next, gap);

            default:
                return gap == GapKind.LineBreak && LineEndsSentence(last, next);
        }
    }

    /// <summary>
    /// After a period or a <c>!</c>/<c>?</c> the sentence goes on only when the next thing clearly continues
    /// it: a comma, semicolon or colon (<c>‘Go!’, he said</c>) or a lower-case word (<c>Yahoo! is</c>, a
    /// period after an abbreviation the tokenizer did not know).
    /// </summary>
    private readonly bool ContinuesSentence(int next)
    {
        if (_tokens[next].Kind == TokenKind.Punctuation)
        {
            ReadOnlySpan<char> text = TextOf(next);
            if (!text.IsEmpty && BoundaryChars.Continuing.Contains(text[0])) return true;
        }

        return IsLowercaseWord(SkipOpeners(next));
    }

    /// <summary>
    /// An abbreviation that is not a title ends the sentence only when a capitalised word follows and either
    /// that word is a common sentence starter (<c>the U.S. The next day</c>, <c>World War I. The</c>) or a
    /// line break lies between them (<c>Alas my S.⏎Sorry</c>), unless it is an initial inside a name
    /// (<c>George W.⏎Bush</c>).
    /// </summary>
    /// <param name="initial">Whether the abbreviation is a single letter (<c>J.</c>).</param>
    /// <param name="before">Index of the token before the abbreviation.</param>
    /// <param name="next">Index of the token after the abbreviation and its closers.</param>
    /// <param name="gap">What separates the abbreviation from <paramref name="next"/>.</param>
    private readonly bool AbbreviationEnds(bool initial, int before, int next, GapKind gap)
    {
        int word = SkipOpeners(next);
        if (!IsCapitalisedWord(word)) return false;
        if (_tokens[word].Kind == TokenKind.Word && _lexicon.IsSentenceStarter(TextOf(word))) return true;
        if (initial && before >= _sentenceStart && IsNamePart(before)) return false;
        return gap == GapKind.LineBreak;
    }

    /// <summary>
    /// A single line break after a line without final punctuation ends the sentence only when that line
    /// looks like a headline or a name line: short, or mostly capitalised words, or much shorter than the
    /// line after it. Hard-wrapped prose fills its lines, and a next line starting in lower case or a line
    /// ending in <c>,</c> <c>;</c> <c>:</c> or a dash always continues.
    /// </summary>
    private readonly bool LineEndsSentence(int last, int next)
    {
        if (IsLowercaseWord(SkipOpeners(next))) return false;
        if (_tokens[last].Kind == TokenKind.Punctuation) return false;

        int length = Math.Max(0, Clamp(_tokens[last].End) - Clamp(_tokens[_lineFirst].Start));
        if (length <= ShortLineLength) return true;
        if (_lineWords >= 2 && _lineCapitalised * 4 >= _lineWords * 3) return true;
        return length * 2 <= NextLineLength(next);
    }

    /// <summary>Length of the line starting at token <paramref name="next"/>, without trailing white space.</summary>
    private readonly int NextLineLength(int next)
    {
        ReadOnlySpan<char> rest = _text[Clamp(_tokens[next].Start)..];
        int lineEnd = rest.IndexOfAny(BoundaryChars.LineBreak);
        return (lineEnd < 0 ? rest : rest[..lineEnd]).TrimEnd().Length;
    }

    /// <summary>Classifies the white space between token <paramref name="last"/> and the next one.</summary>
    private readonly GapKind GapAfter(int last)
    {
        int from = Clamp(_tokens[last].End);
        int to = Clamp(_tokens[last + 1].Start);
        if (to <= from) return GapKind.None;

        ReadOnlySpan<char> gap = _text[from..to];
        int breaks = 0;
        int at;
        while ((at = gap.IndexOfAny(BoundaryChars.LineBreak)) >= 0)
        {
            char c = gap[at];
            if (c == '\u2029' || ++breaks >= 2) return GapKind.ParagraphBreak;
            gap = gap[(at + 1)..];
            if (c == '\r' && !gap.IsEmpty && gap[0] == '\n') gap = gap[1..];
        }

        return breaks == 1 ? GapKind.LineBreak : GapKind.Space;
    }

    private readonly UnitKind ClassifyStops(int first, int last)
    {
        int dots = 0;
        bool ellipsis = false;
        for (int k = first; k <= last; k++)
        {
            ReadOnlySpan<char> text = TextOf(k);
            if (text.ContainsAny(BoundaryChars.Strong)) return UnitKind.Strong;
            if (text.Contains('…')) ellipsis = true;
            dots += text.Count('.');
        }

        return ellipsis || dots >= 2 ? UnitKind.Ellipsis : UnitKind.Period;
    }

    /// <summary>Extends a unit over closing quotes and brackets that touch it: <c>dream!’</c>, <c>.)</c>.</summary>
    private readonly int AbsorbClosers(int last)
    {
        while (last + 1 < _tokens.Length && Touch(last, last + 1) && IsCloser(last + 1)) last++;
        return last;
    }

    private readonly bool IsCloser(int k)
    {
        ReadOnlySpan<char> text = TextOf(k);
        if (text.IsEmpty) return false;
        return _tokens[k].Kind switch
        {
            // Straight quotes are ambiguous, but one touching the stop before it can only close.
            TokenKind.Quote => !text.ContainsAny(BoundaryChars.OpeningQuote),
            TokenKind.Bracket => !text.ContainsAnyExcept(BoundaryChars.ClosingBracket),
            // A tokenizer may read the closing ’ of ‘…US’. as a possessive clitic.
            TokenKind.Clitic => text is "’" or "'",
            _ => false,
        };
    }

    private readonly bool IsBracketed(int first, int last) =>
        first > 0 && last + 1 < _tokens.Length
        && _tokens[first - 1].Kind == TokenKind.Bracket && Touch(first - 1, first)
        && TextOf(first - 1) is { Length: > 0 } open && BoundaryChars.OpeningBracket.Contains(open[0])
        && _tokens[last + 1].Kind == TokenKind.Bracket && Touch(last, last + 1)
        && TextOf(last + 1) is { Length: > 0 } close && BoundaryChars.ClosingBracket.Contains(close[0]);

    /// <summary>
    /// Skips a few opening quotes and brackets; returns the index of the token after them, or the token
    /// count when a paragraph break comes first (what follows a paragraph break never decides anything
    /// before it).
    /// </summary>
    private readonly int SkipOpeners(int k)
    {
        int limit = Math.Min(_tokens.Length, k + MaxOpenersSkipped);
        while (k < limit && _tokens[k].Kind is TokenKind.Quote or TokenKind.Bracket
               && !TextOf(k).ContainsAny(BoundaryChars.ClosingBracket))
        {
            if (k + 1 < _tokens.Length && GapAfter(k) == GapKind.ParagraphBreak) return _tokens.Length;
            k++;
        }
        return k;
    }

    private readonly bool IsLowercaseWord(int k) =>
        k < _tokens.Length && IsWordLike(k) && TextOf(k) is { Length: > 0 } text && char.IsLower(text[0]);

    private readonly bool IsCapitalisedWord(int k) =>
        k < _tokens.Length && IsWordLike(k) && TextOf(k) is { Length: > 0 } text && char.IsUpper(text[0]);

    private readonly bool IsWordLike(int k) => _tokens[k].Kind is TokenKind.Word or TokenKind.Abbreviation;

    /// <summary>A single letter and its period: <c>J.</c>.</summary>
    private readonly bool IsInitial(int k) =>
        TextOf(k) is { Length: 2 } text && char.IsLetter(text[0]) && text[1] == '.';

    /// <summary>A capitalised word or an initial: the tokens a name is made of.</summary>
    private readonly bool IsNamePart(int k) =>
        IsInitial(k) || (_tokens[k].Kind == TokenKind.Word && TextOf(k) is { Length: > 0 } text && char.IsUpper(text[0]));

    private readonly bool IsListItemStart(int k) =>
        k + 1 < _tokens.Length && IsListNumber(k) && Touch(k, k + 1)
        && _tokens[k + 1].Kind == TokenKind.Punctuation && TextOf(k + 1) is ".";

    /// <summary>One to three digits: <c>1</c>, <c>12</c>; a year such as <c>2014.</c> is not a list number.</summary>
    private readonly bool IsListNumber(int k) =>
        _tokens[k].Kind == TokenKind.Number && TextOf(k) is { Length: >= 1 and <= 3 } text && !text.ContainsAnyExceptInRange('0', '9');

    private readonly bool IsStop(int k) =>
        TextOf(k) is { Length: > 0 } text && !text.ContainsAnyExcept(BoundaryChars.Terminal);

    private void CountWords(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (_tokens[k].Kind != TokenKind.Word) continue;
            ReadOnlySpan<char> text = TextOf(k);
            if (text.IsEmpty || !char.IsLetter(text[0])) continue;
            _lineWords++;
            if (char.IsUpper(text[0])) _lineCapitalised++;
        }
    }

    private void StartLine(int first)
    {
        _lineFirst = first;
        _lineWords = 0;
        _lineCapitalised = 0;
    }

    /// <summary>Ends the current sentence just before token <paramref name="end"/>.</summary>
    private void Emit(int end)
    {
        int start = Clamp(_tokens[_sentenceStart].Start);
        int stop = Math.Max(start, Clamp(_tokens[end - 1].End));
        _output.Add(new Sentence(_sentenceStart, end - _sentenceStart, TextSpan.FromBounds(start, stop)));
        _sentenceStart = end;
    }

    private readonly bool Touch(int a, int b) => _tokens[a].End == _tokens[b].Start;

    private readonly int Clamp(int offset) => Math.Clamp(offset, 0, _text.Length);

    /// <summary>The token's characters, or nothing when its span does not lie inside the text.</summary>
    private readonly ReadOnlySpan<char> TextOf(int k)
    {
        TextSpan span = _tokens[k].Span;
        return span.Start >= 0 && span.Length >= 0 && span.Start <= _text.Length - span.Length
            ? _text.Slice(span.Start, span.Length)
            : default;
    }
}
