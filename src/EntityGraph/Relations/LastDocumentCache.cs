using EntityGraph.Documents;

namespace EntityGraph.Relations;

/// <summary>
/// A value computed for the last document asked about, for a per-thread cache (<c>[ThreadStatic]</c> field): the
/// pipeline runs its relation extractors one after another on the same document, and what several of them need
/// (the actor layer, the sentence texts) is then computed once. The document is held weakly, so the cache never
/// keeps a finished document alive; the value stays until another document is asked about.
/// </summary>
internal sealed class LastDocumentCache<T> where T : class
{
    private readonly WeakReference<Document?> _document = new(null);
    private T? _value;

    /// <summary>The value kept for <paramref name="document"/>, or null if it was computed for another one.</summary>
    public T? Get(Document document) =>
        _value is not null && _document.TryGetTarget(out var known) && ReferenceEquals(known, document) ? _value : null;

    /// <summary>Keeps <paramref name="value"/> as <paramref name="document"/>'s, in place of any earlier one.</summary>
    public T Set(Document document, T value)
    {
        _document.SetTarget(document);
        _value = value;
        return value;
    }
}
