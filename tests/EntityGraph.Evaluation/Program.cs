using EntityGraph.Evaluation;

// Tools beside the library: `ner` scores the recognizer on a tagged corpus, `train-ner` trains the perceptron,
// `tag` tags pre-tokenised text, `events` scores relations against PLOVER gold, `relation-time` measures what
// relation extraction adds to the entity stages.
// Exit codes: 0 success, 1 bad input (file, format), 2 bad usage.
try
{
    return args.Length == 0 ? Usage() : args[0] switch
    {
        "ner" => NerCommand.Run(args[1..]),
        "train-ner" => TrainCommand.Run(args[1..]),
        "tag" => TagCommand.Run(args[1..]),
        "events" => EventsCommand.Run(args[1..]),
        "relation-time" => RelationTimeCommand.Run(args[1..]),
        "-h" or "--help" or "help" => Usage(0),
        _ => Usage(),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return Usage();
}
catch (Exception e) when (e is CorpusFormatException or FileNotFoundException or DirectoryNotFoundException
                              or InvalidDataException or FormatException or IOException
                              or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

static int Usage(int code = 2)
{
    var w = code == 0 ? Console.Out : Console.Error;
    w.WriteLine("""
        usage:
          ner FILE [--format conll2003|crossner] [--predictions OUT] [--model MODEL.bin] [--per-label person|politician]
                   [--documents file|sentence] [--repeat N]
              Tags the gold tokens of FILE and prints per-type and micro P/R/F1 (entity level, exact span and
              type), tokens/s, and, as the last line, one JSON object. -DOCSTART- lines mark documents; without
              them the whole file is one document (or each sentence, with --documents sentence). --repeat N
              first measures steady-state throughput over N rounds.
          tag FILE|- [--model MODEL.bin] [--out OUT]
              Tags pre-tokenised text (one sentence per line, tokens separated by spaces, an empty line between
              documents) and writes it back with <START:type> ... <END> marks, as OpenNLP's TokenNameFinder.
          events FILE [--repeat N] [--show]
              Scores interaction relations against PLOVER gold records (see EventsCommand), then times relation
              extraction inside the pipeline on their texts over N rounds (see relation-time).
          relation-time FILE... [--repeat N]
              The time relation extraction adds to the entity stages inside the pipeline: median over N rounds
              (default 30) that alternate the entity stages alone and the whole pipeline. FILE: a JSON array of
              records with "text", a CoNLL-2003 file (-DOCSTART- starts a document) or a text file (one document).
          train-ner --train FILE --dev FILE --out MODEL.bin [--epochs N] [--seed N] [--stack] [--folds N]
                    [--prune N] [--data DIR]
              Trains the averaged perceptron on CoNLL-2003 files (-DOCSTART- lines mark documents), choosing the
              epoch on dev; name lists come from DIR (default ../shared/data).
        """);
    return code;
}

/// <summary>A command-line mistake.</summary>
internal sealed class UsageException(string message) : Exception(message);
