namespace EventExtract.Tagging;

/// <summary>
/// Immutable string-keyed map that is queried with a character span without allocating. Unlike a
/// hash-only table, every hit is confirmed by comparing the stored string, so two words whose hashes
/// collide can never share an entry. Slots keep each key's hash beside its index, so a probe that passes
/// another key only reads the slot array, not the other key's string.
/// </summary>
internal sealed class SpanStringMap<TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly ulong[] _slots; // open addressing: hash << 32 | index into _keys + 1, 0 = empty
    private readonly int _mask;

    /// <summary>Builds the map; later duplicates are ignored.</summary>
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
        _keys = keys.ToArray();
        _values = values.ToArray();
        int size = 16;
        while (size < _keys.Length * 2) size <<= 1;
        _slots = new ulong[size];
        _mask = size - 1;
        for (int i = 0; i < _keys.Length; i++)
        {
            uint hash = Hash(_keys[i]);
            int s = (int)(hash & (uint)_mask);
            while (_slots[s] != 0) s = (s + 1) & _mask;
            _slots[s] = (ulong)hash << 32 | (uint)(i + 1);
        }
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
        while (true)
        {
            ulong slot = _slots[s];
            if (slot == 0) break;
            if ((uint)(slot >> 32) == hash)
            {
                int k = (int)(uint)slot - 1;
                if (key.SequenceEqual(_keys[k].AsSpan()))
                {
                    value = _values[k];
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
