using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace EventExtract.Training;

/// <summary>
/// Regenerates the derived gazetteer files under src/EventExtract/Resources/Places from ../shared/gazetteers:
/// countries.tsv (from world-countries, ODbL) and cities.bin.gz (from GeoNames, CC BY 4.0; binary, format in
/// EventExtract.Places.CityTableFormat), then the spelling index the library reads at start-up
/// (<see cref="BuildGazetteerIndexCommand"/>), so the index never lags behind its inputs.
/// Output is deterministic: ordered rows, fixed formatting, gzip without timestamp.
/// </summary>
internal sealed class BuildGazetteerCommand : ICommand
{
    /// <summary>Cities below this population are dropped unless they are capitals.</summary>
    private const int MinPopulation = 15000;

    public string Name => "build-gazetteer";

    public string Description => "regenerate Resources/Places/countries.tsv, cities.bin.gz and the gazetteer index from ../shared/gazetteers";

    public int Run(string[] args)
    {
        string src = Path.Combine(SharedPaths.Shared, "gazetteers");
        string dst = Path.Combine(SharedPaths.RepoRoot, "src", "EventExtract", "Resources", "Places");
        Directory.CreateDirectory(dst);
        int countries = WriteCountries(Path.Combine(src, "world-countries", "countries.json"), Path.Combine(dst, "countries.tsv"));
        int cities = WriteCities(Path.Combine(src, "geonames-cities", "cities.tsv"), Path.Combine(dst, "cities.bin.gz"));
        Console.WriteLine($"countries.tsv: {countries} countries; cities.bin.gz: {cities} cities");
        return new BuildGazetteerIndexCommand().Run([]);
    }

    private sealed record CountryRow(string Code, string Name, string Official, string Capital, bool Sovereign, List<string> Aliases, List<string> Demonyms);

    private static int WriteCountries(string jsonPath, string outPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var rows = new List<CountryRow>();
        foreach (var c in json.RootElement.EnumerateArray())
        {
            string code = c.GetProperty("cca2").GetString()!;
            var name = c.GetProperty("name");
            string common = name.GetProperty("common").GetString()!;
            string official = name.GetProperty("official").GetString()!;
            bool independent = c.TryGetProperty("independent", out var ind) && ind.ValueKind == JsonValueKind.True;
            bool unMember = c.TryGetProperty("unMember", out var un) && un.ValueKind == JsonValueKind.True;
            string capital = c.TryGetProperty("capital", out var cap) && cap.ValueKind == JsonValueKind.Array && cap.GetArrayLength() > 0
                ? cap[0].GetString() ?? "" : "";
            var aliases = new List<string>();
            if (official != common && IsUsableAlias(official)) aliases.Add(official);
            if (c.TryGetProperty("altSpellings", out var alt))
                foreach (var a in alt.EnumerateArray())
                {
                    string s = a.GetString() ?? "";
                    // Two-letter codes ("IN", "IT", "TO") collide with English words; curated extras add the safe ones.
                    if (s.Length > 2 && s != common && IsUsableAlias(s) && !aliases.Contains(s)) aliases.Add(s);
                }
            var demonyms = new List<string>();
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
                foreach (var k in new[] { "m", "f" })
                    if (eng.TryGetProperty(k, out var v) && v.GetString() is { Length: > 0 } d && IsUsableAlias(d) && !demonyms.Contains(d))
                        demonyms.Add(d);
            rows.Add(new CountryRow(code, common, official, capital, independent || unMember, aliases, demonyms));
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));

        // An alias or demonym shared by several entries goes to the single sovereign one ("French": FR not TF);
        // when several sovereign countries share it ("Congolese"), nobody gets it.
        DropAmbiguous(rows, r => r.Aliases, extra: r => new[] { r.Name });
        DropAmbiguous(rows, r => r.Demonyms, extra: _ => Array.Empty<string>());

        var sb = new StringBuilder();
        sb.Append("# Derived from mledoze/countries (world-countries), ODbL 1.0. Regenerate with: build-gazetteer\n");
        sb.Append("# code\tname\tofficial\tcapital\tsovereign\taliases\tdemonyms\n");
        foreach (var r in rows)
            sb.Append(r.Code).Append('\t').Append(r.Name).Append('\t').Append(r.Official).Append('\t').Append(r.Capital).Append('\t')
              .Append(r.Sovereign ? '1' : '0').Append('\t').Append(string.Join('|', r.Aliases)).Append('\t')
              .Append(string.Join('|', r.Demonyms)).Append('\n');
        File.WriteAllText(outPath, sb.ToString(), new UTF8Encoding(false));
        return rows.Count;
    }

    private static void DropAmbiguous(List<CountryRow> rows, Func<CountryRow, List<string>> list, Func<CountryRow, IEnumerable<string>> extra)
    {
        var owners = new Dictionary<string, List<CountryRow>>(StringComparer.Ordinal);
        foreach (var r in rows)
            foreach (var a in list(r).Concat(extra(r)).Distinct())
            {
                if (!owners.TryGetValue(a, out var l)) owners[a] = l = new List<CountryRow>();
                l.Add(r);
            }
        foreach (var (alias, l) in owners.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (l.Count < 2) continue;
            var sovereign = l.Where(r => r.Sovereign).ToList();
            foreach (var r in l)
                if (sovereign.Count != 1 || r != sovereign[0]) list(r).Remove(alias);
        }
    }

    /// <summary>Latin-script names only, no inverted forms ("Korea, Republic of").</summary>
    private static bool IsUsableAlias(string s)
    {
        if (s.Length < 2 || s.Contains(',') || !char.IsUpper(s[0])) return false;
        foreach (char ch in s)
            if (ch > '\u024F' || !(char.IsLetter(ch) || ch is ' ' or '.' or '-' or '\'' or '’'))
                return false;
        return true;
    }

    // Latin letters with diacritics found in the GeoNames names and their ASCII base letters (InvariantGlobalization
    // makes string.Normalize unavailable for this, so the table is explicit).
    private const string Accented = "ÀÁÂÄÅÇÈÉÍÎÑÒÓÔÖÚÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāăąĆćċČčďĒēėęěğĠġģĩĪīĭİĶķļĽľńņňŌōŏŐőŘřŚśŞşŠšŢţťũŪūŬŭůųźŻżŽžơưǫȘșȚțḍḎḏḐḑḤḥḧḨḩḯṅṉṞṟṣṬṭṯẔẕẖạẢảẤấầẩậắằặẻếềểễệỉịọỏốồổộớờợụủứừửữỳỹıŁłØøĐđĦħ";
    private const string Plain = "AAAAACEEIINOOOOUUYaaaaaaceeeeiiiinooooouuuuyyAaaaCccCcdEeeeegGggiIiiIKklLlnnnOooOoRrSsSsSsTttuUuUuuuzZzZzouoSsTtdDdDdHhhHhinnRrsTttZzhaAaAaaaaaaaeeeeeeiiooooooooouuuuuuyyiLlOoDdHh";

    /// <summary>News writes "Kandahar" for GeoNames' "Kandahār": fold diacritics, drop combining marks and ayin signs.</summary>
    private static string Fold(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char ch in name)
        {
            if (ch is >= '\u0300' and <= '\u036F' || ch is '‘' or 'ʻ' or 'ʼ' or 'ʿ' or 'ʾ') continue;
            int k = Accented.IndexOf(ch);
            sb.Append(k >= 0 ? Plain[k] : ch);
        }
        return sb.ToString();
    }

    private static int WriteCities(string tsvPath, string outPath)
    {
        var rows = new List<(int Id, string Line)>();
        foreach (var line in File.ReadLines(tsvPath).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 9) continue;
            int id = int.Parse(f[0], CultureInfo.InvariantCulture);
            long pop = long.Parse(f[6], CultureInfo.InvariantCulture);
            bool capital = f[4] == "PPLC";
            if (pop < MinPopulation && !capital) continue;
            // id, name, country, feature code, population, lat, lon
            string ascii = Fold(f[1]);
            rows.Add((id, string.Join('\t', f[0], f[1], f[3], f[4], f[6], f[7], f[8], ascii == f[1] ? "" : ascii)));
        }
        rows.Sort((a, b) => a.Id.CompareTo(b.Id));
        // Country codes in order of first appearance, then the cities in id order.
        var countryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var countryList = new List<string>();
        var fields = new List<string[]>(rows.Count);
        foreach (var r in rows)
        {
            var f = r.Line.Split('\t');
            fields.Add(f);
            if (countryIndex.TryAdd(f[2], countryList.Count)) countryList.Add(f[2]);
        }
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, new UTF8Encoding(false), leaveOpen: true))
        {
            void WriteString(string s)
            {
                byte[] b = Encoding.UTF8.GetBytes(s);
                w.Write(checked((ushort)b.Length));
                w.Write(b);
            }
            w.Write(EventExtract.Places.CityTableFormat.Version);
            w.Write(countryList.Count);
            foreach (var c in countryList) WriteString(c);
            w.Write(fields.Count);
            foreach (var f in fields)
            {
                // id, name, country, feature code, population, lat, lon, ascii name
                w.Write(int.Parse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture));
                w.Write(int.Parse(f[4], NumberStyles.Integer, CultureInfo.InvariantCulture));
                w.Write(double.Parse(f[5], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
                w.Write(double.Parse(f[6], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
                w.Write(checked((ushort)countryIndex[f[2]]));
                w.Write((byte)(f[3] == "PPLC" ? 1 : 0));
                WriteString(f[1]);
                WriteString(f.Length > 7 ? f[7] : "");
            }
        }
        using (var file = File.Create(outPath))
        using (var gz = new GZipStream(file, CompressionLevel.SmallestSize))
            gz.Write(body.ToArray());
        return rows.Count;
    }
}
