namespace EventExtract.Tagging;

/// <summary>How a word occurs in the place gazetteer built into the entity model (countries and large cities).</summary>
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

    /// <summary>Per-word flags from place names (words starting with a lowercase letter are skipped).</summary>
    public static SpanStringMap<byte> Build(IEnumerable<(string Name, bool IsCountry)> names)
    {
        var flags = new Dictionary<string, byte>(StringComparer.Ordinal);
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
