using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EventExtract.Tagging;

/// <summary>
/// Immutable string-keyed map that is queried with a character span without allocating. Unlike a
/// hash-only table, every hit is confirmed by comparing the stored string, so two words whose hashes
/// collide can never share an entry. Slots keep each key's hash beside its place in a character pool, so a probe
/// that passes another key only reads the slot array; a hit reads one more place, where the pool holds the key's
/// length, value and characters together (a string array, the strings and a value array were three cache misses).
/// </summary>
internal sealed class SpanStringMap<TValue> where TValue : unmanaged
{
    private readonly ulong[] _slots; // open addressing: hash << 32 | offset of the entry in _pool + 1, 0 = empty
    private readonly char[] _pool;   // per entry, in insertion order: length (2 chars), value (2 chars), then the key's characters
    private readonly int _mask;
    private readonly int _count;
    private const int Header = 4;

    /// <summary>Builds the map; later duplicates are ignored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SpanStringMap(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        if (Unsafe.SizeOf<TValue>() > 2 * sizeof(char)) throw new NotSupportedException("Values of at most 4 bytes.");
        var list = entries as IReadOnlyList<KeyValuePair<string, TValue>> ?? new List<KeyValuePair<string, TValue>>(entries);
        long chars = 0;
        for (int i = 0; i < list.Count; i++) chars += Header + list[i].Key.Length;
        if (chars >= int.MaxValue) throw new ArgumentException("Too many characters.", nameof(entries));
        _slots = new ulong[TableSize(list.Count)];
        _mask = _slots.Length - 1;
        _pool = new char[chars];
        int used = 0;
        for (int i = 0; i < list.Count; i++)
        {
            var (key, value) = list[i];
            key.CopyTo(_pool.AsSpan(used + Header));
            if (Insert(_slots, _pool, ref used, key.Length, value)) _count++;
        }
    }

    private SpanStringMap(ulong[] slots, char[] pool, int mask, int count)
    {
        _slots = slots;
        _pool = pool;
        _mask = mask;
        _count = count;
    }

    /// <summary>Slots for <paramref name="count"/> keys: a power of two, at least twice the count.</summary>
    private static int TableSize(int count)
    {
        int size = 16;
        while (size < count * 2) size <<= 1;
        return size;
    }

    /// <summary>
    /// Adds the key whose <paramref name="length"/> characters the caller wrote at <paramref name="used"/> + Header in
    /// <paramref name="pool"/>: writes its header and takes a slot, or returns false (and leaves <paramref name="used"/>)
    /// when the key is already present.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Insert(ulong[] slots, char[] pool, ref int used, int length, TValue value)
    {
        int at = used;
        var key = new ReadOnlySpan<char>(pool, at + Header, length);
        uint hash = HashSeed; // Hash(key), inline: loading calls this for every key
        foreach (char c in key) hash = HashStep(hash, c);
        hash = HashFinish(hash);
        int mask = slots.Length - 1;
        int s = (int)(hash & (uint)mask);
        while (slots[s] != 0)
        {
            // An equal key already here: the first one stays (a hash match is confirmed on the characters).
            if ((uint)(slots[s] >> 32) == hash)
            {
                int other = (int)(uint)slots[s] - 1;
                if ((pool[other] | pool[other + 1] << 16) == length && pool.AsSpan(other + Header, length).SequenceEqual(key)) return false;
            }
            s = (s + 1) & mask;
        }
        pool[at] = (char)length;
        pool[at + 1] = (char)(length >> 16);
        Unsafe.WriteUnaligned(ref Unsafe.As<char, byte>(ref pool[at + 2]), 0u);
        Unsafe.WriteUnaligned(ref Unsafe.As<char, byte>(ref pool[at + 2]), value);
        slots[s] = (ulong)hash << 32 | (uint)(at + 1);
        used = at + Header + length;
        return true;
    }

    /// <summary>
    /// Reads a map stored as an entry count, then per entry a length-prefixed UTF-8 key (as <see cref="BinaryWriter.Write(string)"/>
    /// writes it) and a one-byte value. The keys are decoded straight into the map's character pool: no string per key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SpanStringMap<TValue> Read(BinaryReader r)
    {
        if (Unsafe.SizeOf<TValue>() != 1) throw new NotSupportedException("Stored maps have one-byte values.");
        int n = r.ReadInt32();
        if (n < 0 || n > Array.MaxLength / 4) throw new InvalidDataException("Bad map entry count.");
        var slots = new ulong[TableSize(n)];
        var pool = new char[Math.Max(16, n * (Header + 12))];
        var bytes = new byte[256];
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        int used = 0, count = 0;
        for (int i = 0; i < n; i++)
        {
            int length = r.Read7BitEncodedInt();
            if (length < 0) throw new InvalidDataException("Bad key length.");
            if (length > bytes.Length) bytes = new byte[Math.Max(length, bytes.Length * 2)];
            r.BaseStream.ReadExactly(bytes.AsSpan(0, length));
            // A key has at most as many UTF-16 characters as UTF-8 bytes.
            if ((long)used + Header + length > pool.Length)
            {
                long grown = Math.Max((long)pool.Length * 2, (long)used + Header + length);
                if (grown > Array.MaxLength) throw new InvalidDataException("Map too large.");
                Array.Resize(ref pool, (int)grown);
            }
            int chars = utf8.GetChars(bytes, 0, length, pool, used + Header);
            byte b = r.ReadByte();
            if (Insert(slots, pool, ref used, chars, Unsafe.As<byte, TValue>(ref b))) count++;
        }
        return new SpanStringMap<TValue>(slots, pool, slots.Length - 1, count);
    }

    /// <summary>
    /// A map of the same keys to other values (<paramref name="values"/>, one per key in <see cref="Entries"/> order),
    /// built without hashing: it shares this map's slots and copies its character pool.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SpanStringMap<TOther> WithValues<TOther>(TOther[] values) where TOther : unmanaged
    {
        if (values.Length != _count) throw new ArgumentException("One value per key.", nameof(values));
        if (Unsafe.SizeOf<TOther>() > 2 * sizeof(char)) throw new NotSupportedException("Values of at most 4 bytes.");
        var pool = (char[])_pool.Clone();
        int at = 0;
        for (int i = 0; i < _count; i++)
        {
            int length = pool[at] | pool[at + 1] << 16;
            Unsafe.WriteUnaligned(ref Unsafe.As<char, byte>(ref pool[at + 2]), 0u);
            Unsafe.WriteUnaligned(ref Unsafe.As<char, byte>(ref pool[at + 2]), values[i]);
            at += Header + length;
        }
        return new SpanStringMap<TOther>(_slots, pool, _mask, _count);
    }

    /// <summary>Receives a key and its value.</summary>
    public delegate void Visitor(ReadOnlySpan<char> key, TValue value);

    /// <summary>Calls <paramref name="visit"/> for each entry in insertion order (no key strings made).</summary>
    public void Visit(Visitor visit)
    {
        int at = 0;
        for (int i = 0; i < _count; i++)
        {
            int length = _pool[at] | _pool[at + 1] << 16;
            visit(_pool.AsSpan(at + Header, length), Unsafe.ReadUnaligned<TValue>(ref Unsafe.As<char, byte>(ref _pool[at + 2])));
            at += Header + length;
        }
    }

    /// <summary>The values in insertion order (no key strings made).</summary>
    public TValue[] Values()
    {
        var values = new TValue[_count];
        int at = 0;
        for (int i = 0; i < _count; i++)
        {
            values[i] = Unsafe.ReadUnaligned<TValue>(ref Unsafe.As<char, byte>(ref _pool[at + 2]));
            at += Header + (_pool[at] | _pool[at + 1] << 16);
        }
        return values;
    }

    /// <summary>A map of the same keys to their place in insertion order (0, 1, ...), built without hashing (see <see cref="WithValues"/>).</summary>
    public SpanStringMap<int> WithOrdinals()
    {
        var ordinals = new int[_count];
        for (int i = 0; i < ordinals.Length; i++) ordinals[i] = i;
        return WithValues(ordinals);
    }

    /// <summary>Number of entries.</summary>
    public int Count => _count;

    /// <summary>The entries in insertion order.</summary>
    public IEnumerable<KeyValuePair<string, TValue>> Entries
    {
        get
        {
            int at = 0;
            for (int i = 0; i < _count; i++)
            {
                int length = _pool[at] | _pool[at + 1] << 16;
                var value = Unsafe.ReadUnaligned<TValue>(ref Unsafe.As<char, byte>(ref _pool[at + 2]));
                yield return new(new string(_pool, at + Header, length), value);
                at += Header + length;
            }
        }
    }

    /// <summary>Looks up the exact characters of <paramref name="key"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) => TryGetValue(key, Hash(key), out value);

    /// <summary>Looks up <paramref name="key"/> whose <see cref="Hash"/> the caller already computed (while reading its characters for other work).</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, uint hash, out TValue value)
    {
        int s = (int)(hash & (uint)_mask);
        ulong[] slots = _slots;
        while (true)
        {
            ulong slot = slots[s];
            if (slot == 0) break;
            if ((uint)(slot >> 32) == hash)
            {
                int at = (int)(uint)slot - 1;
                ref char entry = ref _pool[at];
                if ((entry | Unsafe.Add(ref entry, 1) << 16) == key.Length
                    && MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref entry, Header), key.Length).SequenceEqual(key))
                {
                    value = Unsafe.ReadUnaligned<TValue>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref entry, 2)));
                    return true;
                }
            }
            s = (s + 1) & _mask;
        }
        value = default!;
        return false;
    }

    /// <summary>Start value of the incremental key hash (FNV-1a): <c>Finish(Step(...Step(Seed, c0)..., cn))</c> = <see cref="Hash"/>.</summary>
    public const uint HashSeed = 2166136261;

    /// <summary>Adds one character to an incremental key hash.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint h, char c) => (h ^ c) * 16777619;

    /// <summary>Finishes an incremental key hash.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint HashFinish(uint h) => h ^ (h >> 15);

    /// <summary>The hash the map uses for <paramref name="s"/>.</summary>
    public static uint Hash(ReadOnlySpan<char> s)
    {
        uint h = HashSeed;
        foreach (char c in s) h = HashStep(h, c);
        return HashFinish(h);
    }
}
