using System.Collections.Frozen;
using System.Reflection;

namespace EntityGraph.Segmentation;

/// <summary>
/// Reads the one-word-per-line lists the splitter ships as embedded resources, and rejects a bad entry
/// with the resource name and 1-based line number so a broken data file is found at once.
/// </summary>
internal static class WordListReader
{
    /// <summary>Reads the embedded resource <paramref name="resourceName"/> from this assembly.</summary>
    /// <exception cref="InvalidDataException">The resource is missing or has a bad entry.</exception>
    public static FrozenSet<string> ReadResource(string resourceName)
    {
        using Stream stream = typeof(WordListReader).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidDataException(
                $"Embedded resource '{resourceName}' is missing from {typeof(WordListReader).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Read(resourceName, reader);
    }

    /// <summary>
    /// Parses a word list: one entry per line, letters only; lines starting with <c>#</c> and blank lines are
    /// skipped; surrounding white space is ignored. Entries compare ignoring case.
    /// </summary>
    /// <param name="sourceName">Name used in error messages (the resource name).</param>
    /// <param name="reader">The list's text.</param>
    /// <exception cref="InvalidDataException">
    /// An entry contains a character other than a letter, or repeats an earlier entry (ignoring case).
    /// </exception>
    public static FrozenSet<string> Read(string sourceName, TextReader reader)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            ReadOnlySpan<char> entry = line.AsSpan().Trim();
            if (entry.IsEmpty || entry[0] == '#') continue;

            foreach (char c in entry)
            {
                if (!char.IsLetter(c))
                    throw new InvalidDataException(
                        $"{sourceName} line {lineNumber}: entry '{entry}' contains '{c}' (U+{(int)c:X4}); only letters are allowed, one entry per line, without a final period.");
            }

            if (!words.Add(entry.ToString()))
                throw new InvalidDataException(
                    $"{sourceName} line {lineNumber}: entry '{entry}' repeats an earlier entry (entries compare ignoring case).");
        }

        if (words.Count == 0)
            throw new InvalidDataException($"{sourceName}: the list has no entries.");
        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
