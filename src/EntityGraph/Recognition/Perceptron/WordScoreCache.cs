namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// Summed weights of each word's single-word features (<see cref="FeatureExtractor.EmitWord"/>), per position
/// group, remembered for recently seen words. Word frequencies are Zipfian, so most tokens are scored with five
/// small vector additions instead of ~22 hash-table probes; the sums are integers, so results are identical
/// to scoring every feature. Direct-mapped on the word's hash (a newer word evicts an older one). Not
/// thread-safe: one per tagger.
/// </summary>
internal sealed class WordScoreCache
{
    private const int K = BilouTags.Count;
    private const int Groups = 5;
    private const int Stride = Groups * K;
    private readonly WeightTable _weights;
    private readonly ulong[] _keys;
    private readonly int[] _scores;
    private readonly int _mask;
    private readonly FeatureBuffer _scratch = new();

    /// <param name="weights">The weights the sums come from.</param>
    /// <param name="capacity">Number of words remembered; a power of two.</param>
    public WordScoreCache(WeightTable weights, int capacity = 8192)
    {
        _weights = weights;
        _keys = new ulong[capacity];
        _scores = new int[capacity * Stride];
        _mask = capacity - 1;
    }

    /// <summary>The five group sums (<see cref="WordGroup"/> order, 17 ints each) of a word.</summary>
    public ReadOnlySpan<int> Get(in WordFacts word)
    {
        // Word hash 0 would look like an empty slot; the 64-bit hash is never 0 in practice, but stay exact.
        ulong key = word.Word == 0 ? 1 : word.Word;
        int slot = (int)(key & (ulong)_mask);
        var scores = _scores.AsSpan(slot * Stride, Stride);
        if (_keys[slot] == key && word.Word != 0) return scores;
        scores.Clear();
        for (int g = 0; g < Groups; g++)
        {
            _scratch.Reset(1);
            _scratch.BeginToken();
            FeatureExtractor.EmitWord(_scratch, (WordGroup)g, in word);
            _scratch.End();
            _weights.Accumulate(_scratch.Of(0), scores.Slice(g * K, K));
        }
        _keys[slot] = word.Word == 0 ? 0 : key;
        return scores;
    }
}
