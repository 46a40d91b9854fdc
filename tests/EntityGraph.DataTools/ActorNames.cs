using System.Text;

namespace EntityGraph.DataTools;

/// <summary>
/// Turns PETRARCH2 phrases (<c>KIM_JONG_IL_</c>, <c>DEMOCRATIC_PEOPLES'_REPUBLIC_OF_KOREA_</c>) into the names
/// news text writes ("Kim Jong Il"), best effort: the source is upper case, so case is rebuilt by rule.
/// </summary>
internal static class ActorNames
{
    // Words that lead a person phrase but are not part of the name ("PRESIDENT_XI_JINPING"): the bare name
    // matches anyway, and a mention should not swallow the title (CoNLL leaves titles outside names).
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "PRESIDENT", "VICE", "PREMIER", "PRIME", "MINISTER", "SECRETARY", "SECRETARY-GENERAL", "GENERAL", "GEN.",
        "KING", "QUEEN", "PRINCE", "PRINCESS", "SHEIKH", "SHEIK", "SHAIKH", "EMIR", "DR.", "DR", "MR.", "MR",
        "MRS.", "MS.", "CHAIRMAN", "LEADER", "POPE", "SENATOR", "SEN.", "GOVERNOR", "AMBASSADOR", "FOREIGN",
        "DEFENSE", "DEFENCE", "DEPUTY", "COL.", "COLONEL", "CAPTAIN", "ADMIRAL", "MARSHAL", "FIELD", "LT.",
        "LIEUTENANT", "MAJOR", "AYATOLLAH", "GRAND", "UN", "U.N.", "UNITED", "NATIONS", "CHIEF", "FORMER",
        "CHANCELLOR", "MAYOR", "JUDGE", "SPEAKER", "REP.", "CONGRESSMAN", "US", "U.S.", "SECY", "SEC.",
    };

    private static readonly HashSet<string> PersonParticles = new(StringComparer.Ordinal)
    {
        "DE", "DA", "DI", "DEL", "DELLA", "VAN", "VON", "DER", "DEN", "DU", "BIN", "IBN", "BINT", "AL", "EL", "DOS", "DAS", "DO", "Y",
    };

    private static readonly HashSet<string> OrgParticles = new(StringComparer.Ordinal)
    {
        "OF", "THE", "AND", "FOR", "IN", "ON", "TO", "AT", "DE", "DEL", "LA", "DES", "DU", "DI", "AL", "EL", "ET", "A",
        "LOS", "LAS", "DEI", "DELLA", "E", "Y", "PARA", "POR", "CON", "PER", "UND", "BIN", "IBN",
    };

    // Arabic and Urdu connectives inside hyphenated names: "Jaish-e-Mohammad", "Harakat ul-Mujahidin", "al-Assad".
    private static readonly HashSet<string> HyphenParticles = new(StringComparer.Ordinal)
    {
        "E", "I", "UL", "UD", "AD", "AL", "EL", "UR", "AS", "ASH", "AN", "AR", "AZ", "BIN",
    };

    // Short words that are not acronyms although news rarely writes them in lower case: company suffixes
    // ("Sourcefire Inc") and parts of foreign names ("Sri Lanka", "Abu Dhabi", "Non-Aligned").
    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.Ordinal)
    {
        "INC", "LTD", "CORP", "CO", "BHD", "SPA", "NON", "SRI", "ABU", "JAN", "SAN", "SAO", "VAN", "VON", "DER", "DIE", "DAS", "BEN",
    };

    private static readonly HashSet<string> Roman = new(StringComparer.Ordinal) { "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII" };

    /// <summary>The words of a phrase: split on '_' and spaces, empty parts dropped.</summary>
    public static List<string> Words(string phrase) =>
        phrase.Split(['_', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>
    /// Removes parenthesised parts ("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_") and returns them, for the caller to
    /// keep as an acronym alias when it is one.
    /// </summary>
    public static List<string> WithoutParentheses(List<string> words, List<string> removed)
    {
        var kept = new List<string>();
        bool inside = false;
        var current = new StringBuilder();
        foreach (var w in words)
        {
            if (!inside && w.StartsWith('('))
            {
                inside = true;
                current.Clear();
            }
            if (inside)
            {
                if (current.Length > 0) current.Append(' ');
                current.Append(w.Trim('(', ')'));
                if (w.EndsWith(')'))
                {
                    inside = false;
                    removed.Add(current.ToString());
                }
                continue;
            }
            kept.Add(w);
        }
        return kept;
    }

    /// <summary>Drops leading title words ("PRESIDENT", "UN", "SECRETARY-GENERAL") from a person phrase.</summary>
    public static List<string> WithoutTitles(List<string> words)
    {
        int i = 0;
        while (i < words.Count && (Titles.Contains(words[i]) || Titles.Contains(words[i].Replace('_', '-')))) i++;
        return words.GetRange(i, words.Count - i);
    }

    /// <summary>The display form of a person's words: "KIM JONG IL" → "Kim Jong Il", "BAN KI-MOON" (Korean) → "Ban Ki-moon".</summary>
    public static string PersonName(List<string> words, bool eastAsian)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            string w = words[i];
            if (i > 0 && PersonParticles.Contains(w)) sb.Append(w.ToLowerInvariant());
            // A Roman numeral only ends a name ("John Paul II"); first, "XI" is the surname Xi.
            else if (i > 0 && i == words.Count - 1 && Roman.Contains(w)) sb.Append(w);
            else sb.Append(CaseWord(w, first: i == 0, eastAsianGiven: eastAsian && i > 0));
        }
        return sb.ToString();
    }

    /// <summary>The display form of an organisation's words: function words in lower case, acronyms kept.</summary>
    public static string OrganizationName(List<string> words, Func<string, bool> isCommonWord)
    {
        if (words.Count == 1)
        {
            string only = words[0];
            return Letters(only) <= 5 || !HasVowel(only) ? only : CaseWord(only, first: true, eastAsianGiven: false);
        }
        var sb = new StringBuilder();
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            string w = words[i];
            if (i > 0 && OrgParticles.Contains(w)) sb.Append(w.ToLowerInvariant());
            else if (LooksLikeAcronym(w, isCommonWord)) sb.Append(w);
            else sb.Append(CaseWord(w, first: i == 0, eastAsianGiven: false));
        }
        return sb.ToString();
    }

    private static bool LooksLikeAcronym(string w, Func<string, bool> isCommonWord)
    {
        if (w.Contains('/')) return true;
        if (w.Contains('.')) return IsInitials(w);
        if (!w.All(char.IsAsciiLetter)) return false;
        if (CompanySuffixes.Contains(w)) return false;
        if (!HasVowel(w)) return true;
        return w.Length <= 3 && !isCommonWord(w) && !OrgParticles.Contains(w) && !Roman.Contains(w);
    }

    private static bool IsInitials(string w) =>
        w.Split('.', StringSplitOptions.RemoveEmptyEntries).All(p => p.Length <= 2);

    private static bool HasVowel(string w) => w.Any(c => "AEIOUYaeiouy".Contains(c));

    private static int Letters(string w) => w.Count(char.IsLetter);

    private static string CaseWord(string w, bool first, bool eastAsianGiven)
    {
        if (w.Contains('.') && IsInitials(w)) return w;
        if (w.Contains('-'))
        {
            string[] parts = w.Split('-');
            for (int p = 0; p < parts.Length; p++)
            {
                bool particle = HyphenParticles.Contains(parts[p]) && (p > 0 || !first);
                parts[p] = particle ? parts[p].ToLowerInvariant()
                    : eastAsianGiven && p > 0 ? parts[p].ToLowerInvariant()
                    : Title(parts[p]);
            }
            return string.Join('-', parts);
        }
        return Title(w);
    }

    private static string Title(string w)
    {
        if (w.Length == 0) return w;
        if (w.Length > 3 && w.StartsWith("MC", StringComparison.Ordinal) && char.IsLetter(w[2]))
            return "Mc" + char.ToUpperInvariant(w[2]) + w[3..].ToLowerInvariant();
        if (w.Length > 2 && w[1] == '\'' && char.IsLetter(w[2]))
            return char.ToUpperInvariant(w[0]) + "'" + char.ToUpperInvariant(w[2]) + w[3..].ToLowerInvariant();
        return char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant();
    }

    /// <summary>
    /// The form Korean names take in today's English-language news: a two-syllable given name hyphenated, the
    /// second syllable in lower case ("Kim Jong Il" → "Kim Jong-il", "Ban Ki Moon" → "Ban Ki-moon").
    /// </summary>
    public static string KoreanCanonical(string name)
    {
        string[] w = name.Split(' ');
        return w.Length == 3 && w.All(p => p.Length > 0 && p.All(char.IsLetter))
            ? $"{w[0]} {w[1]}-{w[2].ToLowerInvariant()}"
            : name;
    }

    /// <summary>
    /// Spellings of an East Asian name as news writes it: a given name of two syllables spaced in the source
    /// ("Kim Il Sung") is also written hyphenated ("Kim Il-sung", "Kim Il-Sung") and, for Chinese, joined
    /// ("Deng Xiaoping"); a hyphenated one ("Ban Ki-moon") is also written spaced and with a capital.
    /// </summary>
    public static IEnumerable<string> EastAsianVariants(string name, bool chinese)
    {
        string[] w = name.Split(' ');
        if (w.Length == 3 && w.All(p => p.All(char.IsLetter)))
        {
            string a = w[1], b = w[2];
            yield return $"{w[0]} {a}-{b.ToLowerInvariant()}";
            yield return $"{w[0]} {a}-{b}";
            if (chinese) yield return $"{w[0]} {a}{b.ToLowerInvariant()}";
        }
        else if (w.Length == 2 && w[1].Split('-') is [var x, var y] && x.Length > 0 && y.Length > 0)
        {
            string cap = char.ToUpperInvariant(y[0]) + y[1..];
            yield return $"{w[0]} {x} {cap}";
            yield return $"{w[0]} {x}-{cap}";
            yield return $"{w[0]} {x}-{y.ToLowerInvariant()}";
        }
    }
}
