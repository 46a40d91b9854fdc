namespace EntityGraph.DataTools;

/// <summary>A bad command line.</summary>
internal sealed class OptionsException(string message) : Exception(message);

/// <summary><c>--name value</c> pairs; every listed option is required, unknown ones are rejected.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values;

    private Options(Dictionary<string, string> values) => _values = values;

    public string this[string name] => _values[name];

    public static Options Parse(ReadOnlySpan<string> args, IReadOnlyList<string> required)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || !required.Contains(arg[2..]))
                throw new OptionsException($"unexpected argument '{arg}'");
            if (i + 1 >= args.Length) throw new OptionsException($"option '{arg}' needs a value");
            values[arg[2..]] = args[++i];
        }
        foreach (var name in required)
            if (!values.ContainsKey(name)) throw new OptionsException($"option '--{name}' is required");
        return new Options(values);
    }
}
