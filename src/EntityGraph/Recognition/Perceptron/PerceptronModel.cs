using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace EntityGraph.Recognition.Perceptron;

/// <summary>
/// A trained BILOU averaged-perceptron model: name lists, transition scores and sparse quantised feature
/// weights for a first pass and, optionally, a second (stacked) pass that also sees the first pass's tags
/// across the document. Immutable and thread-safe; load once and share.
/// </summary>
/// <remarks>
/// Binary format, little-endian: magic <c>EGNERPB1</c>; int32 version (2); int32 tag count (17); int32 pass
/// count (1 or 2); float confidence temperature; the name lists: int32 phrase count P, P category bytes,
/// P + 1 int32 offsets into the UTF-8 text that follows (phrases sorted ordinally, then by category), the
/// text, then the compiled trie: int32 node count N, N uint16 category masks, int32 edge count D, D uint64
/// edge keys (ascending), D int32 child nodes; then per pass: 17×17 float transitions <c>[prev, next]</c>,
/// float scale, int32 feature count F, int32 entry count E, F uint64 keys (ascending), F bytes of entry
/// counts, E bytes of tags, E int16 values. Nothing is parsed at load: arrays are copied and two hash tables
/// built; the phrases are decoded only if <see cref="NameListEntries"/> is read.
/// </remarks>
public sealed class PerceptronModel
{
    private static readonly byte[] Magic = "EGNERPB1"u8.ToArray();
    private const int Version = 2;

    /// <summary>Name of the embedded resource holding the shipped CoNLL-2003 model.</summary>
    public const string ShippedResourceName = "EntityGraph.Resources.ner-conll.bin";

    private static readonly Lazy<PerceptronModel> ShippedModel = new(LoadShippedModel, LazyThreadSafetyMode.ExecutionAndPublication);

    internal PerceptronModel(NameGazetteer gazetteer, ModelPass first, ModelPass? second, float temperature)
    {
        Gazetteer = gazetteer;
        First = first;
        Second = second;
        Temperature = temperature;
    }

    internal NameGazetteer Gazetteer { get; }

    internal ModelPass First { get; }

    internal ModelPass? Second { get; }

    /// <summary>Softmax temperature (in score units) turning max-marginal margins into confidences.</summary>
    public float Temperature { get; }

    /// <summary>Whether the model tags twice, the second pass seeing the first pass's document-wide tags.</summary>
    public bool IsStacked => Second is not null;

    /// <summary>Stored features over all passes.</summary>
    public int FeatureCount => First.Weights.FeatureCount + (Second?.Weights.FeatureCount ?? 0);

    /// <summary>Number of phrases in the model's name lists.</summary>
    public int GazetteerPhraseCount => Gazetteer.PhraseCount;

    /// <summary>The phrases of the model's name lists, sorted, as stored in the model.</summary>
    public IReadOnlyList<GazetteerEntry> NameListEntries => Gazetteer.Entries;

    /// <summary>
    /// The model shipped inside the library, trained on CoNLL-2003 English (PER, ORG, LOC, MISC) with name
    /// lists from the PETRARCH-2 dictionaries and country data. Loaded on first use, once.
    /// </summary>
    /// <exception cref="InvalidDataException">The embedded resource is missing or corrupt.</exception>
    public static PerceptronModel Shipped => ShippedModel.Value;

    private static PerceptronModel LoadShippedModel()
    {
        using var stream = typeof(PerceptronModel).Assembly.GetManifestResourceStream(ShippedResourceName)
            ?? throw new InvalidDataException($"Embedded resource {ShippedResourceName} is missing.");
        return Load(stream, ShippedResourceName);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="stream">The stream, read to its end.</param>
    /// <param name="name">A name for error messages (file or resource name).</param>
    /// <exception cref="InvalidDataException">The data is not a model of a supported version, or is truncated or inconsistent; the message names <paramref name="name"/> and the byte offset.</exception>
    public static PerceptronModel Load(Stream stream, string name = "model")
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] data;
        if (stream.CanSeek)
        {
            data = new byte[stream.Length - stream.Position];
            stream.ReadExactly(data);
        }
        else
        {
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            data = ms.ToArray();
        }
        var r = new Reader(data, name);
        try
        {
            if (!r.Bytes(Magic.Length).SequenceEqual(Magic)) throw r.Error("not a perceptron NER model (bad magic)");
            int version = r.Int32();
            if (version != Version) throw r.Error($"unsupported version {version} (expected {Version})");
            if (r.Int32() != BilouTags.Count) throw r.Error($"tag count is not {BilouTags.Count}");
            int passes = r.Int32();
            if (passes is < 1 or > 2) throw r.Error($"pass count {passes} is not 1 or 2");
            float temperature = r.Single();
            var gazetteer = ReadGazetteer(ref r);
            var first = ReadPass(ref r);
            var second = passes == 2 ? ReadPass(ref r) : null;
            if (!r.AtEnd) throw r.Error("trailing bytes after the last pass");
            return new PerceptronModel(gazetteer, first, second, temperature);
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith(name, StringComparison.Ordinal))
        {
            throw r.Error(e.Message);
        }
    }

    private static NameGazetteer ReadGazetteer(ref Reader r)
    {
        int phrases = r.Int32();
        if (phrases < 0) throw r.Error("negative phrase count");
        var categories = r.Bytes(phrases).ToArray();
        for (int i = 0; i < phrases; i++)
            if (categories[i] >= 16) throw r.Error($"phrase {i} has category {categories[i]} (at most 15)");
        var offsets = MemoryMarshal.Cast<byte, int>(r.Bytes(checked((phrases + 1) * 4))).ToArray();
        if (offsets[0] != 0) throw r.Error("the first phrase offset is not 0");
        for (int i = 0; i < phrases; i++)
            if (offsets[i + 1] < offsets[i]) throw r.Error($"phrase {i} has a negative length");
        var text = r.Bytes(offsets[phrases]).ToArray();
        int nodes = r.Int32();
        if (nodes < 1) throw r.Error("name-list trie has no root");
        var terminal = MemoryMarshal.Cast<byte, ushort>(r.Bytes(checked(nodes * 2))).ToArray();
        int edges = r.Int32();
        if (edges < 0) throw r.Error("negative edge count");
        var keys = MemoryMarshal.Cast<byte, ulong>(r.Bytes(checked(edges * 8))).ToArray();
        var children = MemoryMarshal.Cast<byte, int>(r.Bytes(checked(edges * 4))).ToArray();
        return new NameGazetteer(keys, children, terminal, phrases, () =>
        {
            var entries = new GazetteerEntry[phrases];
            for (int i = 0; i < phrases; i++)
                entries[i] = new GazetteerEntry(Encoding.UTF8.GetString(text, offsets[i], offsets[i + 1] - offsets[i]),
                    (GazetteerCategory)categories[i]);
            return entries;
        });
    }

    private static ModelPass ReadPass(ref Reader r)
    {
        const int K = BilouTags.Count;
        var transitions = MemoryMarshal.Cast<byte, float>(r.Bytes(K * K * 4)).ToArray();
        float scale = r.Single();
        int features = r.Int32(), entries = r.Int32();
        if (features < 0 || entries < 0) throw r.Error("negative feature or entry count");
        var keys = MemoryMarshal.Cast<byte, ulong>(r.Bytes(checked(features * 8))).ToArray();
        var counts = r.Bytes(features).ToArray();
        var tags = r.Bytes(entries).ToArray();
        var values = MemoryMarshal.Cast<byte, short>(r.Bytes(checked(entries * 2))).ToArray();
        return new ModelPass(transitions, new WeightTable(keys, counts, tags, values, scale));
    }

    /// <summary>Writes the model in the binary format described in the remarks.</summary>
    /// <param name="stream">A writable stream; left open.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Model files are little-endian.");
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(BilouTags.Count);
        w.Write(Second is null ? 1 : 2);
        w.Write(Temperature);
        var entries = Gazetteer.Entries;
        w.Write(entries.Count);
        foreach (var e in entries) w.Write((byte)e.Category);
        var texts = entries.Select(e => Encoding.UTF8.GetBytes(e.Phrase)).ToArray();
        int offset = 0;
        w.Write(offset);
        foreach (var t in texts) w.Write(offset += t.Length);
        foreach (var t in texts) w.Write(t);
        w.Write(Gazetteer.Terminal.Length);
        w.Write(MemoryMarshal.AsBytes(Gazetteer.Terminal.AsSpan()));
        w.Write(Gazetteer.EdgeKeys.Length);
        w.Write(MemoryMarshal.AsBytes(Gazetteer.EdgeKeys.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(Gazetteer.EdgeChildren.AsSpan()));
        WritePass(w, First);
        if (Second is not null) WritePass(w, Second);
    }

    private static void WritePass(BinaryWriter w, ModelPass pass)
    {
        w.Write(MemoryMarshal.AsBytes(pass.Transitions.AsSpan()));
        var t = pass.Weights;
        w.Write(t.Scale);
        w.Write(t.FeatureCount);
        w.Write(t.Tags.Length);
        w.Write(MemoryMarshal.AsBytes(t.Keys.AsSpan()));
        w.Write(t.Counts);
        w.Write(t.Tags);
        w.Write(MemoryMarshal.AsBytes(t.Values.AsSpan()));
    }

    /// <summary>A bounds-checked little-endian reader that reports the offset of a problem.</summary>
    private ref struct Reader(byte[] data, string name)
    {
        private int _pos;

        public readonly bool AtEnd => _pos == data.Length;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (count < 0 || data.Length - _pos < count) throw Error($"truncated: needed {count} more bytes");
            var span = data.AsSpan(_pos, count);
            _pos += count;
            return span;
        }

        public byte Byte() => Bytes(1)[0];
        public int UInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2));
        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));
        public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Bytes(4));

        public readonly InvalidDataException Error(string what) => new($"{name}: {what} (at byte {_pos}).");
    }
}

/// <summary>One tagging pass: transition scores and feature weights.</summary>
/// <param name="Transitions">Row-major 17×17 <c>[prev, next]</c> scores, in real (unquantised) units.</param>
/// <param name="Weights">The feature weights.</param>
internal sealed record ModelPass(float[] Transitions, WeightTable Weights);
