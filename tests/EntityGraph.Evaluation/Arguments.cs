namespace EntityGraph.Evaluation;

/// <summary>Minimal option parsing: positional values and <c>--name value</c> / <c>--flag</c> pairs.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public Arguments(string[] args, IReadOnlySet<string> flags, IReadOnlySet<string> valued)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (!a.StartsWith("--", StringComparison.Ordinal)) { Positional.Add(a); continue; }
            if (flags.Contains(a)) { _options[a] = null; continue; }
            if (!valued.Contains(a)) throw new UsageException($"unknown option {a}.");
            if (i + 1 >= args.Length) throw new UsageException($"{a} needs a value.");
            _options[a] = args[++i];
        }
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public string Require(string name) => Get(name) ?? throw new UsageException($"{name} is required.");

    public int Int(string name, int fallback)
    {
        var v = Get(name);
        if (v is null) return fallback;
        return int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : throw new UsageException($"{name} must be an integer, not '{v}'.");
    }
}
