using System.Globalization;

namespace EntityGraph.Knowledge;

/// <summary>
/// The text form of a <see cref="KnowledgeRole"/> in knowledge files: the code alone (<c>CHNELI</c>) or the
/// code, a space and an ISO 8601 interval with <c>..</c> for an open bound (<c>CHNGOV 2012-11-15/..</c>,
/// <c>CHNGOV 2002-11-15/2013-03-14</c>, <c>USAGOV ../1999-12-31</c>).
/// </summary>
internal static class KnowledgeRoleFormat
{
    public static string Format(KnowledgeRole role) =>
        role.IsUndated ? role.Code : $"{role.Code} {Bound(role.From)}/{Bound(role.Until)}";

    private static string Bound(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "..";

    /// <summary>Parses the text form, or returns why it is not one.</summary>
    public static KnowledgeRole? TryParse(string text, out string? problem)
    {
        problem = null;
        int space = text.IndexOf(' ');
        string code = space < 0 ? text : text[..space];
        if (!IsValidCode(code))
        {
            problem = $"role code '{code}' must be three upper-case letters A-Z followed by any number of three-letter segments (e.g. 'CHNGOV')";
            return null;
        }
        if (space < 0) return new KnowledgeRole(code, null, null);

        var interval = text.AsSpan(space + 1);
        int slash = interval.IndexOf('/');
        if (slash < 0 || interval[(slash + 1)..].Contains('/'))
        {
            problem = $"role dates '{interval.ToString()}' must be an interval 'from/until' with '..' for an open end (e.g. '2012-11-15/..')";
            return null;
        }
        if (!TryBound(interval[..slash], out var from, out problem) || !TryBound(interval[(slash + 1)..], out var until, out problem))
            return null;
        if (from is null && until is null)
        {
            problem = "role dates '../..' are both open; write the code alone for an undated role";
            return null;
        }
        if (from is { } f && until is { } u && f >= u)
        {
            problem = $"role starts on {f:yyyy-MM-dd} but ends on {u:yyyy-MM-dd}; the end (exclusive) must come after the start";
            return null;
        }
        return new KnowledgeRole(code, from, until);
    }

    private static bool TryBound(ReadOnlySpan<char> text, out DateOnly? date, out string? problem)
    {
        date = null;
        problem = null;
        if (text is "..") return true;
        // Parsed by hand: tens of thousands of roles load on first use, and the general parser costs more
        // than everything else on the line.
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text[..4], out int y) && TryDigits(text[5..7], out int m) && TryDigits(text[8..], out int d)
            && y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            date = new DateOnly(y, m, d);
            return true;
        }
        problem = $"role date '{text}' is not a calendar date written yyyy-MM-dd, nor '..'";
        return false;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>Three upper-case ASCII letters, then whole three-letter segments (letters or digits, as CAMEO uses).</summary>
    public static bool IsValidCode(ReadOnlySpan<char> code)
    {
        if (code.Length < 3 || code.Length % 3 != 0) return false;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (!(char.IsAsciiLetterUpper(c) || (i >= 3 && char.IsAsciiDigit(c)))) return false;
        }
        return true;
    }
}
