namespace EventExtract.Text;

/// <summary>
/// An immutable string-keyed table that is queried with a <see cref="ReadOnlySpan{T}"/> of chars,
/// so hot paths can look words up without allocating (net8.0 has no span lookup on dictionaries).
/// Keys compare ordinally, optionally ignoring case (invariant lower-casing).
/// </summary>
/// <typeparam name="TValue">The value stored with each key.</typeparam>
internal sealed class SpanLookup<TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;
    private readonly bool _ignoreCase;

    /// <summary>Builds the table; later duplicates of a key are ignored.</summary>
    public SpanLookup(IEnumerable<KeyValuePair<string, TValue>> entries, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var list = entries.ToList();
        int size = 16;
        while (size < list.Count * 2) size <<= 1;
        _keys = new string[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (key, value) in list)
        {
            int slot = Hash(key) & _mask;
            bool duplicate = false;
            while (_keys[slot] is not null)
            {
                if (Equal(_keys[slot], key)) { duplicate = true; break; }
                slot = (slot + 1) & _mask;
            }
            if (duplicate) continue;
            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    /// <summary>Number of slots; for diagnostics.</summary>
    public int Capacity => _keys.Length;

    /// <summary>Finds <paramref name="key"/>; returns false when absent.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        if (key.Length > 64) { value = default!; return false; }
        int slot = Hash(key) & _mask;
        while (_keys[slot] is { } k)
        {
            if (Equal(k, key)) { value = _values[slot]; return true; }
            slot = (slot + 1) & _mask;
        }
        value = default!;
        return false;
    }

    /// <summary>True when <paramref name="key"/> is present.</summary>
    public bool Contains(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    private int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s)
        {
            char x = _ignoreCase ? char.ToLowerInvariant(c) : c;
            h = (h ^ x) * 16777619;
        }
        return (int)(h & 0x7FFFFFFF);
    }

    private bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        _ignoreCase ? a.Equals(b, StringComparison.OrdinalIgnoreCase) : a.SequenceEqual(b);
}
