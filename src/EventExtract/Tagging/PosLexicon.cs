namespace EventExtract.Tagging;

/// <summary>
/// The POS tagger's word lexicon (lowercased word → packed value): the word's ambiguity class (the set of tags it took
/// in training, <see cref="AmbiguityMask"/>) and its distributional cluster (<see cref="ClusterShift"/>, 0 = none).
/// </summary>
internal static class PosLexicon
{
    /// <summary>Low bits: one bit per UPOS tag the word took in at least 5 % of its training occurrences (words seen twice or more).</summary>
    public const uint AmbiguityMask = (1u << 17) - 1;

    /// <summary>Bits 17 and up: cluster id + 1.</summary>
    public const int ClusterShift = 17;

    /// <summary>
    /// Builds the lexicon from tagged sentences (ambiguity classes) and word clusters
    /// (either may be empty), keeping the words of <paramref name="only"/> when given.
    /// </summary>
    public static SpanStringMap<uint> Build(IEnumerable<PosSentence> tagged, IReadOnlyDictionary<string, int>? clusters, bool ambiguity,
        SpanStringMap<byte>? only = null)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        if (ambiguity)
            foreach (var s in tagged)
                for (int i = 0; i < s.Words.Length; i++)
                {
                    string k = TokenInfo.VocabularyKey(s.Words[i]);
                    if (!counts.TryGetValue(k, out var c)) counts[k] = c = new int[17];
                    c[(int)s.Tags[i]]++;
                }
        var values = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach (var (w, c) in counts)
        {
            int total = c.Sum();
            if (total < 2) continue;
            uint mask = 0;
            for (int t = 0; t < 17; t++) if (c[t] > 0 && c[t] * 20 >= total) mask |= 1u << t;
            values[w] = mask;
        }
        if (clusters is not null)
            foreach (var (w, id) in clusters) values[w] = values.GetValueOrDefault(w) | (uint)(id + 1) << ClusterShift;
        return new SpanStringMap<uint>(values.Where(kv => only is null || only.TryGetValue(kv.Key, out _)).OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    /// <summary>The lexicon value of <paramref name="word"/> (0 when absent).</summary>
    public static uint Lookup(SpanStringMap<uint>? lexicon, string word) =>
        lexicon is not null && lexicon.TryGetValue(TokenInfo.VocabularyKey(word), out uint v) ? v : 0;
}
