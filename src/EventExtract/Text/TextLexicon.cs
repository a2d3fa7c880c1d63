namespace EventExtract.Text;

/// <summary>
/// The word lists the tokenizer and sentence splitter consult, loaded once from the embedded
/// data files in Resources/Text. Immutable and thread-safe.
/// </summary>
internal sealed class TextLexicon
{
    private readonly SpanLookup<(AbbreviationClass Class, bool NeedsUpper)> _abbreviations;
    private readonly SpanLookup<bool> _hyphenPrefixes;
    private readonly SpanLookup<int> _contractions;
    private readonly SpanLookup<bool> _sentenceStarters;

    /// <summary>The lexicon built from the embedded data files.</summary>
    public static TextLexicon Default { get; } = new();

    private TextLexicon()
    {
        var abbr = new List<KeyValuePair<string, (AbbreviationClass, bool)>>();
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
            abbr.Add(new(word, (cls, char.IsUpper(word[0]))));
        }
        // Case-sensitive first: "No" and "no" may carry different rules; the ignore-case table
        // resolves by the stored upper-case requirement.
        _abbreviations = new(abbr, ignoreCase: true);
        _hyphenPrefixes = new(TextResources.ReadLines("hyphen-prefixes.txt").Select(w => new KeyValuePair<string, bool>(w, true)), ignoreCase: true);
        _contractions = new(TextResources.ReadLines("contractions.txt")
            .Where(l => l.IndexOf('|') > 0)
            .Select(l => new KeyValuePair<string, int>(l.Replace("|", "", StringComparison.Ordinal), l.IndexOf('|'))), ignoreCase: true);
        _sentenceStarters = new(TextResources.ReadLines("sentence-starters.txt").Select(w => new KeyValuePair<string, bool>(w, true)), ignoreCase: false);
    }

    /// <summary>The class of <paramref name="word"/> (without its period) as an abbreviation, or None.</summary>
    public AbbreviationClass GetAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return AbbreviationClass.None;
        if (!_abbreviations.TryGetValue(word, out var entry)) return AbbreviationClass.None;
        if (entry.NeedsUpper && !char.IsUpper(word[0])) return AbbreviationClass.None;
        return entry.Class;
    }

    /// <summary>True when a hyphen after <paramref name="part"/> stays inside the word ("e-mail", "co-founder").</summary>
    public bool IsHyphenPrefix(ReadOnlySpan<char> part) => _hyphenPrefixes.Contains(part);

    /// <summary>The split point of a contraction written without apostrophe ("cannot" → 3), or -1.</summary>
    public int GetContractionSplit(ReadOnlySpan<char> word) => _contractions.TryGetValue(word, out int at) ? at : -1;

    /// <summary>True when <paramref name="word"/> commonly starts a sentence (evidence for a break after an abbreviation).</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _sentenceStarters.Contains(word);
}
