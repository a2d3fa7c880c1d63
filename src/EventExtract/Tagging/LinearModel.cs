using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EventExtract.Tagging;

/// <summary>
/// Immutable sparse multiclass linear model: for each 64-bit feature key, the non-zero class weights.
/// Lookup is a flat open-addressing table (power-of-two size, linear probing, load ≤ 1/2) of 8-byte slots:
/// the key's low bits pick the home slot and its high 32 bits are stored to confirm a hit (so keys are
/// effectively 50+ bits: a false hit needs an unseen feature to match both, about once per billions of
/// lookups, and only adds one small weight). Rows with a single weight live in the slot itself; rows of two or
/// three weights are (class, weight) pairs in a side array; longer rows, which are the features looked up most
/// (bias, tag and label context: ten or more weights per hit on average), are dense, one float per class padded
/// to a SIMD width, and are added with vector instructions. Weights are rounded through <see cref="Half"/>, so a
/// float's 13 low bits are zero and a pair packs the class id into the low 5 bits.
/// </summary>
internal sealed class LinearModel
{
    private const uint ClassMask = 31;
    private const uint Inline = 1u << 31;

    // Rows of at least this many weights are stored dense: measured on the benchmark corpus, 4 scores the
    // tagger's and recognizer's features in half the time of all-sparse rows (2 and 3 were no faster, and take
    // more memory; 6 and up left too many weights on the scalar path).
    private const int DenseMinWeights = 4;
    private const int DenseWidth = 8; // floats per Vector256

    private readonly float[] _dense;  // rows of Stride floats; row 0 unused (so that a slot's Row is never 0)
    private readonly int _stride;

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly uint[] _weights; // float bits | class id, rows of more than one weight
    private readonly ulong[] _keys;   // in table order (see Canonical), for writing and enumeration
    private readonly byte[] _counts;  // weights per key, in key order
    private readonly uint[] _packed;  // all weights in key order

    // 8 bytes: two slots per 16 bytes keeps the table small enough to stay mostly in cache.
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Check; // high half of the key (the low bits chose the home slot); 0 with Row 0 = empty
        public uint Row;   // Inline | weight bits 31..13 << 5 | class, start << 5 | count in _weights, or dense row << 5 (count 0); 0 = empty
    }

    /// <summary>Creates a model from per-feature sparse rows (keys distinct); <paramref name="rows"/> hold class/weight pairs.</summary>
    public LinearModel(int classCount, IReadOnlyList<(ulong Key, (byte Class, float Weight)[] Row)> rows)
        : this(classCount, Canonical(rows.Select(r => (r.Key, r.Row.Select(p => Pack(p.Class, p.Weight)).ToArray())).ToList()))
    {
    }

    private LinearModel(int classCount, (ulong[] Keys, byte[] Counts, uint[] Packed) rows)
        : this(classCount, rows.Keys, rows.Counts, rows.Packed)
    {
    }

    /// <summary>
    /// Orders rows by home slot, then key: the order in which the table is filled and the file is written, so
    /// that loading fills the table front to back (sequential memory access) and needs no sorting.
    /// </summary>
    private static (ulong[] Keys, byte[] Counts, uint[] Packed) Canonical(List<(ulong Key, uint[] Row)> rows)
    {
        int mask = TableSize(rows.Count) - 1;
        rows.Sort((a, b) =>
        {
            int c = ((int)Remap(a.Key) & mask).CompareTo((int)Remap(b.Key) & mask);
            return c != 0 ? c : a.Key.CompareTo(b.Key);
        });
        var keys = new ulong[rows.Count];
        var counts = new byte[rows.Count];
        var packed = new List<uint>(rows.Count * 2);
        for (int i = 0; i < rows.Count; i++)
        {
            var (key, row) = rows[i];
            if (row.Length is < 1 or > 31) throw new ArgumentException("A row must hold 1 to 31 weights.", nameof(rows));
            keys[i] = key;
            counts[i] = (byte)row.Length;
            packed.AddRange(row);
        }
        return (keys, counts, packed.ToArray());
    }

    private static int TableSize(int keys)
    {
        int size = 16;
        while (size < keys * 2) size <<= 1;
        return size;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private LinearModel(int classCount, ulong[] keys, byte[] counts, uint[] packed)
    {
        if (classCount is < 1 or > 31) throw new ArgumentOutOfRangeException(nameof(classCount));
        ClassCount = classCount;
        _keys = keys;
        _counts = counts;
        _packed = packed;
        _stride = (classCount + DenseWidth - 1) / DenseWidth * DenseWidth;
        int size = TableSize(keys.Length);
        _slots = new Slot[size];
        _mask = size - 1;
        int sparse = 0, dense = 1;
        foreach (byte c in counts)
        {
            if (c >= DenseMinWeights) dense++;
            else if (c > 1) sparse += c;
        }
        _weights = new uint[sparse + 2]; // two more: the scorer reads three weights from any start
        _dense = new float[(long)dense * _stride <= Array.MaxLength ? dense * _stride : throw new InvalidDataException("Model too large.")];
        int at = 0, next = 0, nextDense = 1, lastHome = -1;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = Remap(keys[i]);
            int count = counts[i];
            int s = (int)key & _mask;
            if (s < lastHome || (s == lastHome && keys[i] <= keys[i - 1])) throw new InvalidDataException("Model rows out of order.");
            lastHome = s;
            while (_slots[s].Row != 0) s = (s + 1) & _mask;
            _slots[s].Check = (uint)(key >> 32);
            if (count == 1)
            {
                _slots[s].Row = Inline | (packed[at] >> 13) << 5 | (packed[at] & ClassMask);
            }
            else if (count >= DenseMinWeights)
            {
                // Count 0 marks a dense row.
                if (nextDense >= 1 << 26) throw new InvalidDataException("Model too large.");
                _slots[s].Row = (uint)nextDense << 5;
                var row = _dense.AsSpan(nextDense * _stride, _stride);
                foreach (uint p in packed.AsSpan(at, count))
                {
                    if (row[(int)(p & ClassMask)] != 0) throw new InvalidDataException("Model row repeats a class.");
                    row[(int)(p & ClassMask)] = BitConverter.UInt32BitsToSingle(p & ~ClassMask);
                }
                nextDense++;
            }
            else
            {
                if (next >= 1 << 26) throw new InvalidDataException("Model too large.");
                _slots[s].Row = (uint)(next << 5 | count);
                packed.AsSpan(at, count).CopyTo(_weights.AsSpan(next));
                next += count;
            }
            at += count;
        }
    }

    /// <summary>A copy without the weights of magnitude below <paramref name="minWeight"/> (features left with none are dropped).</summary>
    public LinearModel Pruned(float minWeight)
    {
        var rows = new List<(ulong Key, uint[] Row)>(_keys.Length);
        int at = 0;
        for (int i = 0; i < _keys.Length; i++)
        {
            var row = _packed.AsSpan(at, _counts[i]).ToArray().Where(p => Math.Abs(BitConverter.UInt32BitsToSingle(p & ~ClassMask)) >= minWeight).ToArray();
            if (row.Length > 0) rows.Add((_keys[i], row));
            at += _counts[i];
        }
        return new LinearModel(ClassCount, Canonical(rows));
    }

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Number of stored weights.</summary>
    public int WeightCount => _packed.Length;

    /// <summary>
    /// Writes into <paramref name="scores"/> (at least <see cref="ClassCount"/> long) the sum of the weights of
    /// <paramref name="features"/>. Each class's weights are added in feature order whatever the row layout (a dense
    /// row adds exact zeros for its absent classes), so the sums are the same floats as a plain sequential sum.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => ScoreFrom(default, features, scores[..ClassCount]);

    /// <summary>Number of floats of a partial sum (<see cref="ScorePartial"/>): the class count padded to whole vectors.</summary>
    public int PartialLength => _stride;

    /// <summary>
    /// Writes into <paramref name="partial"/> (<see cref="PartialLength"/> long) the sums of <paramref name="features"/>
    /// as <see cref="Score(ReadOnlySpan{ulong}, Span{float})"/> holds them after its last addition (the padding lanes hold +0).
    /// <see cref="Score(ReadOnlySpan{float}, ReadOnlySpan{ulong}, Span{float})"/> can then go on from them.
    /// </summary>
    public void ScorePartial(ReadOnlySpan<ulong> features, Span<float> partial)
    {
        if (partial.Length != _stride) throw new ArgumentException("A partial sum is PartialLength floats.", nameof(partial));
        ScoreFrom(default, features, partial);
    }

    /// <summary>
    /// <see cref="Score(ReadOnlySpan{ulong}, Span{float})"/> of the features whose partial sums <paramref name="start"/>
    /// holds (from <see cref="ScorePartial"/>) followed by <paramref name="features"/>: the additions go on from those sums
    /// in the same order, so the scores are the same floats as scoring all the features in one call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<float> start, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (start.Length != _stride) throw new ArgumentException("A partial sum is PartialLength floats.", nameof(start));
        ScoreFrom(start, features, scores[..ClassCount]);
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="partial"/> (empty: zeros) into <paramref name="scores"/>, in registers where the machine has 256-bit vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ScoreFrom(ReadOnlySpan<float> partial, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (Vector256.IsHardwareAccelerated) ScoreInRegisters(partial, features, scores);
        else ScoreInMemory(partial, features, scores);
    }

    /// <summary>
    /// <see cref="Score(ReadOnlySpan{ulong}, Span{float})"/> with the sums held in four 8-float vector registers (up to 32 classes): in memory, every
    /// dense row's read-modify-write waited for the previous row's store, and a vector read after a scalar (sparse)
    /// add could not take the stored value from the store buffer. A sparse weight is added to its class's lane and
    /// +0 to every other lane, which leaves those sums unchanged (they start at +0, so none is ever -0), so the sums
    /// are the same floats as <see cref="ScoreInMemory"/>'s.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void ScoreInRegisters(ReadOnlySpan<float> partial, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int stride = _stride;
        ref Slot slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref uint weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref float dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        int mask = _mask;
        // Two passes: first touch every feature's home slot (independent loads, so the cache misses overlap),
        // then look each feature up, by then mostly from the cache.
        bool anyHome = TouchHomeSlots(features, ref slots, mask);
        Vector256<float> s0 = default, s1 = default, s2 = default, s3 = default;
        if (!partial.IsEmpty)
        {
            // A partial sum is _stride floats (a multiple of 8); the lanes past it stay +0, as they would in a full sum.
            ref float st = ref MemoryMarshal.GetReference(partial);
            s0 = Vector256.LoadUnsafe(ref st);
            if (stride > 8)
            {
                s1 = Vector256.LoadUnsafe(ref st, 8);
                if (stride > 16)
                {
                    s2 = Vector256.LoadUnsafe(ref st, 16);
                    if (stride > 24) s3 = Vector256.LoadUnsafe(ref st, 24);
                }
            }
        }
        // Lane numbers of the four sums, to pick a sparse weight's lane by comparison.
        Vector256<int> lanes0 = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7), lanes1 = lanes0 + Vector256.Create(8), lanes2 = lanes0 + Vector256.Create(16), lanes3 = lanes0 + Vector256.Create(24);
        for (int k = anyHome ? 0 : features.Length; k < features.Length; k++)
        {
            ulong f = Remap(features[k]);
            uint check = (uint)(f >> 32);
            int s = (int)f & mask;
            Slot slot = Unsafe.Add(ref slots, s);
            while (true)
            {
                if (slot.Row == 0) break;
                if (slot.Check == check)
                {
                    uint row = slot.Row;
                    if ((row & (Inline | ClassMask)) == 0)
                    {
                        ref float d = ref Unsafe.Add(ref dense, (int)(row >> 5) * stride);
                        s0 += Vector256.LoadUnsafe(ref d);
                        if (stride > 8)
                        {
                            s1 += Vector256.LoadUnsafe(ref d, 8);
                            if (stride > 16)
                            {
                                s2 += Vector256.LoadUnsafe(ref d, 16);
                                if (stride > 24) s3 += Vector256.LoadUnsafe(ref d, 24);
                            }
                        }
                    }
                    else
                    {
                        // One to three weights, without branching on which: an inline row's weight, else a sparse row's
                        // first two (it has two or three) and its third; the weights not in the row are +0 (class 0).
                        uint inline = AllIf((row & Inline) != 0);
                        int start = (int)(row >> 5 & ~inline);
                        uint p0 = ((row & ~Inline) >> 5 << 13 | (row & ClassMask)) & inline | Unsafe.Add(ref weights, start) & ~inline;
                        uint p1 = Unsafe.Add(ref weights, start + 1) & ~inline;
                        uint p2 = Unsafe.Add(ref weights, start + 2) & ~inline & AllIf((row & ClassMask) == 3);
                        AddOnLanes(p0, ref s0, ref s1, ref s2, ref s3, lanes0, lanes1, lanes2, lanes3);
                        AddOnLanes(p1, ref s0, ref s1, ref s2, ref s3, lanes0, lanes1, lanes2, lanes3);
                        AddOnLanes(p2, ref s0, ref s1, ref s2, ref s3, lanes0, lanes1, lanes2, lanes3);
                    }
                    break;
                }
                s = (s + 1) & mask;
                slot = Unsafe.Add(ref slots, s);
            }
        }
        Span<float> sums = stackalloc float[32];
        s0.StoreUnsafe(ref MemoryMarshal.GetReference(sums));
        s1.StoreUnsafe(ref MemoryMarshal.GetReference(sums), 8);
        s2.StoreUnsafe(ref MemoryMarshal.GetReference(sums), 16);
        s3.StoreUnsafe(ref MemoryMarshal.GetReference(sums), 24);
        sums[..scores.Length].CopyTo(scores);
    }

    /// <summary>
    /// The first pass of both scorers: reads the home slot of every feature before any is used, so that their cache
    /// misses overlap (the second pass reads them again, from the cache). Copying them out instead needed a scratch
    /// buffer, zeroed on every call. Returns false when every home slot is empty: then no feature has a weight.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TouchHomeSlots(ReadOnlySpan<ulong> features, ref Slot slots, int mask)
    {
        uint rows = 0;
        for (int k = 0; k < features.Length; k++) rows |= Unsafe.Add(ref slots, (int)Remap(features[k]) & mask).Row;
        return rows != 0;
    }

    /// <summary>All bits set when <paramref name="condition"/> holds, else none (a mask: no branch).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AllIf(bool condition) => 0u - (condition ? 1u : 0u);

    /// <summary>Adds the packed weight <paramref name="p"/> (weight bits | class) to its class's lane, +0 to the others.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddOnLanes(uint p, ref Vector256<float> s0, ref Vector256<float> s1, ref Vector256<float> s2, ref Vector256<float> s3,
        Vector256<int> lanes0, Vector256<int> lanes1, Vector256<int> lanes2, Vector256<int> lanes3)
    {
        var w = Vector256.Create(BitConverter.UInt32BitsToSingle(p & ~ClassMask));
        var c = Vector256.Create((int)(p & ClassMask));
        s0 += OnLane(w, lanes0, c);
        s1 += OnLane(w, lanes1, c);
        s2 += OnLane(w, lanes2, c);
        s3 += OnLane(w, lanes3, c);
    }

    /// <summary><paramref name="weight"/> (broadcast) in the lane of <paramref name="lanes"/> that equals <paramref name="cls"/>, +0 in the others.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> OnLane(Vector256<float> weight, Vector256<int> lanes, Vector256<int> cls) => weight & Vector256.Equals(lanes, cls).AsSingle();

    /// <summary><see cref="Score(ReadOnlySpan{ulong}, Span{float})"/> with the sums in memory (no 256-bit vectors on this machine).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void ScoreInMemory(ReadOnlySpan<float> partial, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // One accumulator for every layout (padded to whole vectors), in memory: dense rows add into it with vector
        // read-modify-writes, sparse ones with scalar adds, so per class the additions stay in feature order.
        // (stackalloc is zeroed: fixed sizes, so that the zeroing is a few vector stores rather than a loop.)
        Span<float> sums = stackalloc float[32];
        int stride = _stride;
        ref Slot slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref float sc = ref MemoryMarshal.GetReference(sums);
        ref uint weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref float dense = ref MemoryMarshal.GetArrayDataReference(_dense);
        partial.CopyTo(sums);
        int mask = _mask;
        // Two passes, as in ScoreInRegisters.
        bool anyHome = TouchHomeSlots(features, ref slots, mask);
        for (int k = anyHome ? 0 : features.Length; k < features.Length; k++)
        {
            ulong f = Remap(features[k]);
            uint check = (uint)(f >> 32);
            int s = (int)f & mask;
            Slot slot = Unsafe.Add(ref slots, s);
            while (true)
            {
                if (slot.Row == 0) break;
                if (slot.Check == check)
                {
                    uint row = slot.Row;
                    if ((row & Inline) != 0)
                    {
                        Unsafe.Add(ref sc, (int)(row & ClassMask)) += BitConverter.UInt32BitsToSingle((row & ~Inline) >> 5 << 13);
                    }
                    else if ((row & ClassMask) == 0)
                    {
                        ref float d = ref Unsafe.Add(ref dense, (int)(row >> 5) * stride);
                        for (int j = 0; j < stride; j += 4)
                            (Vector128.LoadUnsafe(ref sc, (nuint)j) + Vector128.LoadUnsafe(ref d, (nuint)j)).StoreUnsafe(ref sc, (nuint)j);
                    }
                    else
                    {
                        int start = (int)(row >> 5), end = start + (int)(row & ClassMask);
                        for (int i = start; i < end; i++)
                        {
                            uint p = Unsafe.Add(ref weights, i);
                            Unsafe.Add(ref sc, (int)(p & ClassMask)) += BitConverter.UInt32BitsToSingle(p & ~ClassMask);
                        }
                    }
                    break;
                }
                s = (s + 1) & mask;
                slot = Unsafe.Add(ref slots, s);
            }
        }
        for (int c = 0; c < scores.Length; c++) scores[c] = sums[c];
    }

    /// <summary>Writes the model: key count, raw keys in table order, per-key weight counts, then (class, Half weight) pairs.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(_keys.Length);
        w.Write(_packed.Length);
        w.Write(MemoryMarshal.AsBytes(_keys.AsSpan()));
        w.Write(_counts);
        var classes = new byte[_packed.Length];
        var halves = new Half[_packed.Length];
        for (int i = 0; i < _packed.Length; i++)
        {
            classes[i] = (byte)(_packed[i] & ClassMask);
            halves[i] = (Half)BitConverter.UInt32BitsToSingle(_packed[i] & ~ClassMask);
        }
        w.Write(classes);
        w.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
    }

    /// <summary>Reads a model written by <see cref="Write"/> (bulk array reads, no per-entry parsing).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static LinearModel Read(BinaryReader r)
    {
        int classCount = r.ReadInt32();
        int n = r.ReadInt32();
        int m = r.ReadInt32();
        if (n < 0 || m < n || m > 31L * n) throw new InvalidDataException("Bad model header.");
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Tagging models are little-endian.");
        // Every array below is overwritten in full, so none needs zeroing first (megabytes at cold start).
        var keys = GC.AllocateUninitializedArray<ulong>(n);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var counts = GC.AllocateUninitializedArray<byte>(n);
        r.BaseStream.ReadExactly(counts);
        var classes = GC.AllocateUninitializedArray<byte>(m);
        r.BaseStream.ReadExactly(classes);
        var halves = GC.AllocateUninitializedArray<Half>(m);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
        long total = 0;
        for (int i = 0; i < n; i++)
        {
            if (counts[i] is < 1 or > 31) throw new InvalidDataException("Bad model rows.");
            total += counts[i];
        }
        if (total != m) throw new InvalidDataException("Bad model row counts.");
        var packed = GC.AllocateUninitializedArray<uint>(m);
        for (int i = 0; i < m; i++)
        {
            if (classes[i] >= classCount) throw new InvalidDataException("Bad class id in model.");
            packed[i] = Pack(classes[i], (float)halves[i]);
        }
        return new LinearModel(classCount, keys, counts, packed);
    }

    /// <summary>Enumerates the weights in table order (for tests and inspection).</summary>
    public IEnumerable<(ulong Key, byte Class, float Weight)> Enumerate()
    {
        int at = 0;
        for (int i = 0; i < _keys.Length; i++)
            for (int j = 0; j < _counts[i]; j++, at++)
                yield return (_keys[i], (byte)(_packed[at] & ClassMask), BitConverter.UInt32BitsToSingle(_packed[at] & ~ClassMask));
    }

    private static uint Pack(byte cls, float weight)
    {
        // Round through Half: its 10-bit mantissa leaves the float's 13 low bits zero, room for the class id.
        float h = (float)(Half)weight;
        return BitConverter.SingleToUInt32Bits(h) | cls;
    }

    // Key 0 would be indistinguishable from nothing only in theory; keep the table exact anyway.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Remap(ulong key) => key == 0 ? 0x9E3779B97F4A7C15UL : key;
}
