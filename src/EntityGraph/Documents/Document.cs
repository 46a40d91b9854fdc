namespace EntityGraph.Documents;

/// <summary>
/// A text and everything the pipeline found in it. The text is never changed; every layer (tokens,
/// sentences, mentions, entities, relations) is offsets into it. Instances are immutable: a stage that adds
/// a layer returns a new document sharing the others, so a document is safe to read from many threads.
/// </summary>
public sealed class Document
{
    private Document(string text, string? id, DateOnly? date, string? source,
        IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions,
        IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations)
    {
        Text = text;
        Id = id;
        Date = date;
        Source = source;
        TokenArray = tokens as Token[] ?? [.. tokens];
        Tokens = TokenArray;
        Sentences = sentences;
        Mentions = mentions;
        Entities = entities;
        Relations = relations;
    }

    /// <summary>Creates an unprocessed document.</summary>
    /// <param name="text">The text, kept exactly as given.</param>
    /// <param name="id">An optional id (file name, URL, database key).</param>
    /// <param name="date">An optional publication date.</param>
    /// <param name="source">An optional source (publisher, path).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Document Create(string text, string? id = null, DateOnly? date = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Document(text, id, date, source, [], [], [], [], []);
    }

    /// <summary>The original text, unchanged.</summary>
    public string Text { get; }

    /// <summary>An optional id.</summary>
    public string? Id { get; }

    /// <summary>An optional publication date.</summary>
    public DateOnly? Date { get; }

    /// <summary>An optional source.</summary>
    public string? Source { get; }

    /// <summary>Tokens in text order; they never overlap.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>
    /// <see cref="Tokens"/> as the array it is kept in: the relation extractors read tokens in their innermost
    /// loops, where an indexer call through the list interface for each read was a measurable share of the time.
    /// Read-only by contract.
    /// </summary>
    internal Token[] TokenArray { get; }

    /// <summary>Sentences in text order, each a contiguous token range.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The final, non-overlapping mention layer, in text order.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>Canonical entities, in order of first mention.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Relations between entities of this document.</summary>
    public IReadOnlyList<Relation> Relations { get; }

    /// <summary>The text of a token.</summary>
    public string TextOf(Token token) => Text.Substring(token.Start, token.Span.Length);

    /// <summary>The text of a span.</summary>
    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The text of a sentence, verbatim.</summary>
    public string TextOf(Sentence sentence) => TextOf(sentence.Span);

    /// <summary>A copy with the given tokens and sentences (and no later layers).</summary>
    public Document WithTokens(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences) =>
        new(Text, Id, Date, Source, tokens, sentences, [], [], []);

    /// <summary>A copy with the given mention layer (and no entities or relations).</summary>
    public Document WithMentions(IReadOnlyList<Mention> mentions) =>
        new(Text, Id, Date, Source, Tokens, Sentences, mentions, [], []);

    /// <summary>A copy with the given entities (and no relations).</summary>
    public Document WithEntities(IReadOnlyList<Entity> entities) =>
        new(Text, Id, Date, Source, Tokens, Sentences, Mentions, entities, []);

    /// <summary>A copy with the given relations.</summary>
    public Document WithRelations(IReadOnlyList<Relation> relations) =>
        new(Text, Id, Date, Source, Tokens, Sentences, Mentions, Entities, relations);

    /// <inheritdoc />
    public override string ToString() =>
        $"Document {Id ?? "(no id)"}: {Text.Length} chars, {Tokens.Count} tokens, {Sentences.Count} sentences, {Entities.Count} entities";
}
