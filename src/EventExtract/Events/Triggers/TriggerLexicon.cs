using System.Globalization;
using EventExtract.Text;

namespace EventExtract.Events.Triggers;

/// <summary>
/// Single- and multi-word trigger phrases loaded from a data file (Resources/Events/triggers.tsv),
/// matched against tokens without allocating. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Matching compares folded characters of the original text, not token strings, so the result does
/// not depend on how the tokenizer split hyphens, abbreviations or clitics: a phrase space must fall on
/// a token boundary, while a phrase character run may span several adjacent tokens ("cyber", "-", "attack").
/// Matches start and end at word boundaries only, so "meeting" is not found inside "post-meeting".
/// </remarks>
internal sealed class TriggerLexicon
{
    // Entries indexed by the hash of their first word's leading letters/digits; each list is ordered
    // longest phrase first so the first hit at a position is the longest.
    private readonly Dictionary<uint, TriggerLexiconEntry[]> _byFirstWord;
    // One bit per low 16 bits of a first-word hash in the lexicon (8 KB): nearly every token's word is turned away
    // here, before the dictionary lookup.
    private readonly ulong[] _firstWordFilter = new ulong[65536 / 64];

    private TriggerLexicon(IReadOnlyList<TriggerLexiconEntry> entries)
    {
        Entries = entries;
        // Grouped with plain loops: LINQ's grouping by a uint key compiled a dozen generic methods at cold start.
        var groups = new Dictionary<uint, List<TriggerLexiconEntry>>();
        foreach (var e in entries)
        {
            uint key = TriggerText.AddRaw(TriggerText.Begin(), e.Phrase.AsSpan(0, TriggerText.LeadingWordLength(e.Phrase)));
            if (!groups.TryGetValue(key, out var group)) groups[key] = group = new List<TriggerLexiconEntry>();
            group.Add(e);
        }
        _byFirstWord = new Dictionary<uint, TriggerLexiconEntry[]>(groups.Count);
        foreach (var (key, group) in groups)
        {
            // Longest phrase first, then ordinal (phrases are distinct, so the order is total).
            group.Sort(static (a, b) => a.Phrase.Length != b.Phrase.Length ? b.Phrase.Length.CompareTo(a.Phrase.Length) : string.CompareOrdinal(a.Phrase, b.Phrase));
            _byFirstWord[key] = group.ToArray();
            _firstWordFilter[(key & 0xFFFF) >> 6] |= 1UL << (int)(key & 63);
        }
    }

    /// <summary>All expanded phrases in file order.</summary>
    public IReadOnlyList<TriggerLexiconEntry> Entries { get; }

    /// <summary>Loads the lexicon embedded in the library.</summary>
    public static TriggerLexicon LoadEmbedded()
    {
        using var stream = TriggerResources.Open("triggers.tsv")
            ?? throw new InvalidOperationException("The embedded resource Resources/Events/triggers.tsv is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses the lexicon format: type, lemma, prior, pattern (words with a|b|c alternatives).</summary>
    public static TriggerLexicon Parse(TextReader reader)
    {
        var entries = new List<TriggerLexiconEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? line;
        int lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != 4
                || !EnumText.TryParse<TriggerLabel>(cols[0], ignoreCase: false, out var label)
                || !float.TryParse(cols[2], NumberStyles.Float, CultureInfo.InvariantCulture, out float prior))
                throw new FormatException($"triggers.tsv line {lineNo}: expected 'type<TAB>lemma<TAB>prior<TAB>pattern'.");
            var words = cols[3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) throw new FormatException($"triggers.tsv line {lineNo}: empty pattern.");
            foreach (var phrase in Expand(words))
            {
                // The first row listing a phrase wins, so a file can order specific rows first.
                if (seen.Add(phrase)) entries.Add(new TriggerLexiconEntry(phrase, label, cols[1], prior));
            }
        }
        return new TriggerLexicon(entries);
    }

    private static IEnumerable<string> Expand(string[] words)
    {
        IEnumerable<string> acc = new[] { "" };
        foreach (var w in words)
        {
            var alternatives = w.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Normalize).ToArray();
            acc = acc.SelectMany(prefix => alternatives.Select(a => prefix.Length == 0 ? a : prefix + " " + a)).ToArray();
        }
        return acc;
    }

    private static string Normalize(string word)
    {
        var chars = word.ToCharArray();
        for (int i = 0; i < chars.Length; i++) chars[i] = TriggerText.Fold(chars[i]);
        return new string(chars);
    }

    /// <summary>
    /// Appends the non-overlapping longest matches in <paramref name="sentence"/>, left to right,
    /// including blocking (<see cref="TriggerLabel.None"/>) matches.
    /// </summary>
    public void FindMatches(TokenTable tokens, Sentence sentence, List<LexiconMatch> output)
    {
        int end = sentence.EndToken;
        for (int i = sentence.FirstToken; i < end; i++)
        {
            var chars = tokens.GetChars(i);
            // The leading word and its folded hash in one pass (as LeadingWordLength and AddFolded would give).
            uint hash = TriggerText.Begin();
            int lead = 0;
            while (lead < chars.Length && TriggerText.IsWordChar(chars[lead])) hash = TriggerText.Add(hash, TriggerText.Fold(chars[lead++]));
            if (lead == 0 || (_firstWordFilter[(hash & 0xFFFF) >> 6] & (1UL << (int)(hash & 63))) == 0) continue;
            if (!IsWordStart(tokens.Text, tokens.GetSpan(i).Start)) continue;
            if (!_byFirstWord.TryGetValue(hash, out var candidates)) continue;
            foreach (var entry in candidates)
            {
                int stop = MatchAt(tokens, i, end, entry.Phrase);
                if (stop < 0) continue;
                output.Add(new LexiconMatch(i, stop - i, entry));
                i = stop - 1;
                break;
            }
        }
    }

    /// <summary>Returns the index just past the last token of <paramref name="phrase"/> matched at token <paramref name="first"/>, or -1.</summary>
    private static int MatchAt(TokenTable tokens, int first, int end, string phrase)
    {
        string text = tokens.Text;
        int t = first;
        var span = tokens.GetSpan(t);
        int c = span.Start;
        foreach (char p in phrase)
        {
            if (p == ' ')
            {
                // A phrase space must fall between two tokens with whitespace between them.
                if (c != span.End || t + 1 >= end) return -1;
                t++;
                span = tokens.GetSpan(t);
                if (span.Start == c) return -1;
                c = span.Start;
                continue;
            }
            if (c == span.End)
            {
                // Inside a phrase word, continue into an adjacent token ("cyber" "-" "attack").
                if (t + 1 >= end || tokens.GetSpan(t + 1).Start != c) return -1;
                t++;
                span = tokens.GetSpan(t);
            }
            if (TriggerText.Fold(text[c]) != p) return -1;
            c++;
        }
        if (c != span.End || !IsWordEnd(text, c)) return -1;
        return t + 1;
    }

    private static bool IsWordStart(string text, int start) =>
        start == 0
        || !(TriggerText.IsWordChar(text[start - 1])
             || (text[start - 1] == '-' && start >= 2 && TriggerText.IsWordChar(text[start - 2])));

    private static bool IsWordEnd(string text, int end) =>
        end >= text.Length
        || !(TriggerText.IsWordChar(text[end])
             || (text[end] == '-' && end + 1 < text.Length && TriggerText.IsWordChar(text[end + 1])));
}
