using System.Globalization;

namespace EntityGraph.Export;

/// <summary>
/// Passes JSON text through, turning each <c>\uXXXX</c> escape of a surrogate (D800–DFFF) inside a string into
/// the character itself. Newtonsoft's reader replaces an unpaired surrogate escape with U+FFFD, which would
/// lose a character our writer (and Python's <c>json</c>) wrote on purpose; given the raw character, it keeps
/// it. Escaped backslashes are tracked, so <c>\\ud800</c> (a backslash, then text) is left alone. Line
/// positions the JSON reader reports on such a line move left by 5 per rewritten escape before them.
/// </summary>
internal sealed class SurrogateEscapeReader(TextReader inner) : TextReader
{
    private readonly char[] _in = new char[8192];
    private int _pos, _len;
    private bool _inString, _afterBackslash;

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Peek() => -1; // not needed by JsonTextReader; -1 means "unknown" to callers

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    public override int Read(Span<char> buffer)
    {
        int written = 0;
        while (written < buffer.Length && Ensure(1) > 0)
        {
            char c = _in[_pos];
            if (_afterBackslash)
            {
                _afterBackslash = false;
            }
            else if (!_inString)
            {
                if (c == '"') _inString = true;
            }
            else if (c == '"')
            {
                _inString = false;
            }
            else if (c == '\\')
            {
                if (Ensure(6) >= 6 && _in[_pos + 1] is 'u' or 'U'
                    && ushort.TryParse(_in.AsSpan(_pos + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit)
                    && unit is >= 0xD800 and <= 0xDFFF)
                {
                    buffer[written++] = (char)unit;
                    _pos += 6;
                    continue;
                }
                _afterBackslash = true;
            }
            buffer[written++] = c;
            _pos++;
        }
        return written;
    }

    /// <summary>Makes at least <paramref name="n"/> characters available from <c>_pos</c> if the input has them.</summary>
    private int Ensure(int n)
    {
        if (_len - _pos >= n) return _len - _pos;
        if (_pos > 0)
        {
            Array.Copy(_in, _pos, _in, 0, _len - _pos);
            _len -= _pos;
            _pos = 0;
        }
        while (_len < n)
        {
            int read = inner.Read(_in, _len, _in.Length - _len);
            if (read == 0) break;
            _len += read;
        }
        return _len - _pos;
    }
}
