using System.Text.Json;

namespace EntityGraph.DataTools;

/// <summary>One country or territory as the two sources describe it (English fields only).</summary>
internal sealed record SourceCountry(
    string Cca2,
    string Cca3,
    bool Independent,
    string Common,
    string Official,
    IReadOnlyList<string> AltSpellings,
    IReadOnlyList<string> I18nNames,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals);

/// <summary>Reads world-countries' <c>countries.json</c> and i18n-iso-countries' <c>langs/en.json</c>, joined on alpha-2.</summary>
internal static class CountrySources
{
    public const string WorldCountriesPath = "data/countries/world-countries/countries.json";
    public const string I18nPath = "data/countries/i18n-iso-countries/langs/en.json";

    public static List<SourceCountry> Read(string sharedDir)
    {
        string wcPath = Path.Combine(sharedDir, WorldCountriesPath);
        string i18nPath = Path.Combine(sharedDir, I18nPath);
        var i18n = ReadI18n(i18nPath);

        using var wc = JsonDocument.Parse(File.ReadAllBytes(wcPath));
        var result = new List<SourceCountry>();
        int index = 0;
        foreach (var c in wc.RootElement.EnumerateArray())
        {
            string where = $"{wcPath} entry {index++}";
            string cca2 = Str(c, "cca2", where);
            string cca3 = Str(c, "cca3", where);
            var name = Obj(c, "name", where);
            bool independent = c.TryGetProperty("independent", out var ind) && ind.ValueKind == JsonValueKind.True;

            var demonyms = new List<string>();
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                foreach (var g in new[] { "m", "f" })
                    if (eng.TryGetProperty(g, out var d) && d.GetString() is { Length: > 0 } s) demonyms.Add(s);

            result.Add(new SourceCountry(
                cca2, cca3, independent,
                Str(name, "common", where), Str(name, "official", where),
                Strings(c, "altSpellings"),
                i18n.TryGetValue(cca2, out var names) ? names : [],
                demonyms,
                Strings(c, "capital")));
        }
        return result;
    }

    // Values are a string or an array whose first item is the official name and the rest aliases.
    private static Dictionary<string, List<string>> ReadI18n(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var p in Obj(doc.RootElement, "countries", path).EnumerateObject())
        {
            map[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.String => [p.Value.GetString()!],
                JsonValueKind.Array => p.Value.EnumerateArray().Select(v => v.GetString() ?? "").ToList(),
                _ => throw new InvalidDataException($"{path}: countries.{p.Name} is neither a string nor an array"),
            };
        }
        return map;
    }

    private static string Str(JsonElement e, string prop, string where) =>
        e.TryGetProperty(prop, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new InvalidDataException($"{where}: missing string '{prop}'");

    private static JsonElement Obj(JsonElement e, string prop, string where) =>
        e.TryGetProperty(prop, out var v) && v.ValueKind == JsonValueKind.Object
            ? v
            : throw new InvalidDataException($"{where}: missing object '{prop}'");

    private static List<string> Strings(JsonElement e, string prop) =>
        e.TryGetProperty(prop, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
}
