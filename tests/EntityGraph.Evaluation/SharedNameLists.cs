using System.Text.Json;
using EntityGraph.Recognition.Perceptron;

namespace EntityGraph.Evaluation;

/// <summary>
/// Name lists for the perceptron's gazetteer features, read from the shared data directory: country names,
/// capitals and demonyms from <c>countries/world-countries</c> (ODbL) and <c>countries/i18n-iso-countries</c>
/// (MIT), and actors from the PETRARCH-2 dictionaries (MIT): people (records tagged <c>CountryInfo.txt</c> or
/// <c>IGOrulers.txt</c>, or carrying only date-bounded role codes), places (records whose code is a bare
/// 3-letter country code: country and city synonyms), national institutions, international organisations and
/// armed groups. All of these may ship with the model. This is a stand-in until the knowledge base offers
/// the same lists through <see cref="IGazetteerSource"/>.
/// </summary>
internal sealed class SharedNameLists(string dataDirectory) : IGazetteerSource
{
    public IEnumerable<GazetteerEntry> Entries()
    {
        var list = new List<GazetteerEntry>();
        ReadWorldCountries(Path.Combine(dataDirectory, "countries", "world-countries", "countries.json"), list);
        ReadIsoNames(Path.Combine(dataDirectory, "countries", "i18n-iso-countries", "langs", "en.json"), list);
        string petrarch = Path.Combine(dataDirectory, "petrarch2-dictionaries");
        ReadActors(Path.Combine(petrarch, "Phoenix.Countries.actors.txt"), GazetteerCategory.Institution, list);
        ReadActors(Path.Combine(petrarch, "Phoenix.International.actors.txt"), GazetteerCategory.InternationalOrganization, list);
        ReadActors(Path.Combine(petrarch, "Phoenix.MilNonState.actors.txt"), GazetteerCategory.ArmedGroup, list);
        return list;
    }

    private static void ReadWorldCountries(string path, List<GazetteerEntry> list)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var name = c.GetProperty("name");
            Add(list, name.GetProperty("common").GetString(), GazetteerCategory.Country);
            Add(list, name.GetProperty("official").GetString(), GazetteerCategory.Country);
            foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
            {
                string? a = alt.GetString();
                if (a is { Length: > 2 }) Add(list, a, GazetteerCategory.Country);
            }
            foreach (var cap in c.GetProperty("capital").EnumerateArray()) Add(list, cap.GetString(), GazetteerCategory.City);
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                Add(list, eng.GetProperty("m").GetString(), GazetteerCategory.Demonym);
                Add(list, eng.GetProperty("f").GetString(), GazetteerCategory.Demonym);
            }
        }
    }

    private static void ReadIsoNames(string path, List<GazetteerEntry> list)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var p in doc.RootElement.GetProperty("countries").EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.String) Add(list, p.Value.GetString(), GazetteerCategory.Country);
            else foreach (var v in p.Value.EnumerateArray()) Add(list, v.GetString(), GazetteerCategory.Country);
        }
    }

    /// <summary>Reads a PETRARCH actor dictionary: primary lines, <c>+synonym</c> lines, indented date lines.</summary>
    private static void ReadActors(string path, GazetteerCategory organisation, List<GazetteerEntry> list)
    {
        var phrases = new List<string>();
        string? code = null;
        bool person = false, dated = false;

        void Flush()
        {
            if (phrases.Count == 0) return;
            var category = person || (code is null && dated) ? GazetteerCategory.Person
                : code is { Length: 3 } && organisation != GazetteerCategory.ArmedGroup ? GazetteerCategory.Place
                : organisation;
            for (int i = 0; i < phrases.Count; i++)
            {
                string phrase = phrases[i];
                Add(list, phrase, category);
                if (category == GazetteerCategory.Person && i == 0)
                {
                    var words = phrase.Split(' ');
                    if (words.Length >= 2)
                    {
                        if (!words[0].Contains('.')) Add(list, words[0], GazetteerCategory.GivenName);
                        if (!words[^1].Contains('.')) Add(list, words[^1], GazetteerCategory.FamilyName);
                    }
                }
            }
            phrases.Clear();
        }

        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw.TrimStart().StartsWith('#')) continue;
            if (raw[0] is '\t' or ' ')
            {
                if (raw.Contains('[')) dated = true;
                continue;
            }
            string line = raw;
            string comment = "";
            int hash = line.IndexOf('#');
            if (hash >= 0) { comment = line[hash..]; line = line[..hash]; }
            int bracket = line.IndexOf('[');
            string? inline = null;
            if (bracket >= 0)
            {
                int close = line.IndexOfAny([']', '}'], bracket);
                inline = (close > bracket ? line[(bracket + 1)..close] : line[(bracket + 1)..]).Trim().Split(' ')[0];
                line = line[..bracket];
            }
            bool synonym = line.StartsWith('+');
            string phrase = Phrase(synonym ? line[1..] : line);
            if (!synonym)
            {
                Flush();
                code = inline;
                dated = false;
                person = comment.Contains("CountryInfo", StringComparison.Ordinal) || comment.Contains("IGOrulers", StringComparison.Ordinal);
            }
            if (phrase.Length > 0) phrases.Add(phrase);
        }
        Flush();
    }

    /// <summary>PETRARCH phrase → space-separated tokens as a news tokenizer would split them.</summary>
    private static string Phrase(string s)
    {
        s = s.Trim().Trim('_');
        if (s.Length == 0 || s.IndexOfAny(['!', '&', '{', '}', '<', '>', '~', '=']) >= 0) return "";
        var words = new List<string>();
        foreach (var w in s.Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.EndsWith("'S", StringComparison.Ordinal) && w.Length > 2) { words.Add(w[..^2]); words.Add("'s"); }
            else words.Add(w);
        }
        return string.Join(' ', words);
    }

    private static void Add(List<GazetteerEntry> list, string? name, GazetteerCategory category)
    {
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['(', ')', ',']) >= 0) return;
        // Split off possessive clitics and a few punctuation marks the way news tokenizers do.
        var tokens = new List<string>();
        foreach (var w in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && w.Length > 2) { tokens.Add(w[..^2]); tokens.Add("'s"); }
            else tokens.Add(w);
        }
        if (tokens.Count > 0) list.Add(new GazetteerEntry(string.Join(' ', tokens), category));
    }
}
