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
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly ulong[] _slots; // open addressing: hash << 32 | offset of the entry in _pool + 1, 0 = empty
    private readonly char[] _pool;   // per entry: length (2 chars), value (2 chars), then the key's characters
    private readonly int _mask;
    private const int Header = 4;

    /// <summary>Builds the map; later duplicates are ignored.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public SpanStringMap(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var keys = new List<string>();
        var values = new List<TValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (!seen.Add(e.Key)) continue;
            keys.Add(e.Key);
            values.Add(e.Value);
        }
        if (Unsafe.SizeOf<TValue>() > 2 * sizeof(char)) throw new NotSupportedException("Values of at most 4 bytes.");
        _keys = keys.ToArray();
        _values = values.ToArray();
        int size = 16;
        while (size < _keys.Length * 2) size <<= 1;
        _slots = new ulong[size];
        _mask = size - 1;
        long chars = 0;
        foreach (var k in _keys) chars += Header + k.Length;
        if (chars >= int.MaxValue) throw new ArgumentException("Too many characters.", nameof(entries));
        _pool = new char[chars];
        int at = 0;
        for (int i = 0; i < _keys.Length; i++)
        {
            string key = _keys[i];
            _pool[at] = (char)key.Length;
            _pool[at + 1] = (char)(key.Length >> 16);
            Unsafe.WriteUnaligned(ref Unsafe.As<char, byte>(ref _pool[at + 2]), _values[i]);
            key.CopyTo(_pool.AsSpan(at + Header));
            uint hash = Hash(key);
            int s = (int)(hash & (uint)_mask);
            while (_slots[s] != 0) s = (s + 1) & _mask;
            _slots[s] = (ulong)hash << 32 | (uint)(at + 1);
            at += Header + key.Length;
        }
    }

    private SpanStringMap(string[] keys, TValue[] values, ulong[] slots, char[] pool, int mask)
    {
        _keys = keys;
        _values = values;
        _slots = slots;
        _pool = pool;
        _mask = mask;
    }

    /// <summary>
    /// A map of the same keys to other values (<paramref name="values"/>, one per key in <see cref="Entries"/> order),
    /// built without hashing: it shares this map's keys and slots and copies its character pool.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public SpanStringMap<TOther> WithValues<TOther>(TOther[] values) where TOther : unmanaged
    {
        if (values.Length != _keys.Length) throw new ArgumentException("One value per key.", nameof(values));
        if (Unsafe.SizeOf<TOther>() > 2 * sizeof(char)) throw new NotSupportedException("Values of at most 4 bytes.");
        var pool = (char[])_pool.Clone();
        int at = 0;
        for (int i = 0; i < _keys.Length; i++)
        {
            Unsafe.WriteUnaligned(ref Unsafe.As<char, byte>(ref pool[at + 2]), 0u);
            Unsafe.WriteUnaligned(ref Unsafe.As<char, byte>(ref pool[at + 2]), values[i]);
            at += Header + _keys[i].Length;
        }
        return new SpanStringMap<TOther>(_keys, values, _slots, pool, _mask);
    }

    /// <summary>Number of entries.</summary>
    public int Count => _keys.Length;

    /// <summary>The entries in insertion order.</summary>
    public IEnumerable<KeyValuePair<string, TValue>> Entries
    {
        get
        {
            for (int i = 0; i < _keys.Length; i++) yield return new(_keys[i], _values[i]);
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
