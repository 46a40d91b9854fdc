using System.Collections.Frozen;
using EntityGraph.Documents;

namespace EntityGraph.Knowledge;

/// <summary>
/// Reads knowledge files into a <see cref="KnowledgeBase"/>, checking every line. The format is one fact per
/// line, tab-separated: <c>key field value [flags]</c>, e.g. <c>country:PRK	alias	DPRK</c>. Blank lines
/// and lines starting with <c>#</c> are comments. Fields: <c>type</c> (an <see cref="EntityType"/> name),
/// <c>name</c> (canonical, once), <c>iso3</c>, <c>country</c>, <c>capital-of</c> (ISO-3 codes, once each),
/// <c>alias</c> and <c>demonym</c> (any number), <c>role</c> (any number, in order: a CAMEO code and optional
/// dates, <c>CHNGOV 2012-11-15/..</c>, see <see cref="KnowledgeRoleFormat"/>) and <c>kind</c> (once, for
/// organisations and parties: an <see cref="OrganizationKind"/> in lower case with hyphens) and <c>member-of</c>
/// (any number, for people: the key of a party or organisation entry the person belongs to). Flags (<see cref="NameFlags"/>) are allowed on name, alias,
/// demonym and iso3 lines; restating a name with flags in a later file adds the flags.
/// <para>Two shorthands keep large generated files small: a line whose key column is empty continues the
/// entry of the line above (within one file), and the <c>type</c> line may be left out when the key's prefix
/// names the type (<c>person:</c>, <c>party:</c>, <c>org:</c>, <c>country:</c>, <c>location:</c>); a
/// <c>type</c> line that contradicts its prefix is an error.</para>
/// </summary>
/// <remarks>
/// One fact per line keeps a generated file diffable, lets a curated file add to an entry without
/// repeating it, and makes every error point at exactly one line.
/// </remarks>
internal static class KnowledgeLoader
{
    private enum Field { Type, Name, Iso3, Country, CapitalOf, Alias, Demonym, Role, Kind, MemberOf }

    private readonly record struct Where(string Resource, int Line)
    {
        public override string ToString() => $"{Resource} line {Line}";
    }

    private readonly record struct Located<T>(T Value, Where Where);

    private sealed class NameDraft(string text, NameKind kind, NameFlags flags, Where where)
    {
        public string Text { get; } = text;
        public NameKind Kind { get; set; } = kind;
        public NameFlags Flags { get; set; } = flags;
        public Where Where { get; } = where;
    }

    private sealed class EntryDraft(string key, Where first)
    {
        public string Key { get; } = key;
        public Where First { get; } = first;
        public Located<EntityType>? Type { get; set; }
        public Located<string>? Name { get; set; }
        public Located<string>? Iso3 { get; set; }
        public Located<string>? Country { get; set; }
        public Located<string>? CapitalOf { get; set; }
        public List<NameDraft> Names { get; } = [];
        public List<KnowledgeRole> Roles { get; } = [];
        public Located<OrganizationKind>? Kind { get; set; }
        public List<Located<string>> MemberOf { get; } = [];
    }

    public static KnowledgeBase Load(IEnumerable<KnowledgeSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var drafts = new Dictionary<string, EntryDraft>(StringComparer.Ordinal);
        var order = new List<EntryDraft>();
        foreach (var source in sources)
        {
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
            using var reader = source.Open();
            int lineNumber = 0;
            string? previousKey = null;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (lineNumber == 1 && line.StartsWith('\uFEFF')) line = line[1..];
                if (line.Length == 0 || line[0] == '#') continue;
                previousKey = ReadLine(line, new Where(source.Name, lineNumber), previousKey, drafts, order);
            }
        }
        return Build(order);
    }

    private static string ReadLine(string line, Where where, string? previousKey, Dictionary<string, EntryDraft> drafts, List<EntryDraft> order)
    {
        // Columns are sliced as spans: only the key (when new) and the value become strings, which matters
        // for the tens of thousands of lines loaded on first use.
        Span<Range> ranges = stackalloc Range[5];
        var text = line.AsSpan();
        int count = text.Split(ranges, '\t');
        if (count is < 3 or > 4)
        {
            int found = count == 5 ? text.Count('\t') + 1 : count;
            throw Error(where, $"expected 3 or 4 tab-separated columns (key, field, value[, flags]) but found {found}");
        }
        bool continuation = text[ranges[0]].IsEmpty;
        if (continuation && previousKey is null)
            throw Error(where, "the key column is empty, but no entry line comes before it in this file");
        ReadOnlySpan<string> names = ["key", "field", "value", "flags"];
        for (int i = continuation ? 1 : 0; i < count; i++)
        {
            var col = text[ranges[i]];
            if (col.IsWhiteSpace()) throw Error(where, $"the {names[i]} column is empty");
            if (col.Trim().Length != col.Length) throw Error(where, $"the {names[i]} column '{col}' has leading or trailing white space");
            foreach (char c in col)
                if (char.IsControl(c)) throw Error(where, $"the {names[i]} column contains control character U+{(int)c:X4}");
        }

        string key;
        if (continuation)
        {
            key = previousKey!;
        }
        else
        {
            var keySpan = text[ranges[0]];
            if (!IsValidKey(keySpan))
                throw Error(where, $"key '{keySpan}' must be a lower-case prefix, a colon and a name (e.g. 'country:PRK')");
            key = drafts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(keySpan, out var known) ? known.Key : keySpan.ToString();
        }
        var fieldText = text[ranges[1]];
        Field field = ParseField(fieldText, where);
        string value = text[ranges[2]].ToString();
        NameFlags flags = count == 4 ? ParseFlags(text[ranges[3]], where) : NameFlags.None;
        if (flags != NameFlags.None && field is Field.Type or Field.Country or Field.CapitalOf or Field.Role or Field.Kind or Field.MemberOf)
            throw Error(where, $"flags are allowed only on name, alias, demonym and iso3 lines, not on '{fieldText}'");

        if (!drafts.TryGetValue(key, out var draft))
        {
            draft = new EntryDraft(key, where);
            drafts.Add(key, draft);
            order.Add(draft);
        }

        switch (field)
        {
            case Field.Type:
                if (!Enum.TryParse<EntityType>(value, ignoreCase: false, out var type) || !char.IsAsciiLetterUpper(value[0]) || !Enum.IsDefined(type))
                    throw Error(where, $"type '{value}' is not one of {string.Join(", ", Enum.GetNames<EntityType>())}");
                if (TypeOfPrefix(key) is { } implied && implied != type)
                    throw Error(where, $"type '{value}' contradicts the key prefix of '{key}', which means {implied}");
                draft.Type = SetOnce(draft.Type, type, "type", key, where);
                break;
            case Field.Name:
                draft.Name = SetOnce(draft.Name, value, "name", key, where);
                AddName(draft, value, NameKind.Name, flags, where);
                break;
            case Field.Iso3:
                RequireIso3(value, "iso3", where);
                draft.Iso3 = SetOnce(draft.Iso3, value, "iso3", key, where);
                AddName(draft, value, NameKind.Code, flags, where);
                break;
            case Field.Country:
                RequireIso3(value, "country", where);
                draft.Country = SetOnce(draft.Country, value, "country", key, where);
                break;
            case Field.CapitalOf:
                RequireIso3(value, "capital-of", where);
                draft.CapitalOf = SetOnce(draft.CapitalOf, value, "capital-of", key, where);
                break;
            case Field.Alias:
                AddName(draft, value, NameKind.Alias, flags, where);
                break;
            case Field.Demonym:
                AddName(draft, value, NameKind.Demonym, flags, where);
                break;
            case Field.Role:
                var role = KnowledgeRoleFormat.TryParse(value, out string? problem) ?? throw Error(where, problem!);
                if (draft.Roles.Contains(role)) throw Error(where, $"'{key}' already has role '{value}'");
                draft.Roles.Add(role);
                break;
            case Field.Kind:
                draft.Kind = SetOnce(draft.Kind, ParseKind(value, where), "kind", key, where);
                break;
            case Field.MemberOf:
                if (!IsValidKey(value))
                    throw Error(where, $"member-of '{value}' must be the key of an entry (e.g. 'party:WORKERS_PARTY_OF_KOREA')");
                if (draft.MemberOf.Any(m => m.Value == value)) throw Error(where, $"'{key}' is already a member of '{value}'");
                draft.MemberOf.Add(new Located<string>(value, where));
                break;
        }
        return key;
    }

    private static KnowledgeBase Build(List<EntryDraft> order)
    {
        var byIso3 = new Dictionary<string, EntryDraft>(StringComparer.Ordinal);
        foreach (var d in order)
        {
            if (d.Type is null && TypeOfPrefix(d.Key) is { } implied) d.Type = new Located<EntityType>(implied, d.First);
            if (d.Type is null) throw Error(d.First, $"entry '{d.Key}' has no 'type' line, and its key prefix names no type");
            if (d.Name is null) throw Error(d.First, $"entry '{d.Key}' has no 'name' line");
            if (d.Kind is { } kind && d.Type.Value.Value is not (EntityType.Organization or EntityType.PoliticalParty))
                throw Error(kind.Where, $"'{d.Key}' is a {d.Type.Value.Value}; only Organization and PoliticalParty entries have a kind");
            if (d.Iso3 is { } iso3)
            {
                if (byIso3.TryGetValue(iso3.Value, out var other))
                    throw Error(iso3.Where, $"ISO-3 code '{iso3.Value}' of '{d.Key}' is already the code of '{other.Key}' ({other.Iso3!.Value.Where})");
                byIso3.Add(iso3.Value, d);
            }
        }

        var capitals = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var d in order)
        {
            if (d.Country is { } country && !byIso3.ContainsKey(country.Value))
                throw Error(country.Where, $"country '{country.Value}' of '{d.Key}' is not the ISO-3 code of any entry");
            if (d.CapitalOf is { } capitalOf)
            {
                if (!byIso3.ContainsKey(capitalOf.Value))
                    throw Error(capitalOf.Where, $"capital-of '{capitalOf.Value}' of '{d.Key}' is not the ISO-3 code of any entry");
                if (d.Country is { } c && c.Value != capitalOf.Value)
                    throw Error(capitalOf.Where, $"'{d.Key}' is the capital of '{capitalOf.Value}' but lies in '{c.Value}' ({c.Where})");
                if (!capitals.TryGetValue(capitalOf.Value, out var list)) capitals[capitalOf.Value] = list = [];
                list.Add(d.Key);
            }
        }

        // Membership is checked once every file is read: the party may be defined after the person.
        var byKey = order.ToDictionary(d => d.Key, StringComparer.Ordinal);
        foreach (var d in order)
        {
            foreach (var member in d.MemberOf)
            {
                if (d.Type!.Value.Value != EntityType.Person)
                    throw Error(member.Where, $"'{d.Key}' is a {d.Type.Value.Value}; only Person entries have member-of");
                if (!byKey.TryGetValue(member.Value, out var group))
                    throw Error(member.Where, $"member-of '{member.Value}' of '{d.Key}' is not the key of any entry");
                if (group.Type!.Value.Value is not (EntityType.PoliticalParty or EntityType.Organization))
                    throw Error(member.Where, $"member-of '{member.Value}' of '{d.Key}' is a {group.Type.Value.Value}, not a PoliticalParty or Organization");
            }
        }

        CheckNameConflicts(order);

        var entries = new KnowledgeEntry[order.Count];
        for (int i = 0; i < order.Count; i++)
        {
            var d = order[i];
            string? iso3 = d.Iso3?.Value;
            entries[i] = new KnowledgeEntry(d.Key, d.Name!.Value.Value, d.Type!.Value.Value, iso3,
                d.Country?.Value ?? d.CapitalOf?.Value, d.CapitalOf?.Value,
                d.Names.Select(n => new KnowledgeName(n.Text, n.Kind, n.Flags)).ToArray(),
                iso3 is not null && capitals.TryGetValue(iso3, out var caps) ? caps.ToArray() : [],
                d.Roles.ToArray(), d.Kind?.Value ?? OrganizationKind.None, d.MemberOf.Select(m => m.Value).ToArray());
        }
        return new KnowledgeBase(entries);
    }

    // A matchable name must lead to one entity and one mention type, whatever its case: the recognizer also
    // accepts the ALL-CAPS form of every name, so "Congo" for two countries, or "Thai" as both a country
    // name and a demonym, would make a match depend on which line happened to be read first.
    private static void CheckNameConflicts(List<EntryDraft> order)
    {
        var seen = new Dictionary<string, (EntryDraft Entry, NameDraft Name)>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in order)
        {
            foreach (var n in d.Names)
            {
                if ((n.Flags & NameFlags.NoMatch) != 0) continue;
                if (seen.TryGetValue(n.Text, out var first))
                {
                    bool sameTarget = ReferenceEquals(first.Entry, d) && MentionType(first.Entry, first.Name) == MentionType(d, n);
                    if (!sameTarget)
                        throw Error(n.Where, $"{Describe(d, n)} clashes with {Describe(first.Entry, first.Name)} ({first.Name.Where}); a name must lead to one entity and type: remove one or flag it 'nomatch'");
                }
                else
                {
                    seen.Add(n.Text, (d, n));
                }
            }
        }
    }

    private static EntityType MentionType(EntryDraft d, NameDraft n) =>
        n.Kind == NameKind.Demonym ? EntityType.Nationality : d.Type!.Value.Value;

    private static string Describe(EntryDraft d, NameDraft n) =>
        $"{n.Kind.ToString().ToLowerInvariant()} '{n.Text}' of '{d.Key}'";

    private static void AddName(EntryDraft draft, string text, NameKind kind, NameFlags flags, Where where)
    {
        // Restating a name of the same entry and mention type adds flags: that is how a curated file marks
        // a generated name ambiguous or unmatchable without editing the generated file.
        bool demonym = kind == NameKind.Demonym;
        foreach (var n in draft.Names)
        {
            if (n.Text == text && (n.Kind == NameKind.Demonym) == demonym)
            {
                n.Flags |= flags;
                // A code restated as an alias ("USA") is a full name: matched in all-caps text too.
                if (Rank(kind) > Rank(n.Kind)) n.Kind = kind;
                return;
            }
        }
        draft.Names.Add(new NameDraft(text, kind, flags, where));
    }

    private static int Rank(NameKind kind) => kind switch { NameKind.Code => 0, NameKind.Alias => 1, _ => 2 };

    private static Located<T> SetOnce<T>(Located<T>? current, T value, string field, string key, Where where)
    {
        if (current is { } c)
        {
            if (!EqualityComparer<T>.Default.Equals(c.Value, value))
                throw Error(where, $"'{key}' already has {field} '{c.Value}' ({c.Where}); it cannot also be '{value}'");
            return c;
        }
        return new Located<T>(value, where);
    }

    private static void RequireIso3(string value, string field, Where where)
    {
        if (!EntityKeys.IsIso3(value))
            throw Error(where, $"{field} '{value}' must be an ISO 3166-1 alpha-3 code: three upper-case letters A-Z");
    }

    private static bool IsValidKey(ReadOnlySpan<char> key)
    {
        int colon = key.IndexOf(':');
        if (colon <= 0 || colon == key.Length - 1) return false;
        for (int i = 0; i < colon; i++)
            if (!char.IsAsciiLetterLower(key[i])) return false;
        return true;
    }

    private static Field ParseField(ReadOnlySpan<char> text, Where where) => text switch
    {
        "type" => Field.Type,
        "name" => Field.Name,
        "iso3" => Field.Iso3,
        "country" => Field.Country,
        "capital-of" => Field.CapitalOf,
        "alias" => Field.Alias,
        "demonym" => Field.Demonym,
        "role" => Field.Role,
        "kind" => Field.Kind,
        "member-of" => Field.MemberOf,
        _ => throw Error(where, $"unknown field '{text}'; expected type, name, iso3, country, capital-of, alias, demonym, role, kind or member-of"),
    };

    /// <summary>The type a key prefix stands for (<see cref="EntityKeys.Prefix"/>), or <c>null</c> for other prefixes.</summary>
    private static EntityType? TypeOfPrefix(string key) => key.AsSpan(0, key.IndexOf(':')) switch
    {
        "person" => EntityType.Person,
        "party" => EntityType.PoliticalParty,
        "org" => EntityType.Organization,
        "country" => EntityType.Country,
        "location" => EntityType.Location,
        _ => null,
    };

    private static readonly FrozenDictionary<string, OrganizationKind> Kinds =
        Enum.GetValues<OrganizationKind>().Where(k => k != OrganizationKind.None)
            .ToDictionary(KindName, k => k, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);

    private static OrganizationKind ParseKind(string text, Where where) =>
        Kinds.TryGetValue(text, out var kind)
            ? kind
            : throw Error(where, $"kind '{text}' is not one of {string.Join(", ", Enum.GetValues<OrganizationKind>().Where(k => k != OrganizationKind.None).Select(KindName))}");

    /// <summary>The file form of a kind: lower case, words joined by hyphens (<c>ArmedGroup</c> → <c>armed-group</c>).</summary>
    internal static string KindName(OrganizationKind kind)
    {
        string name = kind.ToString();
        var sb = new System.Text.StringBuilder(name.Length + 2);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    private static NameFlags ParseFlags(ReadOnlySpan<char> text, Where where)
    {
        var flags = NameFlags.None;
        foreach (var range in text.Split(','))
        {
            var part = text[range];
            flags |= part switch
            {
                "ambiguous" => NameFlags.Ambiguous,
                "nomatch" => NameFlags.NoMatch,
                "notincaps" => NameFlags.NotInCaps,
                _ => throw Error(where, $"unknown flag '{part}'; expected ambiguous, nomatch or notincaps, separated by commas"),
            };
        }
        return flags;
    }

    private static KnowledgeFormatException Error(Where where, string problem) => new(where.Resource, where.Line, problem);
}
