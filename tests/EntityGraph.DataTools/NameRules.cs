using System.Globalization;
using System.Text;

namespace EntityGraph.DataTools;

/// <summary>The rules that decide which source names become gazetteer names, and how they are derived.</summary>
internal static class NameRules
{
    /// <summary>
    /// Why a source name is left out, or <c>null</c> to keep it. Two-letter codes are words too often
    /// ("IN", "IS", "US") and the curated file adds the few safe ones; inverted catalogue forms
    /// ("Korea, Republic of") and parenthesised qualifiers never occur in running text; names in other
    /// scripts cannot match English text.
    /// </summary>
    public static string? Rejection(string name)
    {
        if (name.Length <= 2) return "two-letter code";
        if (name.Contains(',')) return "inverted catalogue form";
        if (name.Contains('(')) return "parenthesised qualifier";
        if (!IsLatinScript(name)) return "not Latin script";
        return null;
    }

    /// <summary>Whether every letter of <paramref name="s"/> is a Latin letter (Basic Latin to Latin Extended-B, or Latin Extended Additional).</summary>
    public static bool IsLatinScript(string s)
    {
        bool any = false;
        foreach (char c in s)
        {
            if (!char.IsLetter(c)) continue;
            any = true;
            bool latin = char.IsAsciiLetter(c) || (c >= '\u00C0' && c <= '\u024F') || (c >= '\u1E00' && c <= '\u1EFF');
            if (!latin) return false;
        }
        return any;
    }

    /// <summary>
    /// Drops a leading "The": running text writes the article in lower case ("the Gambia"), so a name that
    /// starts with "The" would only match at the start of a sentence, and then with the article inside the mention.
    /// </summary>
    public static string WithoutArticle(string name) =>
        name.StartsWith("The ", StringComparison.Ordinal) || name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name;

    /// <summary>The name without diacritics ("Brasília" → "Brasilia"), as news text often writes it.</summary>
    public static string Fold(string name)
    {
        string d = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (char c in d)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Splits a source demonym that lists several ("Antiguan, Barbudan", "Kittitian or Nevisian").
    /// </summary>
    public static IEnumerable<string> SplitDemonym(string demonym) =>
        demonym.Split([", ", " or "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The regular English plural of a demonym, or <c>null</c>: only endings whose plural is certainly
    /// "+s" (American → Americans, Israeli → Israelis, New Zealander → New Zealanders). Others
    /// (Chinese, Swiss, French, Greek → Greeks) are left to the curated file.
    /// </summary>
    public static string? Plural(string demonym) =>
        demonym.EndsWith("an", StringComparison.Ordinal) || demonym.EndsWith('i') || demonym.EndsWith("er", StringComparison.Ordinal)
            ? demonym + "s"
            : null;
}
