using System.Text;

namespace EntityGraph.Ingestion;

/// <summary>
/// Removes inline Markdown markup from one line: backslash escapes, code spans (content kept), links and
/// images (text kept, target dropped), autolinks (brackets dropped), and emphasis / strike-through delimiter
/// runs that pair up under CommonMark's flanking rules (an unpaired or intraword <c>_</c> stays).
/// </summary>
internal static class MarkdownInline
{
    private readonly record struct Piece(string Text, char Delimiter, bool CanOpen, bool CanClose)
    {
        public bool IsDelimiter => Delimiter != '\0';
    }

    /// <summary>The line without its inline markup.</summary>
    public static string Strip(string line)
    {
        if (line.AsSpan().IndexOfAny("\\`[!<*_~") < 0) return line;
        var pieces = new List<Piece>();
        var text = new StringBuilder();
        void FlushText()
        {
            if (text.Length > 0) pieces.Add(new Piece(text.ToString(), '\0', false, false));
            text.Clear();
        }

        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (c == '\\' && i + 1 < line.Length && char.IsAsciiLetterOrDigit(line[i + 1]) is false && line[i + 1] is > ' ' and < '\u007F')
            {
                text.Append(line[i + 1]);
                i += 2;
            }
            else if (c == '`')
            {
                int run = Run(line, i, '`');
                int close = FindRun(line, i + run, '`', run);
                if (close < 0)
                {
                    text.Append(line, i, run);
                    i += run;
                    continue;
                }
                var code = line.AsSpan(i + run, close - i - run);
                if (code.Length >= 2 && code[0] == ' ' && code[^1] == ' ' && !code.IsWhiteSpace()) code = code[1..^1];
                text.Append(code);
                i = close + run;
            }
            else if ((c == '[' || (c == '!' && i + 1 < line.Length && line[i + 1] == '[')) && TryLink(line, c == '!' ? i + 1 : i, out string label, out int end))
            {
                text.Append(Strip(label));
                i = end;
            }
            else if (c == '<' && TryAutolink(line, i, out string target, out int after))
            {
                text.Append(target);
                i = after;
            }
            else if (c is '*' or '_' || (c == '~' && Run(line, i, '~') == 2))
            {
                int run = Run(line, i, c);
                char before = i == 0 ? ' ' : line[i - 1];
                char next = i + run >= line.Length ? ' ' : line[i + run];
                bool left = !char.IsWhiteSpace(next) && (!IsPunctuation(next) || char.IsWhiteSpace(before) || IsPunctuation(before));
                bool right = !char.IsWhiteSpace(before) && (!IsPunctuation(before) || char.IsWhiteSpace(next) || IsPunctuation(next));
                bool open = c == '_' ? left && (!right || IsPunctuation(before)) : left;
                bool close = c == '_' ? right && (!left || IsPunctuation(next)) : right;
                FlushText();
                pieces.Add(new Piece(line.Substring(i, run), c, open, close));
                i += run;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }
        FlushText();

        // Pair each closer with the nearest open run of the same character and length; both are markup.
        var removed = new bool[pieces.Count];
        var openers = new List<int>();
        for (int k = 0; k < pieces.Count; k++)
        {
            var p = pieces[k];
            if (!p.IsDelimiter) continue;
            if (p.CanClose)
            {
                int match = openers.FindLastIndex(o => pieces[o].Text == p.Text);
                if (match >= 0)
                {
                    removed[openers[match]] = removed[k] = true;
                    openers.RemoveRange(match, openers.Count - match);
                    continue;
                }
            }
            if (p.CanOpen) openers.Add(k);
        }
        var result = new StringBuilder(line.Length);
        for (int k = 0; k < pieces.Count; k++)
        {
            if (!removed[k]) result.Append(pieces[k].Text);
        }
        return result.ToString();
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private static int Run(string s, int at, char c)
    {
        int end = at;
        while (end < s.Length && s[end] == c) end++;
        return end - at;
    }

    // The start of the next run of exactly `length` copies of c at or after `from`, or -1.
    private static int FindRun(string s, int from, char c, int length)
    {
        for (int k = from; k < s.Length;)
        {
            if (s[k] != c) { k++; continue; }
            int run = Run(s, k, c);
            if (run == length) return k;
            k += run;
        }
        return -1;
    }

    // "[label](target)" or "[label][ref]" starting at `open` ('['): the label, and the index after the link.
    private static bool TryLink(string s, int open, out string label, out int end)
    {
        label = "";
        end = open;
        int depth = 0, close = -1;
        for (int k = open; k < s.Length; k++)
        {
            if (s[k] == '\\') { k++; continue; }
            if (s[k] == '[') depth++;
            else if (s[k] == ']' && --depth == 0) { close = k; break; }
        }
        if (close < 0 || close + 1 >= s.Length) return false;
        char kind = s[close + 1];
        if (kind is not ('(' or '[')) return false;
        char closer = kind == '(' ? ')' : ']';
        depth = 0;
        for (int k = close + 1; k < s.Length; k++)
        {
            if (s[k] == '\\') { k++; continue; }
            if (s[k] == kind) depth++;
            else if (s[k] == closer && --depth == 0)
            {
                label = s[(open + 1)..close];
                end = k + 1;
                return true;
            }
        }
        return false;
    }

    // "<scheme:…>" or "<user@host>" without spaces: the target without its brackets.
    private static bool TryAutolink(string s, int open, out string target, out int after)
    {
        target = "";
        after = open;
        int close = s.IndexOf('>', open + 1);
        if (close < 0) return false;
        var inner = s.AsSpan(open + 1, close - open - 1);
        if (inner.IsEmpty || inner.ContainsAny(" <\t")) return false;
        int colon = inner.IndexOf(':');
        bool uri = colon >= 2 && char.IsAsciiLetter(inner[0]);
        bool mail = inner.IndexOf('@') > 0 && inner.IndexOf('.') > 0;
        if (!uri && !mail) return false;
        target = inner.ToString();
        after = close + 1;
        return true;
    }
}
