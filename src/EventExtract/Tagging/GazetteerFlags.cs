namespace EventExtract.Tagging;

/// <summary>
/// How a word occurs in the gazetteer built into the entity model: place names (countries and large cities)
/// and person names (common first names, and a large list of first and last names).
/// </summary>
internal static class GazetteerFlags
{
    /// <summary>The word alone is a place name ("Moscow").</summary>
    public const byte Whole = 1;

    /// <summary>The word starts a multi-word place name ("San" in "San Diego").</summary>
    public const byte First = 2;

    /// <summary>The word continues a multi-word place name ("Diego").</summary>
    public const byte Later = 4;

    /// <summary>The name is a country (rather than a city).</summary>
    public const byte Country = 8;

    /// <summary>Set on a token's flags (never in the map) when only its title-cased form is in the gazetteer.</summary>
    public const byte CaseFolded = 16;

    /// <summary>The word is a common English first name ("Traci").</summary>
    public const byte FirstName = 32;

    /// <summary>The word is a last name or part of a famous person's name.</summary>
    public const byte PersonName = 64;

    /// <summary>The word occurs in an organization name ("Google", "Mobil").</summary>
    public const byte Organization = 128;

    /// <summary>The place bits.</summary>
    public const byte PlaceMask = Whole | First | Later | Country;

    /// <summary>The person-name bits.</summary>
    public const byte NameMask = FirstName | PersonName | Organization;

    /// <summary>The place flags of a token's gazetteer flags (with <see cref="CaseFolded"/> when a place bit is set).</summary>
    public static ulong Place(byte flags) => (flags & PlaceMask) == 0 ? 0UL : (ulong)(flags & (PlaceMask | CaseFolded));

    /// <summary>The person- and organization-name flags of a token's gazetteer flags (with <see cref="CaseFolded"/> when a name bit is set).</summary>
    public static ulong Name(byte flags) => (flags & NameMask) == 0 ? 0UL : (ulong)(flags & (NameMask | CaseFolded));

    /// <summary>Per-word flags from place names (words starting with a lowercase letter are skipped).</summary>
    public static SpanStringMap<byte> Build(IEnumerable<(string Name, bool IsCountry)> names) => Build(names, [], [], []);

    /// <summary>
    /// Per-word flags from place names (words starting with a lowercase letter are skipped), first names and
    /// other person names and organization-name words (single capitalized words).
    /// </summary>
    public static SpanStringMap<byte> Build(IEnumerable<(string Name, bool IsCountry)> names, IEnumerable<string> firstNames,
        IEnumerable<string> personNames, IEnumerable<string> organizationWords)
    {
        var flags = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (list, flag) in new[] { (firstNames, FirstName), (personNames, PersonName), (organizationWords, Organization) })
            foreach (var w in list)
                if (w.Length > 1 && char.IsUpper(w[0]) && !w.Contains(' ')) flags[w] = (byte)(flags.GetValueOrDefault(w) | flag);
        foreach (var (name, isCountry) in names)
        {
            var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < words.Length; i++)
            {
                string w = words[i];
                if (!char.IsUpper(w[0])) continue;
                byte f = words.Length == 1 ? Whole : i == 0 ? First : Later;
                if (isCountry) f |= Country;
                flags[w] = (byte)(flags.GetValueOrDefault(w) | f);
            }
        }
        return new SpanStringMap<byte>(flags.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }
}
