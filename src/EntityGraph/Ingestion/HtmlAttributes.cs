using System.Net;

namespace EntityGraph.Ingestion;

/// <summary>Reads the attributes of an HTML start tag (the part after its name), with values decoded.</summary>
internal static class HtmlAttributes
{
    /// <summary>The attributes in order; an attribute without a value has the empty string.</summary>
    public static List<(string Name, string Value)> Parse(ReadOnlySpan<char> tag)
    {
        var result = new List<(string, string)>();
        int k = 0;
        while (k < tag.Length)
        {
            while (k < tag.Length && (IsSpace(tag[k]) || tag[k] == '/')) k++;
            int nameStart = k;
            while (k < tag.Length && !IsSpace(tag[k]) && tag[k] is not ('=' or '/' or '>')) k++;
            if (k == nameStart) { k++; continue; }
            string name = tag[nameStart..k].ToString();
            while (k < tag.Length && IsSpace(tag[k])) k++;
            string value = "";
            if (k < tag.Length && tag[k] == '=')
            {
                k++;
                while (k < tag.Length && IsSpace(tag[k])) k++;
                if (k < tag.Length && tag[k] is '"' or '\'')
                {
                    char quote = tag[k++];
                    int end = tag[k..].IndexOf(quote);
                    end = end < 0 ? tag.Length : k + end;
                    value = tag[k..end].ToString();
                    k = Math.Min(tag.Length, end + 1);
                }
                else
                {
                    int start = k;
                    while (k < tag.Length && !IsSpace(tag[k]) && tag[k] != '>') k++;
                    value = tag[start..k].ToString();
                }
            }
            result.Add((name, WebUtility.HtmlDecode(value)));
        }
        return result;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
