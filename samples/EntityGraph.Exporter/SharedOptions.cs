using System.CommandLine;

namespace EntityGraph.Exporter;

/// <summary>Options and option checks that several commands share.</summary>
public static class SharedOptions
{
    /// <summary>
    /// <c>--threads n</c>: threads that process articles, one per core by default, at least 1.
    /// </summary>
    /// <param name="sameOutput">The sentence that says what does not depend on the number of threads.</param>
    public static Option<int> Threads(string sameOutput) => new Option<int>("--threads")
    {
        Description = $"Threads that process articles (default: one per core). {sameOutput}",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "n",
    }.Require(n => n >= 1, "--threads must be at least 1.");

    /// <summary>
    /// Adds a check that runs only on a value that parsed: for "abc" the parser's own error ("cannot parse
    /// argument 'abc' for option …") is the one to show, and asking System.CommandLine for the value would
    /// throw instead of reporting it.
    /// </summary>
    /// <param name="option">The option to check.</param>
    /// <param name="isValid">Whether a parsed value is acceptable.</param>
    /// <param name="message">The error shown for an unacceptable value.</param>
    /// <returns><paramref name="option"/>, for chaining.</returns>
    public static Option<T> Require<T>(this Option<T> option, Func<T, bool> isValid, string message)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            T value;
            try { value = result.GetValueOrDefault<T>(); }
            catch (InvalidOperationException) { return; }
            if (!isValid(value)) result.AddError(message);
        });
        return option;
    }
}
