using System.Globalization;
using System.Text.Json;

namespace EventExtract.Training;

/// <summary>
/// Place names for the entity recognizer's gazetteer features: country names, official names, Latin
/// alternate spellings and capitals (world-countries, ODbL) and GeoNames places with population ≥ 15,000 (CC BY 4.0).
/// </summary>
internal static class PlaceNames
{
    // 15,000 rather than 50,000: more small towns named in web text (UNER + GUM dev F1 +0.004, GUM dev +0.013).
    public const int MinCityPopulation = 15_000;

    public static List<(string Name, bool IsCountry)> Load()
    {
        var names = new List<(string, bool)>();
        string gaz = Path.Combine(SharedPaths.Shared, "gazetteers");
        using (var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(gaz, "world-countries", "countries.json"))))
        {
            foreach (var c in doc.RootElement.EnumerateArray())
            {
                var name = c.GetProperty("name");
                names.Add((name.GetProperty("common").GetString()!, true));
                names.Add((name.GetProperty("official").GetString()!, true));
                if (c.TryGetProperty("altSpellings", out var alts))
                    foreach (var a in alts.EnumerateArray())
                    {
                        string s = a.GetString()!;
                        if (s.Length >= 3 && s.All(ch => ch < 0x250 && (char.IsLetter(ch) || ch is ' ' or '-' or '.'))) names.Add((s, true));
                    }
                if (c.TryGetProperty("capital", out var caps))
                    foreach (var a in caps.EnumerateArray()) names.Add((a.GetString()!, false));
            }
        }
        foreach (var line in File.ReadLines(Path.Combine(gaz, "geonames-cities", "cities.tsv")).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length > 6 && long.TryParse(c[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out long pop) && pop >= MinCityPopulation)
                names.Add((c[1], false));
        }
        return names;
    }
}
