using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace EventExtract.Places;

/// <summary>
/// Builds the gazetteer's spellings and their senses from the Places data files (countries.tsv, country-extras.tsv,
/// groups.tsv, regions.tsv, city-names.tsv, cities.bin.gz). Run by the build-gazetteer-index training command, which stores the
/// result as the precomputed index gazetteer-index.bin (read at start-up by <see cref="GazetteerIndex"/>), and by
/// the tests that check the committed index is up to date.
/// </summary>
internal static class GazetteerBuilder
{
    /// <summary>The spellings with their senses, and every city of the table in table order.</summary>
    /// <param name="open">Opens a Places data file by name (embedded resource or source file).</param>
    public static (Dictionary<string, GazetteerEntry> Entries, List<City> Cities) Build(Func<string, Stream> open)
    {
        var citiesByName = new Dictionary<string, List<City>>(40_000, StringComparer.Ordinal);
        var capitalByCountry = new Dictionary<string, City>(StringComparer.Ordinal);
        var allCities = new List<City>(25_000);
        ReadCities(PlacesResources.ReadBytes(open("cities.bin.gz"), "cities.bin.gz"), citiesByName, capitalByCountry, allCities);
        // English and former names ("Geneva" for Genève, "Bombay" for Mumbai), by GeoNames id.
        var byId = allCities.ToDictionary(c => c.GeoNamesId);
        foreach (var r in PlacesResources.ReadLines(open("city-names.tsv"), "city-names.tsv").Select(l => l.Split('\t')))
            AddCitySpelling(citiesByName, Normalize(r[0]), byId.TryGetValue(int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), out var named)
                ? named : throw new InvalidDataException($"city-names.tsv: no city with GeoNames id {r[1]}."));
        foreach (var list in citiesByName.Values)
            if (list.Count > 1) list.Sort(static (a, b) => a.Population != b.Population ? b.Population.CompareTo(a.Population) : a.GeoNamesId.CompareTo(b.GeoNamesId));

        // Senses by spelling; the first sense registered for a spelling wins, so register strongest senses first.
        var senses = new Dictionary<string, (NameSense Sense, string? Code, string Canonical, ActorKind Kind, City? City)>(StringComparer.Ordinal);
        void Add(string spelling, NameSense sense, string? code, string canonical, ActorKind kind = ActorKind.Country, City? city = null)
        {
            spelling = Normalize(spelling);
            if (spelling.Length > 1) senses.TryAdd(spelling, (sense, code, canonical, kind, city));
        }
        IEnumerable<string> Lines(string file) => PlacesResources.ReadLines(open(file), file);

        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var countries = new List<(string Code, string Name, string Official, string Capital, bool Sovereign, string[] Aliases, string[] Demonyms)>();
        foreach (var line in Lines("countries.tsv"))
        {
            var f = line.Split('\t');
            countries.Add((f[0], f[1], f[2], f[3], f[4] == "1", Split(f[5]), Split(f[6])));
            countryNames[f[0]] = f[1];
        }
        var extras = Lines("country-extras.tsv").Select(l => l.Split('\t')).ToList();

        foreach (var g in Lines("groups.tsv").Select(l => l.Split('\t')))
        {
            var kind = Enum.Parse<ActorKind>(g[1]);
            string? code = g[2] == "-" ? null : g[2];
            Add(g[0], NameSense.Party, code, g[0], kind);
            foreach (var a in Split(g.Length > 3 ? g[3] : "")) Add(a, NameSense.Party, code, g[0], kind);
        }
        foreach (var c in countries) Add(c.Name, NameSense.CountryName, c.Code, c.Name);
        foreach (var x in extras.Where(x => x[1] == "alias")) Add(x[2], NameSense.CountryName, x[0], countryNames[x[0]]);
        // ("the Thai capital": a curated demonym row overrides a derived alias of the same spelling, which would make the
        // adjective a country name and so a place.)
        var curatedDemonyms = extras.Where(x => x[1] == "demonym").Select(x => (x[0], x[2])).ToHashSet();
        foreach (var c in countries)
            foreach (var a in c.Aliases)
                if (!curatedDemonyms.Contains((c.Code, a))) Add(a, NameSense.CountryName, c.Code, c.Name);
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
        foreach (var r in Lines("regions.tsv").Select(l => l.Split('\t')))
            entries.TryAdd(Normalize(r[0]), new GazetteerEntry(NameSense.None, r[1] == "-" ? null : r[1], r[0], ActorKind.Other, null, none));
        foreach (var (name, list) in citiesByName)
            if (!entries.ContainsKey(name) && name.Length > 1)
                entries[name] = new GazetteerEntry(NameSense.None, null, list[0].Name, ActorKind.Other, null, list);
        return (entries, allCities);
    }

    /// <summary>Reads the city table into spellings and capitals (format in <see cref="CityTableFormat"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadCities(byte[] table, Dictionary<string, List<City>> citiesByName, Dictionary<string, City> capitalByCountry, List<City> allCities)
    {
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
            allCities.Add(city);
            AddCitySpelling(citiesByName, Normalize(name), city);
            if (ascii.Length > 0) AddCitySpelling(citiesByName, Normalize(ascii), city); // "Kandahar" for "Kandahār"
            // English writes a Danish or Norwegian "å" as "aa" as often as "a": "Aarhus" and "Aalborg" for "Århus", "Ålborg".
            if (name.Contains('å') || name.Contains('Å')) AddCitySpelling(citiesByName, Normalize(name.Replace("Å", "Aa").Replace("å", "aa")), city);
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
