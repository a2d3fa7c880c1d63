namespace EventExtract.Tagging;

/// <summary>Reads and writes the lexical vocabularies (lowercased word → flags) stored in the model files, and builds them in training.</summary>
internal static class VocabularyIO
{
    /// <summary>Lexical flag: seen at least <c>minCount</c> times (affix-independent "known word").</summary>
    public const byte Frequent = 1;

    /// <summary>Lexical flag: usually written lowercase (a common word even when capitalized).</summary>
    public const byte UsuallyLower = 2;

    /// <summary>Lexical flag: usually capitalized away from the sentence start (name-like).</summary>
    public const byte UsuallyCapitalized = 4;

    /// <summary>
    /// Lowercased words seen at least twice, with <see cref="Frequent"/> for those seen
    /// <paramref name="minCount"/> times and case habits (<see cref="UsuallyLower"/>, <see cref="UsuallyCapitalized"/>).
    /// </summary>
    public static SpanStringMap<byte> Build(IEnumerable<string[]> sentences, int minCount)
    {
        var counts = new Dictionary<string, (int Total, int Lower, int InnerCap, int Inner)>(StringComparer.Ordinal);
        foreach (var s in sentences)
            for (int i = 0; i < s.Length; i++)
            {
                string w = s[i];
                string k = TokenInfo.VocabularyKey(w);
                var c = counts.GetValueOrDefault(k);
                c.Total++;
                if (w.Length > 0 && char.IsLower(w[0])) c.Lower++;
                if (i > 0) { c.Inner++; if (w.Length > 0 && char.IsUpper(w[0])) c.InnerCap++; }
                counts[k] = c;
            }
        var entries = new List<KeyValuePair<string, byte>>();
        foreach (var (k, c) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (c.Total < 2) continue;
            byte f = 0;
            if (c.Total >= minCount) f |= Frequent;
            if (c.Lower * 2 >= c.Total) f |= UsuallyLower;
            if (c.Inner > 0 && c.InnerCap * 2 > c.Inner) f |= UsuallyCapitalized;
            entries.Add(new(k, f));
        }
        return new SpanStringMap<byte>(entries);
    }

    /// <summary>Writes the words in ordinal order.</summary>
    public static void Write(BinaryWriter w, SpanStringMap<byte> vocabulary)
    {
        var keys = vocabulary.Entries.Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();
        w.Write(keys.Length);
        foreach (var k in keys)
        {
            vocabulary.TryGetValue(k, out byte f);
            w.Write(k);
            w.Write(f);
        }
    }

    /// <summary>Reads words written by <see cref="Write"/>.</summary>
    public static SpanStringMap<byte> Read(BinaryReader r)
    {
        return SpanStringMap<byte>.Read(r);
    }
}
