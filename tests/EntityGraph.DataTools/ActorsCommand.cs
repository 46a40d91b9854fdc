using System.Text;
using EntityGraph.Documents;
using EntityGraph.Knowledge;

namespace EntityGraph.DataTools;

/// <summary>
/// <c>actors</c>: builds <c>actors.tsv</c> (people with dated roles, parties, organisations) from the
/// PETRARCH2 actor dictionaries, then loads it with the country files and <c>actors-curated.tsv</c> through
/// the library's loader. What it keeps and why is in <c>src/EntityGraph/Resources/README.md</c>.
/// </summary>
internal static class ActorsCommand
{
    public const string OutputFile = "actors.tsv";
    public const string CuratedFile = "actors-curated.tsv";

    private static readonly string[] SourceFiles =
        ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];

    // Words that make a phrase a body rather than a person ("COMMUNIST_PARTY_CENTRAL_COMMITTEE").
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "PARTY", "COMMITTEE", "MINISTRY", "ARMY", "COUNCIL", "FORCES", "FORCE", "POLICE", "GOVERNMENT", "ASSEMBLY",
        "PARLIAMENT", "CONGRESS", "COURT", "AGENCY", "BANK", "OFFICE", "DEPARTMENT", "COMMISSION", "BUREAU", "SERVICE",
        "SERVICES", "NAVY", "GUARD", "GUARDS", "CORPS", "MILITARY", "FRONT", "MOVEMENT", "UNION", "LEAGUE",
        "ORGANIZATION", "ORGANISATION", "BRIGADE", "BRIGADES", "GROUP", "GROUPS", "ALLIANCE", "CABINET", "SENATE",
        "NEWS", "TIMES", "TV", "RADIO", "COMPANY", "CORPORATION", "CORP", "CORP.", "INC", "INC.", "LTD", "LTD.",
        "AIRLINES", "AIRWAYS", "INSTITUTE", "UNIVERSITY", "SOCIETY", "ASSOCIATION", "FEDERATION", "FOUNDATION",
        "FUND", "AUTHORITY", "ADMINISTRATION", "DIRECTORATE", "PRESIDENCY", "SECURITY", "INTELLIGENCE", "TRIBUNAL",
        "PROGRAMME", "PROGRAM", "CENTER", "CENTRE", "NETWORK", "COALITION", "MISSION", "SECRETARIAT", "REGIME",
        "REBELS", "MILITIA", "MILITIAS", "JUNTA", "MINISTRIES", "BOARD", "CHAMBER", "COMMAND", "DIVISION",
        "BATTALION", "REGIMENT", "FLEET", "PRESS", "TELEVISION", "BROADCASTING", "NEWSPAPER", "DAILY", "HERALD",
        "POST", "JOURNAL", "GAZETTE", "TRIBUNE", "GROUP", "HOLDINGS", "INDUSTRIES", "BANKS", "ARMED", "NATIONS",
        "REPUBLIC", "KINGDOM", "STATE", "STATES", "PEOPLE", "PEOPLE'S", "PEOPLES", "WORKERS", "WORKERS'",
        "NATIONAL", "INTERNATIONAL", "FEDERAL", "MONITOR", "MONITORS", "PEACEKEEPER", "PEACEKEEPERS", "INITIATIVE",
        "REPRESENTATIVE", "CONTINGENT", "DATABASE", "CELLS", "NUCLEI", "NUCLEUS", "FACTION", "STRUGGLE", "ACTION",
        "REVENGE", "RESISTANCE", "JIHAD", "HAWKS", "VOLUNTEERS", "DEFENDERS", "COMMANDO", "COMMANDOS", "SQUAD",
        "CELL", "ISLAMIC", "REVOLUTIONARY", "LIBERATION", "PATROL", "TEAMS", "FIGHTERS", "PHALANX", "INITIATIVE",
    };

    private sealed class Draft(string key, EntityType type, string name, PetrarchRecord first)
    {
        public string Key { get; } = key;
        public EntityType Type { get; } = type;
        public string Name { get; } = name;
        public PetrarchRecord First { get; } = first;
        public OrganizationKind Kind { get; set; }
        public string? Country { get; set; }
        public List<PetrarchRole> Roles { get; } = [];
        public List<string> Aliases { get; } = [];
    }

    public static int Run(Options options)
    {
        string shared = options["shared"];
        string outDir = options["out"];
        string dictDir = Path.Combine(shared, "data", "petrarch2-dictionaries");
        foreach (var needed in new[] { dictDir, Path.Combine(shared, "data", "conll2003", "train.txt"), Path.Combine(outDir, CountriesCommand.OutputFile), Path.Combine(outDir, CountriesCommand.CuratedFile), Path.Combine(outDir, CuratedFile) })
        {
            if (!Path.Exists(needed))
            {
                Console.Error.WriteLine($"error: '{needed}' does not exist; --shared must hold data/petrarch2-dictionaries and --out the country and curated actor files");
                return 2;
            }
        }
        var common = CommonWords.Read(Path.Combine(shared, "data", "conll2003", "train.txt"));
        var dropped = new SortedDictionary<string, int>(StringComparer.Ordinal);

        // Names taken by the countries and by our curated actors win over generated ones; entries the curated
        // file defines are not generated at all (the curated file knows better: Kim Jong Il, the UN).
        var baseKb = KnowledgeBase.Load([
            KnowledgeSource.FromFile(Path.Combine(outDir, CountriesCommand.OutputFile)),
            KnowledgeSource.FromFile(Path.Combine(outDir, CountriesCommand.CuratedFile)),
            KnowledgeSource.FromFile(Path.Combine(outDir, CuratedFile)),
        ]);
        var reserved = new HashSet<string>(baseKb.Entries.SelectMany(e => e.Names).Select(n => n.Text), StringComparer.OrdinalIgnoreCase);
        var curatedKeys = baseKb.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var countryWords = new HashSet<string>(
            baseKb.Entries.Where(e => e.Type == EntityType.Country).SelectMany(e => e.Names)
                .SelectMany(n => n.Text.Split(' ')).Select(w => w.ToUpperInvariant()), StringComparer.Ordinal);
        bool IsCommon(string w) => common.Contains(w.ToLowerInvariant());

        var drafts = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var order = new List<Draft>();
        int records = 0;
        foreach (var file in SourceFiles)
        {
            var problems = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var list = PetrarchActors.Read(Path.Combine(dictDir, file), problems);
            records += list.Count;
            foreach (var (why, n) in problems) PetrarchActors.Count(dropped, $"{file}: {why}", n);
            foreach (var record in list)
            {
                if (Classify(record, countryWords, IsCommon, out string? why) is not { } c)
                {
                    PetrarchActors.Count(dropped, $"records: {why}");
                    continue;
                }
                // Hyphens count as word breaks in keys, so "BAN_KI-MOON" and "BAN_KI_MOON" are one person.
                string key = EntityKeys.Prefix(c.Type) + ":" + string.Join('_', c.KeyWords).Replace('-', '_');
                if (curatedKeys.Contains(key)) { PetrarchActors.Count(dropped, "records: defined in the curated file"); continue; }
                if (!drafts.TryGetValue(key, out var draft))
                {
                    draft = new Draft(key, c.Type, c.Name, record) { Kind = c.Kind };
                    drafts.Add(key, draft);
                    order.Add(draft);
                }
                foreach (var role in record.Roles)
                    if (!draft.Roles.Contains(role)) draft.Roles.Add(role);
                draft.Aliases.AddRange(c.Aliases);
            }
        }

        foreach (var d in order)
        {
            d.Country = CountryOf(d.Roles, baseKb);
            if (d.Type == EntityType.Person && d.Country is "PRK" or "KOR" or "CHN" or "TWN")
            {
                var variants = ActorNames.EastAsianVariants(d.Name, chinese: d.Country is "CHN" or "TWN").ToList();
                foreach (var a in d.Aliases.ToList()) variants.AddRange(ActorNames.EastAsianVariants(a, d.Country is "CHN" or "TWN"));
                d.Aliases.AddRange(variants);
            }
        }

        // A one-word person name that is also the first word of someone's full name is a given name
        // ("Albert", "Hussein"), not a surname that points at one person.
        var givenNames = new HashSet<string>(
            order.Where(d => d.Type == EntityType.Person).SelectMany(d => d.Aliases.Prepend(d.Name))
                .Select(n => n.Split(' ')).Where(w => w.Length > 1).Select(w => w[0]), StringComparer.OrdinalIgnoreCase);
        foreach (var d in order.Where(d => d.Type == EntityType.Person))
        {
            int before = d.Aliases.Count;
            d.Aliases.RemoveAll(a => !a.Contains(' ') && givenNames.Contains(a));
            PetrarchActors.Count(dropped, "names: one-word person name that is a given name", before - d.Aliases.Count);
        }

        // A name claimed by two generated entries leads to neither: which "Abdul Qadir" is meant is for
        // a later stage to decide, not for file order.
        var claims = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in order)
            foreach (var n in d.Aliases.Prepend(d.Name))
            {
                if (!claims.TryGetValue(n, out var set)) claims[n] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(d.Key);
            }

        var sb = new StringBuilder();
        sb.Append(Header);
        int people = 0, parties = 0, orgs = 0, roles = 0, aliases = 0;
        foreach (var d in order)
        {
            string? why = NameProblem(d.Name, d.Type, IsCommon, countryWords)
                ?? (d.Type == EntityType.Person && !d.Name.Contains(' ') && givenNames.Contains(d.Name) ? "one-word person name that is a given name" : null);
            bool nameOk = why is null && !reserved.Contains(d.Name) && claims[d.Name].Count == 1;
            var keptAliases = new List<string>();
            foreach (var a in d.Aliases.Distinct(StringComparer.Ordinal))
            {
                if (a.Equals(d.Name, StringComparison.OrdinalIgnoreCase) && a != d.Name) { keptAliases.Add(a); continue; }
                if (a == d.Name) continue;
                // "Israeli Prime Minister Benjamin Netanyahu": the name with words in front is the bare name
                // with a title or nationality, which would pull them into the mention.
                if (d.Type == EntityType.Person && a.EndsWith(" " + d.Name, StringComparison.OrdinalIgnoreCase))
                {
                    PetrarchActors.Count(dropped, "names: the person's name with a title or nationality in front");
                    continue;
                }
                if (NameProblem(a, d.Type, IsCommon, countryWords) is { } aw) { PetrarchActors.Count(dropped, $"names: {aw}"); continue; }
                if (reserved.Contains(a)) { PetrarchActors.Count(dropped, "names: already a country's or curated name"); continue; }
                if (claims[a].Count > 1) { PetrarchActors.Count(dropped, "names: claimed by several entries"); continue; }
                keptAliases.Add(a);
            }
            if (!nameOk)
            {
                PetrarchActors.Count(dropped, "names: " + (why ?? (reserved.Contains(d.Name) ? "already a country's or curated name" : "claimed by several entries")));
                // An entry that can be found under no name does not help the recognizer; keep it only when an alias can.
                if (keptAliases.Count == 0) { PetrarchActors.Count(dropped, "records: no matchable name left"); continue; }
            }
            if (d.Type == EntityType.Person && d.Roles.Count == 0) { PetrarchActors.Count(dropped, "records: person without a role"); continue; }

            // The key prefix gives the type, and continuation lines (empty key) carry the key down: about
            // half the size of repeating both on every line.
            Line(sb, d.Key, "name", d.Name, nameOk ? null : "nomatch");
            if (d.Country is not null) Line(sb, "", "country", d.Country);
            if (d.Kind != OrganizationKind.None) Line(sb, "", "kind", KindName(d.Kind));
            foreach (var r in d.Roles) Line(sb, "", "role", new KnowledgeRole(r.Code, r.From, r.Until).ToString());
            foreach (var a in keptAliases) Line(sb, "", "alias", a);
            roles += d.Roles.Count;
            aliases += keptAliases.Count;
            switch (d.Type)
            {
                case EntityType.Person: people++; break;
                case EntityType.PoliticalParty: parties++; break;
                default: orgs++; break;
            }
        }

        Directory.CreateDirectory(outDir);
        string outPath = Path.Combine(outDir, OutputFile);
        File.WriteAllText(outPath, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine($"read {records} records; wrote {outPath}: {people} people, {parties} parties, {orgs} organisations, " +
                          $"{roles} roles, {aliases} aliases ({new FileInfo(outPath).Length:N0} bytes)");
        foreach (var (reason, n) in dropped) Console.WriteLine($"  left out {n}: {reason}");

        try
        {
            // Loaded from memory three times: the first pays for JIT compilation, the best of the others is
            // what a process pays on first use of KnowledgeBase.Default.
            var texts = new[] { CountriesCommand.OutputFile, CountriesCommand.CuratedFile, OutputFile, CuratedFile }
                .Select(f => (f, File.ReadAllText(Path.Combine(outDir, f)))).ToArray();
            KnowledgeBase kb = null!;
            var times = new List<double>();
            long allocated = 0;
            int collections = 0;
            for (int run = 0; run < 5; run++)
            {
                long bytes = GC.GetAllocatedBytesForCurrentThread();
                int gcs = GC.CollectionCount(0);
                var sw = System.Diagnostics.Stopwatch.StartNew();
                kb = KnowledgeBase.Load(texts.Select(t => KnowledgeSource.FromText(t.f, t.Item2)));
                times.Add(sw.Elapsed.TotalMilliseconds);
                allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
                collections = GC.CollectionCount(0) - gcs;
            }
            Console.WriteLine($"checked: the knowledge base loads ({kb.Entries.Count} entries; load {times[0]:F0} ms cold, " +
                              $"{times.Skip(1).Min():F0} ms warm; {allocated / 1e6:F0} MB allocated, {collections} gen-0 collections)");
            return 0;
        }
        catch (KnowledgeFormatException e)
        {
            Console.Error.WriteLine($"error: the library rejects the result: {e.Message}");
            return 1;
        }
    }

    private sealed record Classified(EntityType Type, OrganizationKind Kind, List<string> KeyWords, string Name, List<string> Aliases);

    private static Classified? Classify(PetrarchRecord r, HashSet<string> countryWords, Func<string, bool> isCommon, out string? why)
    {
        why = null;
        if (r.Roles.Count == 0) { why = "no usable code"; return null; }
        var acronyms = new List<string>();
        var words = ActorNames.WithoutParentheses(ActorNames.Words(r.Phrase), acronyms);
        if (words.Count > 0 && words[0] == "THE") words.RemoveAt(0);
        if (words.Count == 0) { why = "empty phrase"; return null; }
        bool milNonState = r.File.Contains("MilNonState", StringComparison.Ordinal);
        bool countries = r.File.Contains("Countries", StringComparison.Ordinal);

        // Country records ([PRK] with city and province synonyms) are the countries file's business, and
        // territories and regions (USAASM, BIHSRP) are places; both are left out.
        string first = r.Roles[0].Code;
        if (countries && !r.CountryInfo && r.Roles.All(x => x.Code.Length == 3)) { why = "country record"; return null; }
        if (countries && !r.CountryInfo && !r.Roles.Any(x => x.Code.Length > 3 && IsRoleSegment(x.Code.Substring(3, 3))))
        { why = "territory or region record"; return null; }

        // The multinational list is companies, many named after people ("MERRILL_LYNCH", "PHILIP_MORRIS").
        bool body = words.Any(w => BodyWords.Contains(w)) || milNonState || (!r.CountryInfo && first.StartsWith("MNC", StringComparison.Ordinal));
        EntityType type;
        if (!body && (r.CountryInfo || LooksLikePerson(words, countryWords, isCommon)))
            type = EntityType.Person;
        else if (OfficeWords.Contains(words[0]) || ActorNames.WithoutTitles(words).Count == 0)
        {
            // "GENERAL_SECRETARY_OF_THE_SOCIALIST_UNITY_PARTY", "PRESIDENT_OF_THE_SENATE": an office, whose
            // holder changes; the relation stages find such phrases as role nouns.
            why = "an office, not a body";
            return null;
        }
        else if (IsParty(words, r))
            type = EntityType.PoliticalParty;
        else
            type = EntityType.Organization;

        List<string> nameWords = words;
        var aliases = new List<string>();
        if (type == EntityType.Person)
        {
            nameWords = ActorNames.WithoutTitles(words);
            if (nameWords.Count == 0) { why = "an office, not a person (only title words)"; return null; }
        }
        bool eastAsian = r.Roles.Any(x => x.Code.StartsWith("PRK", StringComparison.Ordinal) || x.Code.StartsWith("KOR", StringComparison.Ordinal));
        bool korean = eastAsian && type == EntityType.Person;
        string name = type == EntityType.Person
            ? ActorNames.PersonName(nameWords, eastAsian)
            : ActorNames.OrganizationName(nameWords, isCommon);
        if (korean)
        {
            string spaced = name;
            name = ActorNames.KoreanCanonical(name);
            if (name != spaced) aliases.Add(spaced);
        }
        // A one-word organisation is kept as written in the source (usually an acronym: "IAEA"); a longer one
        // is also written with a capital only ("HEZBOLLAH" → "Hezbollah").
        if (type != EntityType.Person && nameWords.Count == 1 && name.Length > 4 && name.All(char.IsAsciiLetterUpper) && name.Any(c => "AEIOU".Contains(c)))
            aliases.Add(char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant());

        foreach (var syn in r.Synonyms)
        {
            var sw = ActorNames.WithoutParentheses(ActorNames.Words(syn), acronyms);
            if (sw.Count > 0 && sw[0] == "THE") sw.RemoveAt(0);
            if (type == EntityType.Person) sw = ActorNames.WithoutTitles(sw);
            if (sw.Count == 0) continue;
            aliases.Add(type == EntityType.Person ? ActorNames.PersonName(sw, eastAsian) : ActorNames.OrganizationName(sw, isCommon));
        }
        foreach (var a in acronyms)
            if (a.Length >= 3 && a.All(char.IsAsciiLetterUpper) && !isCommon(a)) aliases.Add(a);

        var kind = type == EntityType.Person ? OrganizationKind.None : milNonState ? OrganizationKind.ArmedGroup : KindOf(r.Roles[0].Code);
        if (type == EntityType.PoliticalParty) kind = OrganizationKind.Party;
        return new Classified(type, kind, nameWords, name, aliases);
    }

    private static readonly HashSet<string> OfficeWords = new(StringComparer.Ordinal)
    {
        "PRESIDENT", "SECRETARY", "SECRETARY-GENERAL", "CHAIRMAN", "LEADER", "MINISTER", "PRIME", "PREMIER", "CHIEF",
        "DEPUTY", "VICE", "KING", "QUEEN", "SPEAKER", "AMBASSADOR", "GOVERNOR", "MAYOR", "HEAD", "DIRECTOR",
    };

    private static readonly HashSet<string> PartyOrgans = new(StringComparer.Ordinal)
    {
        "POLITBURO", "PRESIDIUM", "PLENUM", "SECRETARIAT", "COMMITTEE", "BUREAU", "CONGRESS", "OFFICE", "DEPARTMENT",
        "COMMISSION", "COUNCIL", "CONFERENCE", "BRANCH", "WING", "LEADERSHIP",
    };

    /// <summary>
    /// A party: "PARTY" in the phrase, or a <c>PTY</c> code, unless the phrase names an organ of a party
    /// ("CENTRAL_COMMITTEE_OF_THE_COMMUNIST_PARTY", "COMMUNIST_PARTY_CENTRAL_COMMITTEE"), which is an organisation.
    /// </summary>
    private static bool IsParty(List<string> words, PetrarchRecord r)
    {
        int party = words.LastIndexOf("PARTY");
        if (party < 0)
            return r.Roles.Any(x => x.Code.Length >= 6 && x.Code.EndsWith("PTY", StringComparison.Ordinal)) && !words.Any(w => BodyWords.Contains(w) || PartyOrgans.Contains(w));
        int of = words.IndexOf("OF");
        if (of >= 0 && of < party && words.Take(of).Any(PartyOrgans.Contains)) return false;
        var tail = words.Skip(party + 1).ToList();
        return tail.Count == 0 || tail[0] == "OF" || !tail.Any(w => BodyWords.Contains(w) || PartyOrgans.Contains(w));
    }

    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "AND", "OF", "FOR", "THE", "ON", "IN", "TO", "AT", "PARA", "POUR", "PER", "POR", "CONTRA", "WAL", "UND", "ET", "Y", "E", "A", "LE", "LES",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "DE", "DA", "DI", "DEL", "DELLA", "VAN", "VON", "DER", "DEN", "DU", "BIN", "IBN", "BINT", "AL", "EL", "DOS", "DAS", "DO", "LA",
    };

    // A record outside CountryInfo is a person when its words read like a name: two to four words, none a
    // country name or demonym, none an acronym, and not all of them ordinary English words.
    private static bool LooksLikePerson(List<string> words, HashSet<string> countryWords, Func<string, bool> isCommon)
    {
        var core = ActorNames.WithoutTitles(words);
        if (core.Count is < 2 or > 4) return false;
        // Country names include foreign-language forms, so this also rules out "DE", "LOS" and the like.
        if (core.Any(countryWords.Contains)) return false;
        // Titles of papers and places lead with an article: "DER_SPIEGEL", "LE_MONDE", "EL_PAIS".
        if (core[0] is "DER" or "DIE" or "DAS" or "LE" or "LES" or "LA" or "EL" or "IL" or "THE") return false;
        if (core.Any(w => w.Any(c => char.IsDigit(c) || c is '/' or ':' or '&'))) return false;
        // Connectives make a body's name ("XINHUA_SPORTS_AND_ENTERTAINMENT"); ordinary words alone do not
        // ("SUSAN_RICE"), but a phrase of nothing else is no name.
        if (core.Any(w => Connectives.Contains(w))) return false;
        if (core.All(w => NameParticles.Contains(w) || isCommon(w))) return false;
        return true;
    }

    private static readonly HashSet<string> RoleSegments = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "REB", "OPP", "ELI", "LEG", "JUD", "COP", "SPY", "MED", "BUS", "CVL", "PTY", "REL", "MUS",
        "CHR", "UAF", "HLH", "DEV", "EDU", "AGR", "ENV", "LAB", "HRI", "REF", "IGO", "NGO", "CRM", "IMG",
    };

    private static bool IsRoleSegment(string s) => RoleSegments.Contains(s);

    /// <summary>The kind of body a CAMEO code names: the prefix for international types, else the most telling segment.</summary>
    public static OrganizationKind KindOf(string code)
    {
        string prefix = code[..3];
        switch (prefix)
        {
            case "IGO": return OrganizationKind.Igo;
            case "NGO" or "NGM": return OrganizationKind.Ngo;
            case "MNC": return OrganizationKind.Business;
            case "IMG": return OrganizationKind.ArmedGroup;
        }
        var segs = Enumerable.Range(1, code.Length / 3 - 1).Select(i => code.Substring(i * 3, 3)).ToList();
        if (segs.Contains("PTY")) return OrganizationKind.Party;
        if (segs.Contains("REB") || segs.Contains("UAF") || segs.Contains("IMG")) return OrganizationKind.ArmedGroup;
        if (segs.Contains("MED")) return OrganizationKind.Media;
        if (segs.Contains("BUS")) return OrganizationKind.Business;
        if (segs.Contains("MIL")) return OrganizationKind.Military;
        if (segs.Any(s => s is "GOV" or "LEG" or "JUD" or "COP" or "SPY")) return OrganizationKind.Government;
        if (segs.Contains("NGO")) return OrganizationKind.Ngo;
        return OrganizationKind.Other;
    }

    public static string KindName(OrganizationKind kind) => kind switch
    {
        OrganizationKind.ArmedGroup => "armed-group",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The entry's country: the country of its roles. When they name several (a diplomat later at the UN,
    /// two people under one phrase), the role that started last wins; undated roles count as oldest.
    /// </summary>
    private static string? CountryOf(List<PetrarchRole> roles, KnowledgeBase countries)
    {
        string? best = null;
        DateOnly bestFrom = DateOnly.MinValue;
        foreach (var r in roles)
        {
            string prefix = r.Code[..3];
            if (countries.FindCountry(prefix) is null) continue;
            var from = r.From ?? DateOnly.MinValue;
            if (best is null || from > bestFrom)
            {
                best = prefix;
                bestFrom = from;
            }
        }
        return best;
    }

    /// <summary>Why a generated name should not be matched, or <c>null</c>.</summary>
    private static string? NameProblem(string name, EntityType type, Func<string, bool> isCommon, HashSet<string> countryWords)
    {
        string[] words = name.Split(' ');
        if (name.Any(c => char.IsDigit(c) || c is '/' or ':' or '&' or '+' or '(' or ')' or '?' or ',' or ';' or '"'))
            return "digits or punctuation in the name";
        if (!NameRules.IsLatinScript(name)) return "not Latin script";
        // A period after anything but an initial ("Deb.", "Sec.", "Yahoo!") ends a sentence for the splitter,
        // so the name could never be found whole.
        if (name.Contains('!') || words.Any(w => w.Contains('.') && !IsInitialsWord(w)))
            return "abbreviation or '!' that the sentence splitter would end a sentence at";
        if (type != EntityType.Person && (OfficeWords.Contains(words[0].ToUpperInvariant()) || OfficeWords.Contains(words[^1].ToUpperInvariant()) || words[^1] == "Chancellor"))
            return "an office, not a body";
        if (words.Length == 1)
        {
            string w = words[0];
            if (isCommon(w)) return "single common word";
            if (w.Count(char.IsLetter) < 3) return "single word of under three letters";
            if (countryWords.Contains(w.ToUpperInvariant())) return "single word that is part of a country name";
            if (type == EntityType.Person && w.Count(char.IsLetter) < 5) return "single-word person name under five letters";
            return null;
        }
        if (words.All(w => isCommon(w) || w.All(c => !char.IsLetter(c))))
            return words.Length <= 2 || type == EntityType.Person ? "generic phrase of common words" : null;
        return null;
    }

    // "K.", "U.N.", "R.K.", and the suffixes "Jr." and "Sr.".
    private static bool IsInitialsWord(string w) =>
        w is "Jr." or "Sr." || w.Split('.', StringSplitOptions.RemoveEmptyEntries).All(p => p.Length == 1 && char.IsLetter(p[0]));

    private static void Line(StringBuilder sb, string key, string field, string value, string? flags = null)
    {
        sb.Append(key).Append('\t').Append(field).Append('\t').Append(value);
        if (flags is not null) sb.Append('\t').Append(flags);
        sb.Append('\n');
    }

    private const string Header = """
        # actors.tsv: people, parties and organisations from the PETRARCH2 / Phoenix actor dictionaries.
        #
        # GENERATED by `dotnet run --project tests/EntityGraph.DataTools -- actors --shared ../shared --out src/EntityGraph/Resources`
        # from Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt
        # (openeventdata/petrarch2, MIT licence, Copyright (c) 2014 Open Event Data; the country actors derive from
        # CountryInfo.140130.txt by the Computational Event Data System Project, funded by the National Science
        # Foundation, SES-1004414 and SES-1259190). Do not edit by hand: fix the generator or actors-curated.tsv.
        #
        # A line with an empty key continues the entry above; the type is the key's prefix (person, party, org).
        # role = CAMEO actor code, then the dates as an ISO 8601 interval (from inclusive / until exclusive, '..' open),
        # in the source's order: the first role that covers a date is the one that applies. The data stops in 2014.

        """;
}
