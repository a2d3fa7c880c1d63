namespace EventExtract.Tagging;

/// <summary>
/// Immutable sparse multiclass linear model: for each 64-bit feature key, the non-zero class weights.
/// Stored compactly (weights as <see cref="Half"/>, keys delta-encoded) and read back in milliseconds.
/// </summary>
internal sealed class LinearModel
{
    private readonly Dictionary<ulong, int> _index; // key -> start << 5 | count
    private readonly byte[] _classes;
    private readonly float[] _weights;

    /// <summary>Creates a model from per-feature sparse rows; <paramref name="rows"/> must hold class/weight pairs.</summary>
    public LinearModel(int classCount, IReadOnlyList<(ulong Key, (byte Class, float Weight)[] Row)> rows)
    {
        if (classCount is < 1 or > 31) throw new ArgumentOutOfRangeException(nameof(classCount));
        ClassCount = classCount;
        int total = 0;
        foreach (var r in rows) total += r.Row.Length;
        _classes = new byte[total];
        _weights = new float[total];
        _index = new Dictionary<ulong, int>(rows.Count);
        int pos = 0;
        foreach (var (key, row) in rows)
        {
            _index[key] = pos << 5 | row.Length;
            foreach (var (c, w) in row)
            {
                _classes[pos] = c;
                _weights[pos] = w;
                pos++;
            }
        }
    }

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount => _index.Count;

    /// <summary>Number of stored weights.</summary>
    public int WeightCount => _weights.Length;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (which is cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        foreach (ulong f in features)
        {
            if (!_index.TryGetValue(f, out int packed)) continue;
            int start = packed >> 5, end = start + (packed & 31);
            for (int i = start; i < end; i++) scores[_classes[i]] += _weights[i];
        }
    }

    /// <summary>Writes the model: keys ascending, delta varints, Half weights.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        var keys = _index.Keys.ToArray();
        Array.Sort(keys);
        w.Write(keys.Length);
        ulong prev = 0;
        foreach (ulong k in keys)
        {
            WriteVarint(w, k - prev);
            prev = k;
            int packed = _index[k];
            int start = packed >> 5, count = packed & 31;
            w.Write((byte)count);
            for (int i = start; i < start + count; i++)
            {
                w.Write(_classes[i]);
                w.Write((Half)_weights[i]);
            }
        }
    }

    private LinearModel(int classCount, Dictionary<ulong, int> index, byte[] classes, float[] weights)
    {
        ClassCount = classCount;
        _index = index;
        _classes = classes;
        _weights = weights;
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static LinearModel Read(BinaryReader r)
    {
        int classes = r.ReadInt32();
        int n = r.ReadInt32();
        var index = new Dictionary<ulong, int>(n);
        var cls = new List<byte>(n * 3);
        var ws = new List<float>(n * 3);
        ulong prev = 0;
        for (int i = 0; i < n; i++)
        {
            prev += ReadVarint(r);
            int count = r.ReadByte();
            index[prev] = cls.Count << 5 | count;
            for (int j = 0; j < count; j++)
            {
                cls.Add(r.ReadByte());
                ws.Add((float)r.ReadHalf());
            }
        }
        return new LinearModel(classes, index, cls.ToArray(), ws.ToArray());
    }

    /// <summary>Enumerates the weights in key order (for tests and inspection).</summary>
    public IEnumerable<(ulong Key, byte Class, float Weight)> Enumerate()
    {
        var keys = _index.Keys.ToArray();
        Array.Sort(keys);
        foreach (ulong k in keys)
        {
            int packed = _index[k];
            int start = packed >> 5, count = packed & 31;
            for (int i = start; i < start + count; i++) yield return (k, _classes[i], _weights[i]);
        }
    }

    private static void WriteVarint(BinaryWriter w, ulong v)
    {
        while (v >= 0x80)
        {
            w.Write((byte)(v | 0x80));
            v >>= 7;
        }
        w.Write((byte)v);
    }

    private static ulong ReadVarint(BinaryReader r)
    {
        ulong v = 0;
        int shift = 0;
        while (true)
        {
            byte b = r.ReadByte();
            v |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return v;
            shift += 7;
            if (shift > 63) throw new InvalidDataException("Bad varint in model file.");
        }
    }
}
