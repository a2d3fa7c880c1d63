using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using EventExtract.Text;

namespace EventExtract.Places;

/// <summary>
/// Countries, their aliases, demonyms and metonyms, curated groups and organizations, and GeoNames cities,
/// indexed by exact (case-sensitive) spelling. Immutable after construction; <see cref="Default"/> is built once, lazily.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Cities at least this populous are found in text without any other hint.</summary>
    public const int MajorCityPopulation = 1_000_000;

    private static readonly Lazy<Gazetteer> s_default = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Spellings, plus every word-boundary prefix of a spelling mapped to null, so a scan stops as soon as no
    // spelling can continue what it has read.
    private readonly Dictionary<string, GazetteerEntry?> _entries;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, GazetteerEntry?>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
#endif
    private readonly Dictionary<string, RoleClass> _roles;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, RoleClass>.AlternateLookup<ReadOnlySpan<char>> _roleLookup;
#endif
    private readonly HashSet<string> _placeCues;
    private readonly Dictionary<string, string> _countryNames;
    private readonly int _maxKeyLength;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // loops over every spelling at start-up, see ReadCities
    private Gazetteer(Dictionary<string, GazetteerEntry> entries, Dictionary<string, RoleClass> roles, HashSet<string> placeCues, Dictionary<string, string> countryNames)
    {
        Count = entries.Count;
        _entries = new Dictionary<string, GazetteerEntry?>(entries.Count * 2, StringComparer.Ordinal);
        foreach (var (k, v) in entries) _entries[k] = v;
        foreach (var k in entries.Keys)
            for (int i = 1; i < k.Length; i++)
                if (k[i - 1] != ' ' && (!char.IsLetterOrDigit(k[i]) || k[i - 1] == '.'))
                    _entries.TryAdd(k[..i], null);
        _roles = roles;
        _placeCues = placeCues;
        _countryNames = countryNames;
        _maxKeyLength = entries.Keys.Max(k => k.Length);
#if NET9_0_OR_GREATER
        _spanLookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _roleLookup = _roles.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The gazetteer built from the embedded data files.</summary>
    public static Gazetteer Default => s_default.Value;

    /// <summary>Number of distinct spellings.</summary>
    public int Count { get; }

    /// <summary>The common name of a country ("United States" for US), or null.</summary>
    public string? CountryName(string code) => _countryNames.TryGetValue(code, out var n) ? n : null;

    /// <summary>The entry for an exact spelling, or null.</summary>
    public GazetteerEntry? Find(ReadOnlySpan<char> spelling) => TryFind(spelling, out var e) ? e : null;

    /// <summary>True when <paramref name="spelling"/> is a spelling or the start of one; <paramref name="entry"/> is null for a mere start.</summary>
    private bool TryFind(ReadOnlySpan<char> spelling, out GazetteerEntry? entry)
    {
#if NET9_0_OR_GREATER
        return _spanLookup.TryGetValue(spelling, out entry);
#else
        return _entries.TryGetValue(spelling.ToString(), out entry);
#endif
    }

    /// <summary>The role classes of a word (case-insensitive).</summary>
    public RoleClass Role(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 24) return RoleClass.None;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
#if NET9_0_OR_GREATER
        return _roleLookup.TryGetValue(lower, out var r) ? r : RoleClass.None;
#else
        return _roles.TryGetValue(lower.ToString(), out var r) ? r : RoleClass.None;
#endif
    }

    /// <summary>True when the lower-cased words (one, or two joined by a space) make a following name a location.</summary>
    public bool IsPlaceCue(string lowerWords) => _placeCues.Contains(lowerWords);

    /// <summary>
    /// Appends the longest non-overlapping gazetteer spellings found in <paramref name="range"/> of <paramref name="text"/>.
    /// Matching works on characters at word boundaries, so it does not depend on how the tokenizer split "U.S." or "’s".
    /// Whitespace runs match a single space and ’ matches '.
    /// </summary>
    public void Match(string text, TextSpan range, List<GazetteerMatch> output)
    {
        Span<char> key = stackalloc char[_maxKeyLength];
        int p = range.Start;
        while (p < range.End)
        {
            if (!char.IsLetterOrDigit(text[p]) || (p > range.Start && char.IsLetterOrDigit(text[p - 1])))
            {
                p++;
                continue;
            }
            int bestEnd = -1;
            GazetteerEntry? best = null;
            int len = 0;
            for (int q = p; q < range.End; q++)
            {
                char c = text[q];
                if (char.IsWhiteSpace(c))
                {
                    if (key[len - 1] == ' ') continue;
                    c = ' ';
                }
                else if (c == '’') c = '\'';
                else if (!(char.IsLetterOrDigit(c) || c is '.' or '-' or '\'')) break;
                if (len == key.Length) break;
                key[len++] = c;
                bool boundary = c != ' ' && (q + 1 >= range.End || !char.IsLetterOrDigit(text[q + 1]) || c == '.');
                if (c == '.' && q + 1 < range.End && char.IsLetterOrDigit(text[q + 1]) && !char.IsUpper(text[q + 1])) boundary = false;
                if (!boundary) continue;
                if (!TryFind(key[..len], out var e)) break;
                if (e is not null)
                {
                    best = e;
                    bestEnd = q + 1;
                }
            }
            if (best is null)
            {
                p++;
                continue;
            }
            output.Add(new GazetteerMatch(new TextSpan(p, bestEnd), best));
            p = bestEnd;
        }
    }

    private static Gazetteer Load()
    {
        // The city table is the bulk of start-up: read from binary, grouped and sorted without LINQ
        // (per-group LINQ pipelines cost more in JIT and delegates than the work itself).
        var citiesByName = new Dictionary<string, List<City>>(40_000, StringComparer.Ordinal);
        var capitalByCountry = new Dictionary<string, City>(StringComparer.Ordinal);
        ReadCities(citiesByName, capitalByCountry);
        foreach (var list in citiesByName.Values)
            if (list.Count > 1) list.Sort(static (a, b) => a.Population != b.Population ? b.Population.CompareTo(a.Population) : a.GeoNamesId.CompareTo(b.GeoNamesId));

        // Senses by spelling; the first sense registered for a spelling wins, so register strongest senses first.
        var senses = new Dictionary<string, (NameSense Sense, string? Code, string Canonical, ActorKind Kind, City? City)>(StringComparer.Ordinal);
        void Add(string spelling, NameSense sense, string? code, string canonical, ActorKind kind = ActorKind.Country, City? city = null)
        {
            spelling = Normalize(spelling);
            if (spelling.Length > 1) senses.TryAdd(spelling, (sense, code, canonical, kind, city));
        }

        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var countries = new List<(string Code, string Name, string Official, string Capital, bool Sovereign, string[] Aliases, string[] Demonyms)>();
        foreach (var line in PlacesResources.ReadLines("countries.tsv"))
        {
            var f = line.Split('\t');
            countries.Add((f[0], f[1], f[2], f[3], f[4] == "1", Split(f[5]), Split(f[6])));
            countryNames[f[0]] = f[1];
        }
        var extras = PlacesResources.ReadLines("country-extras.tsv").Select(l => l.Split('\t')).ToList();

        foreach (var g in PlacesResources.ReadLines("groups.tsv").Select(l => l.Split('\t')))
        {
            var kind = Enum.Parse<ActorKind>(g[1]);
            string? code = g[2] == "-" ? null : g[2];
            Add(g[0], NameSense.Party, code, g[0], kind);
            foreach (var a in Split(g.Length > 3 ? g[3] : "")) Add(a, NameSense.Party, code, g[0], kind);
        }
        foreach (var c in countries) Add(c.Name, NameSense.CountryName, c.Code, c.Name);
        foreach (var x in extras.Where(x => x[1] == "alias")) Add(x[2], NameSense.CountryName, x[0], countryNames[x[0]]);
        foreach (var c in countries)
            foreach (var a in c.Aliases) Add(a, NameSense.CountryName, c.Code, c.Name);
        foreach (var x in extras.Where(x => x[1] is "metonym" or "capital"))
        {
            capitalByCountry.TryGetValue(x[0], out var capital);
            Add(x[2], NameSense.Metonym, x[0], countryNames[x[0]], city: x[1] == "capital" || (capital is not null && Normalize(capital.Name) == Normalize(x[2])) ? capital : null);
        }
        foreach (var c in countries.Where(c => c.Sovereign && c.Capital.Length > 0))
        {
            capitalByCountry.TryGetValue(c.Code, out var capital);
            Add(c.Capital, NameSense.Metonym, c.Code, c.Name, city: capital);
        }
        foreach (var x in extras.Where(x => x[1] == "demonym")) Add(x[2], NameSense.Demonym, x[0], countryNames[x[0]]);
        foreach (var c in countries)
            foreach (var d in c.Demonyms) Add(d, NameSense.Demonym, c.Code, c.Name);
        foreach (var x in extras.Where(x => x[1] == "plural")) Add(x[2], NameSense.Plural, x[0], countryNames[x[0]]);
        foreach (var c in countries)
            foreach (var d in c.Demonyms)
                if (Plural(d) is { } pl) Add(pl, NameSense.Plural, c.Code, c.Name);

        var entries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        IReadOnlyList<City> none = Array.Empty<City>();
        foreach (var (spelling, s) in senses)
            entries[spelling] = new GazetteerEntry(s.Sense, s.Code, s.Canonical, s.Kind, s.City, citiesByName.TryGetValue(spelling, out var named) ? named : none);
        // Regions: no country sense and no city, a place only after a cue.
        foreach (var r in PlacesResources.ReadLines("regions.tsv").Select(l => l.Split('\t')))
            entries.TryAdd(Normalize(r[0]), new GazetteerEntry(NameSense.None, r[1] == "-" ? null : r[1], r[0], ActorKind.Other, null, none));
        foreach (var (name, list) in citiesByName)
            if (!entries.ContainsKey(name) && name.Length > 1)
                entries[name] = new GazetteerEntry(NameSense.None, null, list[0].Name, ActorKind.Other, null, list);

        var roles = new Dictionary<string, RoleClass>(StringComparer.Ordinal);
        foreach (var r in PlacesResources.ReadLines("roles.tsv").Select(l => l.Split('\t')))
            roles[r[0]] = roles.GetValueOrDefault(r[0]) | Enum.Parse<RoleClass>(r[1], ignoreCase: true);
        var cues = PlacesResources.ReadLines("place-cues.tsv").Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        return new Gazetteer(entries, roles, cues, countryNames);
    }

    /// <summary>
    /// Reads the city table into spellings and capitals. Compiled fully optimized at once: the loop runs 24,000 times
    /// during start-up, before tiered compilation would promote it, and unoptimized code made it several times slower.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadCities(Dictionary<string, List<City>> citiesByName, Dictionary<string, City> capitalByCountry)
    {
        // cities.bin.gz is the GeoNames table in binary form (written by build-gazetteer, format in CityTableFormat):
        // no text parsing at start-up, only the names are decoded.
        byte[] table = PlacesResources.ReadBytes("cities.bin.gz");
        int at = 0;
        if (ReadInt32(table, ref at) != CityTableFormat.Version) throw new InvalidDataException("cities.bin.gz: unknown format version.");
        var countryCodes = new string[ReadInt32(table, ref at)];
        for (int k = 0; k < countryCodes.Length; k++) countryCodes[k] = ReadString(table, ref at);
        int cityCount = ReadInt32(table, ref at);
        for (int k = 0; k < cityCount; k++)
        {
            int id = ReadInt32(table, ref at);
            int population = ReadInt32(table, ref at);
            double lat = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(table.AsSpan(at)));
            double lon = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(table.AsSpan(at + 8)));
            at += 16;
            string country = countryCodes[BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(at))];
            bool capital = table[at + 2] != 0;
            at += 3;
            string name = ReadString(table, ref at);
            string ascii = ReadString(table, ref at);
            var city = new City(id, name, country, capital, population, lat, lon);
            AddCitySpelling(citiesByName, Normalize(name), city);
            if (ascii.Length > 0) AddCitySpelling(citiesByName, Normalize(ascii), city); // "Kandahar" for "Kandahār"
            // The most populous capital of a country; the first listed on a tie.
            if (capital && (!capitalByCountry.TryGetValue(country, out var known) || population > known.Population))
                capitalByCountry[country] = city;
        }
    }

    private static void AddCitySpelling(Dictionary<string, List<City>> citiesByName, string spelling, City city)
    {
        if (!citiesByName.TryGetValue(spelling, out var list)) citiesByName[spelling] = list = new List<City>(1);
        if (!list.Contains(city)) list.Add(city);
    }

    private static int ReadInt32(byte[] data, ref int at)
    {
        int value = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(at));
        at += 4;
        return value;
    }

    /// <summary>A UTF-8 string prefixed by its byte length (16 bits).</summary>
    private static string ReadString(byte[] data, ref int at)
    {
        int length = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(at));
        at += 2;
        string value = length == 0 ? "" : Encoding.UTF8.GetString(data, at, length);
        at += length;
        return value;
    }

    private static string[] Split(string field) => field.Length == 0 ? Array.Empty<string>() : field.Split('|');

    /// <summary>Spellings are stored as matched: single spaces, straight apostrophes.</summary>
    private static string Normalize(string s) =>
        s.Length > 0 && s[0] != ' ' && s[^1] != ' ' && !s.Contains("  ", StringComparison.Ordinal) && !s.Contains('’')
            ? s // already normal: most names, and no new string
            : string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'');

    /// <summary>"Afghan" → "Afghans", "Pakistani" → "Pakistanis"; none for "Chinese", "British", "Swiss", "French".</summary>
    private static string? Plural(string demonym) =>
        demonym.EndsWith("ese", StringComparison.Ordinal) || demonym.EndsWith("sh", StringComparison.Ordinal)
        || demonym.EndsWith("ch", StringComparison.Ordinal) || demonym.EndsWith('s') || demonym.Contains(' ')
            ? null
            : demonym + "s";
}
