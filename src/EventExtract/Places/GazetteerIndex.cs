using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace EventExtract.Places;

/// <summary>
/// The gazetteer's spelling index precomputed at training time (Resources/Places/gazetteer-index.bin.gz, written by
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
/// (entry index, or -1 for a mere prefix); slots (key index or -1). The hash is FNV-1a over the UTF-16 code units.
/// </remarks>
internal sealed class GazetteerIndex
{
    private const int Magic = 0x5A455847; // "GXEZ"
    /// <summary>The format version written after the magic number.</summary>
    public const int Version = 1;

    private readonly int[] _stringStart;
    private readonly char[] _chars;
    private readonly int[] _cityId, _cityPopulation, _cityCountry, _cityName;
    private readonly double[] _cityLatitude, _cityLongitude;
    private readonly byte[] _cityCapital;
    private readonly byte[] _entrySense, _entryKind;
    private readonly int[] _entryCode, _entryCanonical, _entrySenseCity, _entryCitiesStart, _cityList;
    private readonly int[] _keyString, _keyEntry, _slots;
    private readonly string?[] _strings;
    private readonly City?[] _cities;
    private readonly GazetteerEntry?[] _entries;

    private GazetteerIndex(Reader r)
    {
        int strings = r.Int(), chars = r.Int(), cities = r.Int(), entries = r.Int(), cityListLength = r.Int(), keys = r.Int(), slots = r.Int();
        SpellingCount = r.Int();
        MaxKeyLength = r.Int();
        _stringStart = r.Ints(strings + 1);
        _chars = r.Chars(chars);
        _cityId = r.Ints(cities);
        _cityPopulation = r.Ints(cities);
        _cityLatitude = r.Doubles(cities);
        _cityLongitude = r.Doubles(cities);
        _cityCountry = r.Ints(cities);
        _cityName = r.Ints(cities);
        _cityCapital = r.Bytes(cities);
        _entrySense = r.Bytes(entries);
        _entryKind = r.Bytes(entries);
        _entryCode = r.Ints(entries);
        _entryCanonical = r.Ints(entries);
        _entrySenseCity = r.Ints(entries);
        _entryCitiesStart = r.Ints(entries + 1);
        _cityList = r.Ints(cityListLength);
        _keyString = r.Ints(keys);
        _keyEntry = r.Ints(keys);
        _slots = r.Ints(slots);
        if (!r.AtEnd || (slots & (slots - 1)) != 0) throw new InvalidDataException("gazetteer index: bad layout.");
        _strings = new string?[strings];
        _cities = new City?[cities];
        _entries = new GazetteerEntry?[entries];
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
        return new GazetteerIndex(reader);
    }

    /// <summary>
    /// True when <paramref name="spelling"/> is a spelling or a word-boundary start of one; <paramref name="entry"/>
    /// is null for a mere start.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> spelling, out GazetteerEntry? entry)
    {
        int mask = _slots.Length - 1;
        for (int slot = (int)(Hash(spelling) & (uint)mask); ; slot = (slot + 1) & mask)
        {
            int key = _slots[slot];
            if (key < 0) break;
            int s = _keyString[key];
            if (spelling.SequenceEqual(_chars.AsSpan(_stringStart[s], _stringStart[s + 1] - _stringStart[s])))
            {
                int e = _keyEntry[key];
                entry = e < 0 ? null : Entry(e);
                return true;
            }
        }
        entry = null;
        return false;
    }

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
        int start = _entryCitiesStart[e], end = _entryCitiesStart[e + 1];
        IReadOnlyList<City> cities = Array.Empty<City>();
        if (end > start)
        {
            var list = new City[end - start];
            for (int k = start; k < end; k++) list[k - start] = City(_cityList[k]);
            cities = list;
        }
        int code = _entryCode[e], senseCity = _entrySenseCity[e];
        var made = new GazetteerEntry((NameSense)_entrySense[e], code < 0 ? null : String(code), String(_entryCanonical[e]),
            (ActorKind)_entryKind[e], senseCity < 0 ? null : City(senseCity), cities);
        return Interlocked.CompareExchange(ref _entries[e], made, null) ?? made;
    }

    private City City(int c)
    {
        var known = Volatile.Read(ref _cities[c]);
        if (known is not null) return known;
        var made = new City(_cityId[c], String(_cityName[c]), String(_cityCountry[c]), _cityCapital[c] != 0, _cityPopulation[c], _cityLatitude[c], _cityLongitude[c]);
        return Interlocked.CompareExchange(ref _cities[c], made, null) ?? made;
    }

    private string String(int s)
    {
        var known = Volatile.Read(ref _strings[s]);
        if (known is not null) return known;
        var made = new string(_chars, _stringStart[s], _stringStart[s + 1] - _stringStart[s]);
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
        var slotTable = new int[slots];
        Array.Fill(slotTable, -1);
        for (int k = 0; k < keyList.Length; k++)
        {
            int slot = (int)(Hash(keyList[k].Key) & (uint)(slots - 1));
            while (slotTable[slot] >= 0) slot = (slot + 1) & (slots - 1);
            slotTable[slot] = k;
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

    /// <summary>Reads the little-endian arrays by block copy (byte-swapped on a big-endian machine).</summary>
    private sealed class Reader(byte[] data)
    {
        private int _at;

        public bool AtEnd => _at == data.Length;

        private ReadOnlySpan<byte> Take(int bytes)
        {
            if (bytes < 0 || _at + bytes > data.Length) throw new InvalidDataException("gazetteer index: truncated.");
            var span = data.AsSpan(_at, bytes);
            _at += bytes;
            return span;
        }

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public int[] Ints(int count)
        {
            var result = MemoryMarshal.Cast<byte, int>(Take(checked(count * 4))).ToArray();
            if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(result, result);
            return result;
        }

        public double[] Doubles(int count)
        {
            var raw = MemoryMarshal.Cast<byte, long>(Take(checked(count * 8))).ToArray();
            if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(raw, raw);
            var result = new double[count];
            MemoryMarshal.Cast<long, double>(raw).CopyTo(result);
            return result;
        }

        public char[] Chars(int count)
        {
            var raw = MemoryMarshal.Cast<byte, ushort>(Take(checked(count * 2))).ToArray();
            if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(raw, raw);
            var result = new char[count];
            MemoryMarshal.Cast<ushort, char>(raw).CopyTo(result);
            return result;
        }

        public byte[] Bytes(int count) => Take(count).ToArray();
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
