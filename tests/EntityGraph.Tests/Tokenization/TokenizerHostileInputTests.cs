using System.Diagnostics;
using System.Text;
using NUnit.Framework;
using static EntityGraph.Tests.Tokenization.TokenExpectation;

namespace EntityGraph.Tests.Tokenization;

/// <summary>
/// Inputs chosen to break tokenizers (in the spirit of spaCy's naughty-strings test): none may throw, all
/// must keep the contract, and megabyte inputs without white space must finish in linear time.
/// </summary>
public sealed class TokenizerHostileInputTests
{
    private static readonly string[] HostileStrings =
    [
        "", " ", "\t\n\r\v\f", "\u00A0\u2000\u3000\u2028\u2029", "\0", "\0\0\0",
        "\uD800", "\uDFFF", "\uDC00\uD800", "a\uD800", "\uD800a", "\uD83D\uD83D\uDE00",
        "\u0001\u0002\u001B[31mred\u001B[0m", "\u007F\u0085\u009F", "\uFEFF", "\u200B\u200C\u200D\u2060",
        "\u202Eevil\u202C", "\u00AD", "\u00AD\u00AD", "a\u200D", "\u200Da",
        "\u0301", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇", "\uFE0F", "\uFE0F\uFE0F", "\u20E3", "\U0001F3FD", "\U0001F1F0", "\U000E0067\U000E007F",
        "👩\u200D", "\u200D👩", "👩\u200D\u200D👩", "❤\uFE0F\uFE0F\u20E3", "1\u20E3\u20E3",
        "’", "‘", "'", "''", "’’’", "‘‘‘’’’", "'s", "n't", "'t", "’90", "'9",
        "-", "--", "-.", "-.5", "−", "+", "+.", ".", "..", "…", ".…", "%", "$", "@", "#", "&", "*", "_", "/",
        "U.", "U.S", "U.S.", "I.", "A.B.C.D.E.F.G.H.", "Ph.", "Ph.D", "Mr", "Mr.", "www.", "www", "http:", "http:/", "http://", "https://)",
        "a@", "@a", "a@b", "a@b.", "a@b.c", "a@.com", "a@b..com", "#", "#_", "#1", "@_",
        "A-", "-A", "A-B", "a-", "A‐B", "Pro-", "-Pro", "Sino--Japanese",
        "(?)", "(((((", ")))))", "[…]", "•", "••",
        "<script>alert(1)</script>", "'; DROP TABLE tokens; --", "${jndi:ldap://x}", "%s%s%n", "{{7*7}}",
        "ﷺ", "𝕿𝖍𝖊", "Ω≈ç√∫", "田中さんにあげて下さい", "مرحبا", "שָׁלוֹם", "ܐܒ", "\u0E01\u0E34\u0E4D", "ᚠᛇᚻ",
    ];

    private static IEnumerable<TestCaseData> Hostile() =>
        HostileStrings.Select(s => new TestCaseData(s).SetArgDisplayNames(Show(s)));

    [TestCaseSource(nameof(Hostile))]
    public void Hostile_strings_keep_the_contract(string text)
    {
        var tokens = Tokenize(text);
        TokenInvariants.AssertHold(text, tokens);
    }

    // Megabyte inputs without any white space, one per look-ahead the scanner has: each must finish in
    // linear time (a quadratic path would take hours on a megabyte; linear takes milliseconds).
    private static IEnumerable<TestCaseData> Megabytes()
    {
        (string Name, string Unit)[] units =
        [
            ("letters", "a"), ("digits", "7"), ("hyphenated lower", "a-"), ("capital dyads", "Ab-"), ("capital pairs", "A-"),
            ("initials", "A."), ("words and periods", "ab."), ("periods", "."), ("ellipses", "…"),
            ("apostrophes", "’"), ("clitic-like", "a’s"), ("inner apostrophes", "a'"), ("opening quotes", "‘a"),
            ("at signs", "@a"), ("e-mail-like", "a.b@c."), ("local parts", "a.b+c_"), ("hashtags", "#a"),
            ("digit separators", "1,"), ("decimals", "1."), ("percent", "1%"), ("signs", "-1"),
            ("stars", "a*"), ("ampersands", "A&"), ("underscores", "a_"), ("dashes", "–"), ("bangs", "!?"),
            ("brackets", "(?)"), ("zwj chain", "👩\u200D"), ("skin tones", "\U0001F3FD"), ("flags", "\U0001F1F0"),
            ("soft hyphens", "a\u00AD"), ("lone surrogates", "\uD800"), ("controls", "\u0001"), ("marks", "\u0301"),
            ("abbreviation prefix", "Mr.a"), ("compound prefix", "Pro-A"),
        ];
        foreach (var (name, unit) in units)
            yield return new TestCaseData(name, unit).SetArgDisplayNames(name);
        yield return new TestCaseData("url", "http://x/").SetArgDisplayNames("one url").SetDescription("http:// followed by a megabyte");
    }

    [TestCaseSource(nameof(Megabytes))]
    public void A_megabyte_without_spaces_finishes_in_linear_time(string name, string unit)
    {
        var sb = new StringBuilder(1 << 20);
        if (name == "url") sb.Append(unit).Append('a', (1 << 20) - unit.Length);
        else while (sb.Length < 1 << 20) sb.Append(unit);
        string text = sb.ToString();

        var stopwatch = Stopwatch.StartNew();
        var run = Task.Run(() => Tokenize(text));
        bool finished = run.Wait(TimeSpan.FromSeconds(20));
        stopwatch.Stop();

        Assert.That(finished, Is.True, $"tokenizing 1 MB of {name} did not finish in 20 s");
        // Generous for a shared 2-core machine: linear runs take tens of milliseconds.
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), $"1 MB of {name}");
        TokenInvariants.AssertHold(text, run.Result);
    }

    [Test]
    public void A_megabyte_of_ordinary_prose_is_fast_too()
    {
        var sb = new StringBuilder();
        while (sb.Length < 1 << 20)
            sb.Append("The Central Party Committee of the Korean Workers’ Party has issued an internal decree, ‘Abandon the Chinese dream!’ ");
        string text = sb.ToString();
        var stopwatch = Stopwatch.StartNew();
        var tokens = Tokenize(text);
        stopwatch.Stop();
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        TokenInvariants.AssertHold(text, tokens);
    }
}
