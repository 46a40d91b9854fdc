using EntityGraph.Recognition.Perceptron;

namespace EntityGraph.Evaluation;

/// <summary>The column layouts the tools read.</summary>
internal enum CorpusFormat
{
    /// <summary>CoNLL-2003: <c>token POS chunk NER</c>, space separated, <c>-DOCSTART-</c> lines optional.</summary>
    Conll2003,
    /// <summary>CrossNER: <c>token&lt;TAB&gt;tag</c>.</summary>
    CrossNer,
}

/// <summary>What a document is in a file without <c>-DOCSTART-</c> lines.</summary>
internal enum DocumentScope
{
    /// <summary>The whole file is one document.</summary>
    File,
    /// <summary>Each sentence is its own document.</summary>
    Sentence,
}

/// <summary>A corpus problem, with the file and 1-based line where it was found.</summary>
internal sealed class CorpusFormatException(string path, int line, string message)
    : Exception($"{path}:{line}: {message}");

/// <summary>
/// Reads tagged corpora into documents of sentences. What a document is: when the file has
/// <c>-DOCSTART-</c> lines, the sentences between two of them. When it has none, nothing says where one story
/// ends, and the caller chooses (<see cref="DocumentScope"/>): by default the whole file is one document, so
/// the recognizer's document features act as a file-wide memory of how each word was written. Measured with
/// the shipped model: CoNLL-2003 dev F1 0.9228 with the whole file (0.9281 with the real boundaries of
/// <c>original-iob1/eng.testa</c>, 0.8969 with one document per sentence); CrossNER politics dev 0.3742 with
/// the whole file, 0.3691 per sentence.
/// </summary>
internal static class ConllReader
{
    public static List<NerDocument> Read(string path, CorpusFormat format, DocumentScope withoutMarkers = DocumentScope.File)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file.", path);
        var docs = new List<NerDocument>();
        var sentences = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        bool sawMarker = false;
        int lineNo = 0;

        void EndSentence()
        {
            if (words.Count == 0) return;
            sentences.Add(new NerSentence(words.ToArray(), tags.ToArray()));
            words.Clear();
            tags.Clear();
        }
        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0) docs.Add(new NerDocument(sentences.ToArray()));
            sentences.Clear();
        }

        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) { EndSentence(); continue; }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                sawMarker = true;
                EndDocument();
                continue;
            }
            string[] cols = format == CorpusFormat.CrossNer ? line.Split('\t') : line.Split(' ');
            if (format == CorpusFormat.CrossNer && cols.Length != 2)
                throw new CorpusFormatException(path, lineNo, $"expected 'token<TAB>tag' (2 columns), found {cols.Length}: '{Shorten(line)}'.");
            if (format == CorpusFormat.Conll2003 && cols.Length != 4)
                throw new CorpusFormatException(path, lineNo, $"expected 'token POS chunk NER' (4 space-separated columns), found {cols.Length}: '{Shorten(line)}'.");
            string word = cols[0], tag = cols[^1];
            if (word.Length == 0) throw new CorpusFormatException(path, lineNo, "empty token.");
            if (!IsTag(tag)) throw new CorpusFormatException(path, lineNo, $"'{Shorten(tag)}' is not a tag (O or B-/I-/L-/U-/E-/S- plus a label).");
            words.Add(word);
            tags.Add(tag);
        }
        EndDocument();
        if (!sawMarker && withoutMarkers == DocumentScope.Sentence)
        {
            var split = new List<NerDocument>();
            foreach (var d in docs) foreach (var s in d.Sentences) split.Add(new NerDocument([s]));
            return split;
        }
        return docs;
    }

    private static bool IsTag(string tag) =>
        tag == "O" || (tag.Length >= 3 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'L' or 'U' or 'E' or 'S');

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
