namespace EventExtract.Text;

/// <summary>
/// The word lists the tokenizer and sentence splitter consult, loaded once from the embedded
/// data files in Resources/Text. Immutable and thread-safe.
/// </summary>
internal sealed class TextLexicon
{
    // All tables hold ints (a set's value is unused): one generic instantiation of the table and of its entry list
    // to compile at cold start instead of three.
    private readonly SpanLookup<int> _abbreviations; // AbbreviationClass | NeedsUpper
    private readonly SpanLookup<int> _hyphenPrefixes;
    private readonly SpanLookup<int> _contractions;
    private readonly SpanLookup<int> _sentenceStarters;
    private readonly SpanLookup<int> _units;
    private readonly SpanLookup<int> _salutations;

    /// <summary>Flag of an abbreviation entry that counts only when written with an upper-case first letter.</summary>
    private const int NeedsUpper = 0x100;

    /// <summary>The lexicon built from the embedded data files.</summary>
    public static TextLexicon Default { get; } = new();

    private TextLexicon()
    {
        var abbr = new List<KeyValuePair<string, int>>();
        foreach (var line in TextResources.ReadLines("abbreviations.txt"))
        {
            int tab = line.IndexOfAny([' ', '\t']);
            if (tab < 0) continue;
            var cls = line[..tab] switch
            {
                "title" => AbbreviationClass.Title,
                "general" => AbbreviationClass.General,
                "number" => AbbreviationClass.Number,
                "month" => AbbreviationClass.Month,
                _ => AbbreviationClass.None,
            };
            string word = line[(tab + 1)..].Trim();
            if (cls == AbbreviationClass.None || word.Length == 0) continue;
            abbr.Add(new(word, (int)cls | (char.IsUpper(word[0]) ? NeedsUpper : 0)));
        }
        // Case-sensitive first: "No" and "no" may carry different rules; the ignore-case table
        // resolves by the stored upper-case requirement.
        _abbreviations = new(abbr, ignoreCase: true);
        _hyphenPrefixes = new(Set("hyphen-prefixes.txt"), ignoreCase: true);
        var contractions = new List<KeyValuePair<string, int>>();
        foreach (var line in TextResources.ReadLines("contractions.txt"))
            if (line.IndexOf('|') > 0) contractions.Add(new(line.Replace("|", "", StringComparison.Ordinal), line.IndexOf('|')));
        _contractions = new(contractions, ignoreCase: true);
        _salutations = new(Set("salutations.txt"), ignoreCase: true);
        _units = new(Set("units.txt"), ignoreCase: true);
        _sentenceStarters = new(Set("sentence-starters.txt"), ignoreCase: false);
    }

    /// <summary>The words of <paramref name="fileName"/> as table entries (value unused).</summary>
    private static List<KeyValuePair<string, int>> Set(string fileName)
    {
        var lines = TextResources.ReadLines(fileName);
        var entries = new List<KeyValuePair<string, int>>(lines.Count);
        foreach (var line in lines) entries.Add(new(line, 1));
        return entries;
    }

    /// <summary>The class of <paramref name="word"/> (without its period) as an abbreviation, or None.</summary>
    public AbbreviationClass GetAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return AbbreviationClass.None;
        if (!_abbreviations.TryGetValue(word, out int entry)) return AbbreviationClass.None;
        if ((entry & NeedsUpper) != 0 && !char.IsUpper(word[0])) return AbbreviationClass.None;
        return (AbbreviationClass)(entry & 0xFF);
    }

    /// <summary>True when a hyphen after <paramref name="part"/> stays inside the word ("e-mail", "co-founder").</summary>
    public bool IsHyphenPrefix(ReadOnlySpan<char> part) => _hyphenPrefixes.Contains(part);

    /// <summary>The split point of a contraction written without apostrophe ("cannot" → 3), or -1.</summary>
    public int GetContractionSplit(ReadOnlySpan<char> word) => _contractions.TryGetValue(word, out int at) ? at : -1;

    /// <summary>True when <paramref name="word"/> opens a greeting or closing ("Hi", "Dear", "Regards").</summary>
    public bool IsSalutation(ReadOnlySpan<char> word) => _salutations.Contains(word);

    /// <summary>True when <paramref name="suffix"/> is a unit split from a number written against it ("5pm", "35mm").</summary>
    public bool IsUnit(ReadOnlySpan<char> suffix) => _units.Contains(suffix);

    /// <summary>True when <paramref name="word"/> commonly starts a sentence (evidence for a break after an abbreviation).</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _sentenceStarters.Contains(word);
}
