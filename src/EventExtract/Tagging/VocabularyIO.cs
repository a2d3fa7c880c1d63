namespace EventExtract.Tagging;

/// <summary>Reads and writes the frequent-word vocabularies stored in the model files, and builds them in training.</summary>
internal static class VocabularyIO
{
    /// <summary>Lowercased words seen at least <paramref name="minCount"/> times, as a span-queryable set.</summary>
    public static SpanStringMap<byte> Build(IEnumerable<string[]> sentences, int minCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var w in s)
            {
                string k = TokenInfo.VocabularyKey(w);
                counts[k] = counts.GetValueOrDefault(k) + 1;
            }
        return new SpanStringMap<byte>(counts.Where(kv => kv.Value >= minCount)
            .Select(kv => kv.Key).Order(StringComparer.Ordinal).Select(k => new KeyValuePair<string, byte>(k, 1)));
    }

    /// <summary>Writes the words in ordinal order.</summary>
    public static void Write(BinaryWriter w, SpanStringMap<byte> vocabulary)
    {
        var keys = vocabulary.Entries.Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();
        w.Write(keys.Length);
        foreach (var k in keys) w.Write(k);
    }

    /// <summary>Reads words written by <see cref="Write"/>.</summary>
    public static SpanStringMap<byte> Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var entries = new KeyValuePair<string, byte>[n];
        for (int i = 0; i < n; i++) entries[i] = new(r.ReadString(), 1);
        return new SpanStringMap<byte>(entries);
    }
}
