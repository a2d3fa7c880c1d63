namespace EventExtract.Tagging;

/// <summary>
/// Immutable string-keyed map that is queried with a character span without allocating. Unlike a
/// hash-only table, every hit is confirmed by comparing the stored string, so two words whose hashes
/// collide can never share an entry.
/// </summary>
internal sealed class SpanStringMap<TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly int[] _slots; // open addressing: index into _keys + 1, 0 = empty
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
        _slots = new int[size];
        _mask = size - 1;
        for (int i = 0; i < _keys.Length; i++)
        {
            int s = (int)(Hash(_keys[i]) & (uint)_mask);
            while (_slots[s] != 0) s = (s + 1) & _mask;
            _slots[s] = i + 1;
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
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        int s = (int)(Hash(key) & (uint)_mask);
        while (true)
        {
            int k = _slots[s];
            if (k == 0) break;
            if (key.SequenceEqual(_keys[k - 1].AsSpan()))
            {
                value = _values[k - 1];
                return true;
            }
            s = (s + 1) & _mask;
        }
        value = default!;
        return false;
    }

    private static uint Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return h ^ (h >> 15);
    }
}
