namespace EventExtract.Time;

/// <summary>
/// The time-expression word lists (Resources/Time/*.tsv) in a case-insensitive table that is looked up
/// by character span without allocating. Immutable after construction, so one instance is shared.
/// </summary>
internal sealed class TimeLexicon
{
    private static readonly Lazy<TimeLexicon> LazyDefault = new(() => new TimeLexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string[] _keys;
    private readonly TimeWord[] _values;
    private readonly int _mask;
    // Cheap rejections before hashing (most words of a text are not time words): the longest key, and a bit per
    // (first, last) lower-cased character pair that some key has.
    private readonly int _maxLength;
    private readonly ulong[] _edges = new ulong[16];

    /// <summary>The lexicon built from the embedded data files.</summary>
    public static TimeLexicon Default => LazyDefault.Value;

    public TimePhrase[] DateMods { get; }

    public TimePhrase[] DurationMods { get; }

    public TimePhrase[] VagueRefs { get; }

    private TimeLexicon()
    {
        var words = new Dictionary<string, TimeWord>(StringComparer.Ordinal);
        TimeWord Get(string w)
        {
            if (!words.TryGetValue(w, out var tw)) words[w] = tw = new TimeWord(w);
            return tw;
        }

        foreach (var row in TimeResources.ReadTable("words.tsv"))
        {
            var w = Get(row[0]);
            string cat = row[1];
            string val = row.Length > 2 ? row[2] : "";
            string flag = row.Length > 3 ? row[3] : "";
            switch (cat)
            {
                case "month": w.Month = int.Parse(val); w.MonthAmbiguous = flag == "ambiguous"; w.MonthAbbr = flag == "abbr"; break;
                case "weekday": w.Weekday = int.Parse(val); w.WeekdayAbbr = flag == "abbr"; break;
                case "number": w.Number = int.Parse(val); break;
                case "ordinal": w.Ordinal = int.Parse(val); break;
                case "unit": w.Unit = ParseUnit(val); w.UnitPlural = row[0].Length > 1 && row[0].EndsWith('s'); break;
                case "season": w.Season = val; break;
                case "daypart": w.DayPart = val; break;
                case "dayrel": w.IsDayRel = true; w.DayRel = int.Parse(val); w.DayRelPart = flag.Length > 0 ? flag : null; break;
                case "shift": w.IsShift = true; w.Shift = int.Parse(val); break;
                case "setadv": w.SetAdverb = ParseUnit(val); break;
                case "decadeword": w.DecadeWord = int.Parse(val); break;
                case "fewword": w.Few = true; break;
                case "ampm": w.AmPm = val; break;
                case "timezone": w.TimeZone = true; break;
                default: throw new InvalidOperationException($"words.tsv: unknown category '{cat}'.");
            }
        }
        foreach (var row in TimeResources.ReadTable("tense.tsv"))
        {
            var w = Get(row[0]);
            switch (row[1])
            {
                case "FUTURE": w.Tense = Tense.Future; break;
                case "PAST": w.Tense = Tense.Past; break;
                case "PRESENT": w.Tense = Tense.Present; break;
                case "NOTPAST": w.NotPast = true; break;
                case "FUTURE_BEFORE_TO": w.FutureBeforeInfinitive = true; break;
                case "FUTURE_BEFORE_OBJECT_TO": w.FutureBeforeObjectInfinitive = true; break;
                default: throw new InvalidOperationException($"tense.tsv: unknown tense '{row[1]}'.");
            }
        }
        foreach (var row in TimeResources.ReadTable("negative.tsv"))
        {
            var w = Get(row[1]);
            switch (row[0])
            {
                case "namebefore": w.NameBefore = true; break;
                case "monthprep": w.MonthPrep = true; break;
                case "yearprep": w.YearPrep = true; break;
                default: throw new InvalidOperationException($"negative.tsv: unknown kind '{row[0]}'.");
            }
        }
        var dateMods = new List<TimePhrase>();
        var durMods = new List<TimePhrase>();
        var vague = new List<TimePhrase>();
        foreach (var row in TimeResources.ReadTable("phrases.tsv"))
        {
            var parts = row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bool wordStart = parts[0].Length > 0 && parts[0].All(char.IsLetter);
            var phrase = new TimePhrase(parts, row[2]) { IsDuration = row[0] == "vaguedur", First = wordStart ? Get(parts[0]) : null };
            (row[0] switch
            {
                "datemod" => dateMods,
                "durmod" => durMods,
                "vague" or "vaguedur" => vague,
                _ => throw new InvalidOperationException($"phrases.tsv: unknown kind '{row[0]}'."),
            }).Add(phrase);
            Get(phrase.Parts[0]).PhraseStart = true;
        }
        // Longest phrases first so that "the end of" wins over "end of".
        DateMods = dateMods.OrderByDescending(p => p.Parts.Length).ToArray();
        DurationMods = durMods.OrderByDescending(p => p.Parts.Length).ToArray();
        VagueRefs = vague.OrderByDescending(p => p.Parts.Length).ToArray();
        // Per word, the phrases that can start there (same order): the matcher tries a handful, not every phrase.
        foreach (var w in words.Values)
        {
            w.DateModsFrom = StartingAt(w, DateMods);
            w.DurationModsFrom = StartingAt(w, DurationMods);
            w.VagueFrom = StartingAt(w, VagueRefs);
        }

        foreach (var w in words.Values)
        {
            w.Trigger = w.PhraseStart || w.Month > 0 || w.Weekday > 0 || w.Number >= 0 || w.Ordinal > 0 || w.Unit != TimeUnit.None
                || w.Season is not null || w.DayPart is not null || w.IsDayRel || w.IsShift || w.SetAdverb != TimeUnit.None
                || w.DecadeWord >= 0 || w.Few;
        }
        foreach (var extra in new[] { "the", "a", "an", "that", "every", "each", "fiscal", "earlier", "later", "noon", "midnight", "for", "recent", "half", "q" })
            Get(extra).Trigger = true;

        int size = 16;
        while (size < words.Count * 3) size <<= 1;
        _keys = new string[size];
        _values = new TimeWord[size];
        _mask = size - 1;
        // Keys sorted as an array (LINQ's OrderBy over the dictionary's key-value pairs compiled two dozen generic
        // methods at cold start), then inserted in that order as before.
        var sortedKeys = new string[words.Count];
        words.Keys.CopyTo(sortedKeys, 0);
        Array.Sort(sortedKeys, StringComparer.Ordinal);
        foreach (string key in sortedKeys)
        {
            var value = words[key];
            int h = Hash(key.AsSpan()) & _mask;
            while (_keys[h] is not null) h = (h + 1) & _mask;
            _keys[h] = key;
            _values[h] = value;
            _maxLength = Math.Max(_maxLength, key.Length);
            if (key.Length > 0) _edges[EdgeBit(key) >> 6] |= 1UL << EdgeBit(key);
        }
    }

    private static TimePhrase[] StartingAt(TimeWord word, TimePhrase[] phrases)
    {
        var list = new List<TimePhrase>();
        foreach (var p in phrases)
            if (p.First is null || ReferenceEquals(p.First, word)) list.Add(p);
        return list.Count == 0 ? Array.Empty<TimePhrase>() : list.ToArray();
    }

    private static int EdgeBit(ReadOnlySpan<char> s) => ((Lower(s[0]) & 31) << 5) | (Lower(s[^1]) & 31);

    /// <summary>The entry for <paramref name="word"/> (any case), or null.</summary>
    public TimeWord? Find(ReadOnlySpan<char> word)
    {
        if (word.Length > _maxLength || (!word.IsEmpty && (_edges[EdgeBit(word) >> 6] & (1UL << EdgeBit(word))) == 0)) return null;
        int h = Hash(word) & _mask;
        while (true)
        {
            var key = _keys[h];
            if (key is null) return null;
            if (EqualsLower(word, key)) return _values[h];
            h = (h + 1) & _mask;
        }
    }

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(c);

    private static int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ Lower(c)) * 16777619;
        return (int)(h & 0x7fffffff);
    }

    /// <summary>True when <paramref name="s"/> equals the lower-case <paramref name="lower"/> ignoring case.</summary>
    public static bool EqualsLower(ReadOnlySpan<char> s, string lower)
    {
        if (s.Length != lower.Length) return false;
        for (int i = 0; i < s.Length; i++)
            if (Lower(s[i]) != lower[i]) return false;
        return true;
    }

    private static TimeUnit ParseUnit(string code) => code switch
    {
        "Y" => TimeUnit.Year,
        "M" => TimeUnit.Month,
        "W" => TimeUnit.Week,
        "D" => TimeUnit.Day,
        "H" => TimeUnit.Hour,
        "MIN" => TimeUnit.Minute,
        "S" => TimeUnit.Second,
        "DE" => TimeUnit.Decade,
        "CE" => TimeUnit.Century,
        "Q" => TimeUnit.Quarter,
        "WE" => TimeUnit.Weekend,
        "FN" => TimeUnit.Fortnight,
        _ => throw new InvalidOperationException($"Unknown time unit '{code}'."),
    };
}
