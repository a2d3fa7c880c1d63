using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace EventExtract.Places;

/// <summary>
/// The gazetteer's spelling index precomputed at training time (Resources/Places/gazetteer-index.bin, written by
/// the build-gazetteer-index command from <see cref="GazetteerBuilder"/>): an open-addressing hash table over every
/// spelling and every word-boundary prefix of one, the entries and the cities, all in flat arrays. Loading copies
/// a few arrays instead of building ~60,000 strings, lists and records and two dictionaries (the bulk of cold start
/// before); an entry and its cities become objects the first time a lookup returns them. Immutable and thread-safe
/// (the object caches are filled with compare-exchange, so every caller sees one instance).
/// </summary>
/// <remarks>
/// Layout (little-endian, gzip): int32 magic, int32 version, int32 counts (strings, chars, cities, entries, city
/// list length, keys, slots, distinct spellings, longest key), then the arrays in this order: string starts
/// (strings + 1 int32), chars (UTF-16), city id, population (int32), latitude, longitude (float64), country, name
/// (string index), capital (byte); entry sense, kind (byte), code (string index or -1), canonical (string index),
/// sense city (city index or -1), cities start (entries + 1 int32), city list (city indices); key string, key entry
/// (entry index, or -1 for a mere prefix); slots (0 when empty, else key index + 1 in the low 20 bits and the top 12
/// bits of the key's hash above). The hash is FNV-1a over the UTF-16 code units.
/// </remarks>
internal sealed class GazetteerIndex
{
    private const int Magic = 0x5A455847; // "GXEZ"
    /// <summary>The format version written after the magic number.</summary>
    public const int Version = 1;

    // The arrays are read in place from the decompressed bytes (no copies: fewer large-object allocations, which
    // start gen-2 collections during start-up); each field is the byte offset of one array.
    private readonly byte[] _data;
    private readonly int _stringStart, _chars;
    private readonly int _cityId, _cityPopulation, _cityLatitude, _cityLongitude, _cityCountry, _cityName, _cityCapital;
    private readonly int _entrySense, _entryKind, _entryCode, _entryCanonical, _entrySenseCity, _entryCitiesStart, _cityList;
    private readonly int _keyString, _keyEntry, _slots, _slotMask;
    private readonly string?[] _strings;
    private readonly City?[] _cities;
    private readonly GazetteerEntry?[] _entries;
    // One bit per UTF-16 code unit that starts some key: a word starting with any other character (nearly every
    // lower-case word: 111 of ~35,000 keys start lower case) is turned away without touching the 0.5 MB slot table.
    private readonly ulong[] _firstChars = new ulong[65536 / 64];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private GazetteerIndex(byte[] data, Reader r)
    {
        _data = data;
        int strings = r.Int(), chars = r.Int(), cities = r.Int(), entries = r.Int(), cityListLength = r.Int(), keys = r.Int(), slots = r.Int();
        SpellingCount = r.Int();
        MaxKeyLength = r.Int();
        _stringStart = r.Skip(strings + 1, 4);
        _chars = r.Skip(chars, 2);
        _cityId = r.Skip(cities, 4);
        _cityPopulation = r.Skip(cities, 4);
        _cityLatitude = r.Skip(cities, 8);
        _cityLongitude = r.Skip(cities, 8);
        _cityCountry = r.Skip(cities, 4);
        _cityName = r.Skip(cities, 4);
        _cityCapital = r.Skip(cities, 1);
        _entrySense = r.Skip(entries, 1);
        _entryKind = r.Skip(entries, 1);
        _entryCode = r.Skip(entries, 4);
        _entryCanonical = r.Skip(entries, 4);
        _entrySenseCity = r.Skip(entries, 4);
        _entryCitiesStart = r.Skip(entries + 1, 4);
        _cityList = r.Skip(cityListLength, 4);
        _keyString = r.Skip(keys, 4);
        _keyEntry = r.Skip(keys, 4);
        _slots = r.Skip(slots, 4);
        if (!r.AtEnd || slots == 0 || (slots & (slots - 1)) != 0) throw new InvalidDataException("gazetteer index: bad layout.");
        _slotMask = slots - 1;
        _strings = new string?[strings];
        _cities = new City?[cities];
        _entries = new GazetteerEntry?[entries];
        for (int k = 0; k < keys; k++)
        {
            int start = Int(_stringStart, Int(_keyString, k));
            if (start < Int(_stringStart, Int(_keyString, k) + 1))
            {
                char first = (char)BinaryPrimitives.ReadUInt16LittleEndian(_data.AsSpan(_chars + 2 * start, 2));
                _firstChars[first >> 6] |= 1UL << first;
            }
        }
    }

    /// <summary>False when no spelling starts with <paramref name="c"/>, so no lookup of a text starting with it can succeed.</summary>
    public bool MayStartWith(char c) => (_firstChars[c >> 6] & (1UL << c)) != 0;

    private int Int(int array, int i) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(array + 4 * i, 4));

    private double Double(int array, int i) => BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(_data.AsSpan(array + 8 * i, 8)));

    /// <summary>String <paramref name="s"/> equals <paramref name="text"/>.</summary>
    private bool StringEquals(int s, ReadOnlySpan<char> text)
    {
        int start = Int(_stringStart, s), length = Int(_stringStart, s + 1) - start;
        if (length != text.Length) return false;
        var bytes = _data.AsSpan(_chars + 2 * start, 2 * length);
        if (BitConverter.IsLittleEndian) return text.SequenceEqual(MemoryMarshal.Cast<byte, char>(bytes));
        for (int k = 0; k < length; k++)
            if (BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(2 * k, 2)) != text[k]) return false;
        return true;
    }

    /// <summary>Number of distinct spellings (prefixes not counted).</summary>
    public int SpellingCount { get; }

    /// <summary>Length of the longest spelling.</summary>
    public int MaxKeyLength { get; }

    /// <summary>Reads an index from its uncompressed bytes.</summary>
    public static GazetteerIndex Read(byte[] data)
    {
        var reader = new Reader(data);
        if (reader.Int() != Magic || reader.Int() != Version) throw new InvalidDataException("gazetteer index: unknown format or version (run build-gazetteer-index).");
        return new GazetteerIndex(data, reader);
    }

    /// <summary>
    /// True when <paramref name="spelling"/> is a spelling or a word-boundary start of one; <paramref name="entry"/>
    /// is null for a mere start.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> spelling, out GazetteerEntry? entry)
    {
        uint hash = Hash(spelling);
        uint tag = hash >> SlotKeyBits;
        for (int slot = (int)(hash & (uint)_slotMask); ; slot = (slot + 1) & _slotMask)
        {
            // A slot holds key index + 1 in its low bits and the top bits of the key's hash above: most keys of
            // another spelling are told apart without comparing characters. 0 is an empty slot.
            uint value = (uint)Int(_slots, slot);
            if (value == 0) break;
            if (value >> SlotKeyBits != tag) continue;
            int key = (int)(value & SlotKeyMask) - 1;
            if (StringEquals(Int(_keyString, key), spelling))
            {
                int e = Int(_keyEntry, key);
                entry = e < 0 ? null : Entry(e);
                return true;
            }
        }
        entry = null;
        return false;
    }

    private const int SlotKeyBits = 20;
    private const uint SlotKeyMask = (1u << SlotKeyBits) - 1;

    /// <summary>FNV-1a over UTF-16 code units: fixed, so the table written at training time is valid at run time.</summary>
    public static uint Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return h;
    }

    private GazetteerEntry Entry(int e)
    {
        var known = Volatile.Read(ref _entries[e]);
        if (known is not null) return known;
        int start = Int(_entryCitiesStart, e), end = Int(_entryCitiesStart, e + 1);
        IReadOnlyList<City> cities = Array.Empty<City>();
        if (end > start)
        {
            var list = new City[end - start];
            for (int k = start; k < end; k++) list[k - start] = City(Int(_cityList, k));
            cities = list;
        }
        int code = Int(_entryCode, e), senseCity = Int(_entrySenseCity, e);
        var made = new GazetteerEntry((NameSense)_data[_entrySense + e], code < 0 ? null : String(code), String(Int(_entryCanonical, e)),
            (ActorKind)_data[_entryKind + e], senseCity < 0 ? null : City(senseCity), cities);
        return Interlocked.CompareExchange(ref _entries[e], made, null) ?? made;
    }

    private City City(int c)
    {
        var known = Volatile.Read(ref _cities[c]);
        if (known is not null) return known;
        var made = new City(Int(_cityId, c), String(Int(_cityName, c)), String(Int(_cityCountry, c)), _data[_cityCapital + c] != 0,
            Int(_cityPopulation, c), Double(_cityLatitude, c), Double(_cityLongitude, c));
        return Interlocked.CompareExchange(ref _cities[c], made, null) ?? made;
    }

    private string String(int s)
    {
        var known = Volatile.Read(ref _strings[s]);
        if (known is not null) return known;
        int start = Int(_stringStart, s), length = Int(_stringStart, s + 1) - start;
        var made = string.Create(length, (this, start), static (span, state) =>
        {
            for (int k = 0; k < span.Length; k++)
                span[k] = (char)BinaryPrimitives.ReadUInt16LittleEndian(state.Item1._data.AsSpan(state.Item1._chars + 2 * (state.start + k), 2));
        });
        return Interlocked.CompareExchange(ref _strings[s], made, null) ?? made;
    }

    /// <summary>
    /// The uncompressed index of <paramref name="entries"/> (spellings with senses) and <paramref name="cities"/>
    /// (the table order): deterministic, spellings and prefixes in ordinal order.
    /// </summary>
    public static byte[] Write(IReadOnlyDictionary<string, GazetteerEntry> entries, IReadOnlyList<City> cities)
    {
        var stringIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var stringList = new List<string>();
        int StringId(string s)
        {
            if (!stringIds.TryGetValue(s, out int id))
            {
                stringIds[s] = id = stringList.Count;
                stringList.Add(s);
            }
            return id;
        }
        var cityIds = new Dictionary<City, int>(ReferenceEqualityComparer.Instance);
        for (int c = 0; c < cities.Count; c++) cityIds.Add(cities[c], c);

        var spellings = entries.Keys.ToArray();
        Array.Sort(spellings, StringComparer.Ordinal);
        var entryIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int e = 0; e < spellings.Length; e++) entryIds[spellings[e]] = e;
        // Every word-boundary prefix of a spelling, so a scan stops as soon as no spelling can continue it.
        var keys = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var spelling in spellings)
            for (int i = 1; i < spelling.Length; i++)
                if (spelling[i - 1] != ' ' && (!char.IsLetterOrDigit(spelling[i]) || spelling[i - 1] == '.'))
                    keys.TryAdd(spelling[..i], -1);
        foreach (var spelling in spellings) keys[spelling] = entryIds[spelling];

        // Strings in a fixed order: spellings, then prefixes, then entry and city strings as first used.
        foreach (var key in keys.Keys) StringId(key);
        var body = new Writer();
        var entryCitiesStart = new List<int> { 0 };
        var cityList = new List<int>();
        var entrySense = new byte[spellings.Length];
        var entryKind = new byte[spellings.Length];
        var entryCode = new int[spellings.Length];
        var entryCanonical = new int[spellings.Length];
        var entrySenseCity = new int[spellings.Length];
        for (int e = 0; e < spellings.Length; e++)
        {
            var entry = entries[spellings[e]];
            entrySense[e] = (byte)entry.Sense;
            entryKind[e] = (byte)entry.PartyKind;
            entryCode[e] = entry.CountryCode is null ? -1 : StringId(entry.CountryCode);
            entryCanonical[e] = StringId(entry.Canonical);
            entrySenseCity[e] = entry.SenseCity is null ? -1 : cityIds[entry.SenseCity];
            foreach (var city in entry.Cities) cityList.Add(cityIds[city]);
            entryCitiesStart.Add(cityList.Count);
        }
        var cityCountry = new int[cities.Count];
        var cityName = new int[cities.Count];
        for (int c = 0; c < cities.Count; c++)
        {
            cityCountry[c] = StringId(cities[c].CountryCode);
            cityName[c] = StringId(cities[c].Name);
        }

        var keyList = keys.ToArray();
        int slots = 1;
        while (slots < keyList.Length * 2) slots <<= 1;
        if (keyList.Length >= SlotKeyMask) throw new InvalidOperationException("gazetteer index: too many keys for the slot layout.");
        var slotTable = new int[slots];
        for (int k = 0; k < keyList.Length; k++)
        {
            uint hash = Hash(keyList[k].Key);
            int slot = (int)(hash & (uint)(slots - 1));
            while (slotTable[slot] != 0) slot = (slot + 1) & (slots - 1);
            slotTable[slot] = (int)((hash >> SlotKeyBits << SlotKeyBits) | (uint)(k + 1));
        }

        var stringStart = new int[stringList.Count + 1];
        for (int s = 0; s < stringList.Count; s++) stringStart[s + 1] = stringStart[s] + stringList[s].Length;
        var chars = string.Concat(stringList).ToCharArray();

        body.Int(Magic);
        body.Int(Version);
        body.Int(stringList.Count);
        body.Int(chars.Length);
        body.Int(cities.Count);
        body.Int(spellings.Length);
        body.Int(cityList.Count);
        body.Int(keyList.Length);
        body.Int(slots);
        body.Int(entries.Count);
        body.Int(spellings.Length == 0 ? 0 : spellings.Max(s => s.Length));
        body.Ints(stringStart);
        body.Chars(chars);
        body.Ints(cities.Select(c => c.GeoNamesId).ToArray());
        body.Ints(cities.Select(c => c.Population).ToArray());
        body.Doubles(cities.Select(c => c.Latitude).ToArray());
        body.Doubles(cities.Select(c => c.Longitude).ToArray());
        body.Ints(cityCountry);
        body.Ints(cityName);
        body.Bytes(cities.Select(c => (byte)(c.IsCapital ? 1 : 0)).ToArray());
        body.Bytes(entrySense);
        body.Bytes(entryKind);
        body.Ints(entryCode);
        body.Ints(entryCanonical);
        body.Ints(entrySenseCity);
        body.Ints(entryCitiesStart.ToArray());
        body.Ints(cityList.ToArray());
        body.Ints(keyList.Select(k => stringIds[k.Key]).ToArray());
        body.Ints(keyList.Select(k => k.Value).ToArray());
        body.Ints(slotTable);
        return body.ToArray();
    }

    /// <summary>Walks the header and the array layout of the index bytes.</summary>
    private sealed class Reader(byte[] data)
    {
        private int _at;

        public bool AtEnd => _at == data.Length;

        public int Int()
        {
            int at = Skip(1, 4);
            return BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(at, 4));
        }

        /// <summary>The offset of an array of <paramref name="count"/> items of <paramref name="size"/> bytes, which is skipped.</summary>
        public int Skip(int count, int size)
        {
            long bytes = (long)count * size;
            if (count < 0 || _at + bytes > data.Length) throw new InvalidDataException("gazetteer index: truncated.");
            int at = _at;
            _at += (int)bytes;
            return at;
        }
    }

    private sealed class Writer
    {
        private readonly MemoryStream _stream = new();

        public void Int(int value)
        {
            Span<byte> b = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(b, value);
            _stream.Write(b);
        }

        public void Ints(int[] values)
        {
            foreach (int v in values) Int(v);
        }

        public void Doubles(double[] values)
        {
            Span<byte> b = stackalloc byte[8];
            foreach (double v in values)
            {
                BinaryPrimitives.WriteInt64LittleEndian(b, BitConverter.DoubleToInt64Bits(v));
                _stream.Write(b);
            }
        }

        public void Chars(char[] values)
        {
            Span<byte> b = stackalloc byte[2];
            foreach (char c in values)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(b, c);
                _stream.Write(b);
            }
        }

        public void Bytes(byte[] values) => _stream.Write(values);

        public byte[] ToArray() => _stream.ToArray();
    }
}
