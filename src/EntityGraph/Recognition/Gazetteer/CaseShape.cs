using EntityGraph.Documents;

namespace EntityGraph.Recognition.Gazetteer;

/// <summary>Facts about letter case that the gazetteer's matching rules need.</summary>
internal static class CaseShape
{
    /// <summary>
    /// Whether tokens [<paramref name="first"/>, <paramref name="end"/>) are written all in capitals: at
    /// least two tokens contain letters and no letter is lower case. A lone "US." is not an all-caps
    /// sentence; "LET US PRAY" is.
    /// </summary>
    public static bool IsAllCaps(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        int lettered = 0;
        for (int i = first; i < end; i++)
        {
            bool hasLetter = false;
            foreach (char c in tokens[i].TextIn(text))
            {
                if (!char.IsLetter(c)) continue;
                if (char.IsLower(c)) return false;
                hasLetter = true;
            }
            if (hasLetter) lettered++;
        }
        return lettered >= 2;
    }
}
