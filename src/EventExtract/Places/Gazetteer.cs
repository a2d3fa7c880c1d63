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

    // Spellings, plus every word-boundary prefix of a spelling (mapped to no entry), so a scan stops as soon as no
    // spelling can continue what it has read. Precomputed at training time: see GazetteerIndex.
    private readonly GazetteerIndex _index;
    private readonly Dictionary<string, RoleClass> _roles;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, RoleClass>.AlternateLookup<ReadOnlySpan<char>> _roleLookup;
#endif
    private readonly HashSet<string> _placeCues;
    private readonly HashSet<string> _sourceCues;
    private readonly Dictionary<string, string> _countryNames;
    private readonly Dictionary<string, string> _capitalNames = new(StringComparer.Ordinal);
    private readonly int _maxKeyLength;

    private Gazetteer(GazetteerIndex index, Dictionary<string, RoleClass> roles, HashSet<string> placeCues, HashSet<string> sourceCues, Dictionary<string, string> countryNames)
    {
        _sourceCues = sourceCues;
        _index = index;
        Count = index.SpellingCount;
        _maxKeyLength = index.MaxKeyLength;
        _roles = roles;
        _placeCues = placeCues;
        _countryNames = countryNames;
        foreach (var line in PlacesResources.ReadLines("countries.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length > 3 && f[3].Length > 0) _capitalNames[f[0]] = f[3];
        }
#if NET9_0_OR_GREATER
        _roleLookup = _roles.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The gazetteer built from the embedded data files.</summary>
    public static Gazetteer Default => s_default.Value;

    /// <summary>Number of distinct spellings.</summary>
    public int Count { get; }

    /// <summary>The common name of a country ("United States" for US), or null.</summary>
    public string? CountryName(string code) => _countryNames.TryGetValue(code, out var n) ? n : null;

    /// <summary>The capital city of the country <paramref name="code"/> ("the Kenyan capital" is Nairobi), or null.</summary>
    public City? CapitalOf(string code) =>
        _capitalNames.TryGetValue(code, out var name) && Find(name) is { } e ? e.SenseCity ?? e.Cities.FirstOrDefault(c => c.CountryCode == code) : null;

    /// <summary>The entry for an exact spelling, or null.</summary>
    public GazetteerEntry? Find(ReadOnlySpan<char> spelling) => TryFind(spelling, out var e) ? e : null;

    /// <summary>True when <paramref name="spelling"/> is a spelling or the start of one; <paramref name="entry"/> is null for a mere start.</summary>
    private bool TryFind(ReadOnlySpan<char> spelling, out GazetteerEntry? entry) => _index.TryFind(spelling, out entry);

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

    /// <summary>True for a noun of a message ("statement") whose "from" names a sender (source-cues.tsv).</summary>
    public bool IsSourceCue(string lowerWord) => _sourceCues.Contains(lowerWord);

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
            if (!char.IsLetterOrDigit(text[p]) || (p > range.Start && char.IsLetterOrDigit(text[p - 1])) || !_index.MayStartWith(text[p]))
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
        var index = GazetteerIndex.Read(PlacesResources.ReadBytes(IndexFileName));
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in PlacesResources.ReadLines("countries.tsv"))
        {
            int tab = line.IndexOf('\t');
            int tab2 = line.IndexOf('\t', tab + 1);
            countryNames[line[..tab]] = line[(tab + 1)..tab2];
        }
        var roles = new Dictionary<string, RoleClass>(StringComparer.Ordinal);
        foreach (var line in PlacesResources.ReadLines("roles.tsv"))
        {
            var r = line.Split('\t');
            roles[r[0]] = roles.GetValueOrDefault(r[0]) | EnumText.Parse<RoleClass>(r[1], ignoreCase: true);
        }
        var cues = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in PlacesResources.ReadLines("place-cues.tsv")) cues.Add(line.Trim());
        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in PlacesResources.ReadLines("source-cues.tsv")) sources.Add(line.Trim());
        return new Gazetteer(index, roles, cues, sources, countryNames);
    }

    /// <summary>The precomputed spelling index, written by the build-gazetteer-index training command.</summary>
    internal const string IndexFileName = "gazetteer-index.bin";
}
