namespace EntityGraph.DataTools;

/// <summary>
/// Words that news text writes in lower case, read from the CoNLL-2003 training text at generation time
/// (only this decision is kept; no CoNLL text reaches the output). A name made only of such words
/// ("National Assembly") or a one-word name that is one ("Solidarity") would misfire in running text.
/// </summary>
internal static class CommonWords
{
    public static HashSet<string> Read(string conllPath)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(conllPath))
        {
            int space = line.IndexOf(' ');
            if (space <= 0) continue;
            var w = line.AsSpan(0, space);
            bool lower = true;
            foreach (char c in w)
                if (!char.IsLower(c)) { lower = false; break; }
            if (lower) words.Add(w.ToString());
        }
        return words;
    }
}
