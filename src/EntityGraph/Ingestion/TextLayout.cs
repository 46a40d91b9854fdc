using System.Buffers;
using System.Text;

namespace EntityGraph.Ingestion;

/// <summary>
/// Lays out the text of a marked-up article: runs of white space collapse to one space as a browser shows
/// them, and the breaks that elements ask for are written only between two pieces of text, so the result
/// never starts or ends with a break and never has more than one blank line in a row (preformatted text keeps
/// its own spaces and tabs, even at the ends).
/// </summary>
internal sealed class TextLayout
{
    /// <summary>A break between two pieces of text, strongest last.</summary>
    public enum Break : byte { None, Space, Line, Paragraph }

    // HTML's ASCII white space; a no-break space is text and stays.
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\n\r\f");

    private readonly StringBuilder _text = new();
    private Break _pending;

    /// <summary>Whether nothing but breaks has been added yet.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>The break asked for since the last text.</summary>
    public Break Pending => _pending;

    /// <summary>Asks for a break before the next text; the strongest request wins.</summary>
    public void Request(Break kind)
    {
        if (kind > _pending) _pending = kind;
    }

    /// <summary>Adds flowing text: each run of white space becomes a single space.</summary>
    public void AddFlow(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            int ws = text.IndexOfAny(Whitespace);
            if (ws != 0)
            {
                var word = ws < 0 ? text : text[..ws];
                FlushBreak();
                _text.Append(word);
                if (ws < 0) return;
                text = text[ws..];
            }
            Request(Break.Space);
            int next = text.IndexOfAnyExcept(Whitespace);
            if (next < 0) return;
            text = text[next..];
        }
    }

    /// <summary>Adds preformatted text with its spaces and tabs kept (CR LF and CR become LF; a run of blank lines becomes one).</summary>
    public void AddPreformatted(string text)
    {
        text = text.ReplaceLineEndings("\n").Trim('\n');
        if (text.Length == 0) return;
        FlushBreak();
        // Spaces and tabs stay as written; a run of blank lines becomes one, as everywhere else in the layout
        // (a paragraph break is a paragraph break, however many empty lines the author left).
        int start = 0;
        for (int i; (i = text.IndexOf("\n\n\n", start, StringComparison.Ordinal)) >= 0; start = i)
        {
            _text.Append(text, start, i - start).Append("\n\n");
            while (i < text.Length && text[i] == '\n') i++;
        }
        _text.Append(text, start, text.Length - start);
    }

    private void FlushBreak()
    {
        if (_text.Length > 0)
        {
            switch (_pending)
            {
                case Break.Space: _text.Append(' '); break;
                case Break.Line: _text.Append('\n'); break;
                case Break.Paragraph: _text.Append("\n\n"); break;
            }
        }
        _pending = Break.None;
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
