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
    // Cheap rejections before hashing: most words the tokenizer asks about are not in these short lists.
    private readonly int _minLength;
    private readonly int _maxLength;
    // Bit (first & 31) * 32 + (last & 31) is set when some key has that first and last (folded) character.
    private readonly ulong[] _edges = new ulong[16];

    /// <summary>Builds the table; later duplicates of a key are ignored.</summary>
    public SpanLookup(IEnumerable<KeyValuePair<string, TValue>> entries, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var list = entries as IReadOnlyList<KeyValuePair<string, TValue>> ?? entries.ToList();
        int size = 16;
        while (size < list.Count * 2) size <<= 1;
        _keys = new string[size];
        _values = new TValue[size];
        _mask = size - 1;
        _minLength = int.MaxValue;
        for (int i = 0; i < list.Count; i++)
        {
            var (key, value) = list[i];
            _minLength = Math.Min(_minLength, key.Length);
            _maxLength = Math.Max(_maxLength, key.Length);
            if (key.Length > 0)
            {
                int bit = EdgeBit(key);
                _edges[bit >> 6] |= 1UL << bit;
            }
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
        if (key.Length > 64 || key.Length < _minLength || key.Length > _maxLength || (!key.IsEmpty && !MayHave(EdgeBit(key))))
        {
            value = default!;
            return false;
        }
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

    private bool MayHave(int edgeBit) => (_edges[edgeBit >> 6] & (1UL << edgeBit)) != 0;

    private int EdgeBit(ReadOnlySpan<char> key) => ((Fold(key[0]) & 31) << 5) | (Fold(key[^1]) & 31);

    /// <summary>The character as hashed: lower-cased (invariant) when ignoring case, with an ASCII fast path.</summary>
    private char Fold(char c)
    {
        if (!_ignoreCase) return c;
        if (c < 0x80) return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        return char.ToLowerInvariant(c);
    }

    private int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ Fold(c)) * 16777619;
        return (int)(h & 0x7FFFFFFF);
    }

    private bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        _ignoreCase ? a.Equals(b, StringComparison.OrdinalIgnoreCase) : a.SequenceEqual(b);
}
