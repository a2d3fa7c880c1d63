namespace EventExtract.Tagging;

/// <summary>
/// Distributional word classes learned from unlabeled text (training only): each lowercased word seen at least
/// <c>minCount</c> times is described by the words on its left and right (the most frequent context words, others by
/// shape), as square roots of their relative frequencies, and the words are grouped by spherical k-means. Deterministic:
/// ordinal word order, the most frequent words' vectors as initial centroids, a fixed number of rounds.
/// </summary>
internal static class WordClusters
{
    /// <summary>Cluster ids (0 .. <paramref name="k"/>-1) of the lowercased words (keys as <see cref="TokenInfo.VocabularyKey"/>).</summary>
    public static Dictionary<string, int> Build(IEnumerable<string[]> sentences, int k, int minCount = 2, int contextWords = 800, int rounds = 12)
    {
        var lowered = sentences.Select(s => s.Select(TokenInfo.VocabularyKey).ToArray()).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in lowered)
            foreach (var w in s) counts[w] = counts.GetValueOrDefault(w) + 1;
        var byFrequency = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        var words = byFrequency.Where(w => counts[w] >= minCount).ToList();
        var wordId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++) wordId[words[i]] = i;
        var contextId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Math.Min(contextWords, byFrequency.Count); i++) contextId[byFrequency[i]] = i;
        // Context dimensions: frequent words, then a few shape classes, then the sentence boundary; left side then right side.
        int side = contextWords + 8;
        int Context(string[] s, int j)
        {
            if (j < 0 || j >= s.Length) return contextWords + 7;
            if (contextId.TryGetValue(s[j], out int c)) return c;
            string w = s[j];
            if (w.Any(char.IsDigit)) return contextWords;
            if (w.All(ch => !char.IsLetterOrDigit(ch))) return contextWords + 1;
            if (w.Contains('-')) return contextWords + 2;
            if (w.EndsWith("ing", StringComparison.Ordinal)) return contextWords + 3;
            if (w.EndsWith("ed", StringComparison.Ordinal)) return contextWords + 4;
            if (w.EndsWith('s')) return contextWords + 5;
            return contextWords + 6;
        }
        var raw = new Dictionary<int, float>[words.Count];
        for (int i = 0; i < raw.Length; i++) raw[i] = new Dictionary<int, float>();
        foreach (var s in lowered)
            for (int j = 0; j < s.Length; j++)
            {
                if (!wordId.TryGetValue(s[j], out int id)) continue;
                var d = raw[id];
                int l = Context(s, j - 1), r = side + Context(s, j + 1);
                d[l] = d.GetValueOrDefault(l) + 1;
                d[r] = d.GetValueOrDefault(r) + 1;
            }
        // Sparse unit vectors (Hellinger: square roots of relative frequencies).
        var idx = new int[words.Count][];
        var val = new float[words.Count][];
        for (int i = 0; i < words.Count; i++)
        {
            var e = raw[i].OrderBy(kv => kv.Key).ToArray();
            double total = e.Sum(kv => kv.Value);
            idx[i] = e.Select(kv => kv.Key).ToArray();
            val[i] = e.Select(kv => (float)Math.Sqrt(kv.Value / total)).ToArray();
            double norm = Math.Sqrt(val[i].Sum(v => (double)v * v));
            for (int j = 0; j < val[i].Length; j++) val[i][j] = (float)(val[i][j] / norm);
        }
        int dims = 2 * side;
        k = Math.Min(k, words.Count);
        var centroids = new float[k][];
        for (int c = 0; c < k; c++)
        {
            centroids[c] = new float[dims];
            for (int j = 0; j < idx[c].Length; j++) centroids[c][idx[c][j]] = val[c][j];
        }
        var assign = new int[words.Count];
        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < words.Count; i++)
            {
                int best = 0;
                float bestDot = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    var cv = centroids[c];
                    float dot = 0;
                    for (int j = 0; j < idx[i].Length; j++) dot += cv[idx[i][j]] * val[i][j];
                    if (dot > bestDot) { bestDot = dot; best = c; }
                }
                assign[i] = best;
            }
            foreach (var cv in centroids) Array.Clear(cv);
            for (int i = 0; i < words.Count; i++)
            {
                var cv = centroids[assign[i]];
                for (int j = 0; j < idx[i].Length; j++) cv[idx[i][j]] += val[i][j];
            }
            foreach (var cv in centroids)
            {
                double norm = Math.Sqrt(cv.Sum(v => (double)v * v));
                if (norm > 0) for (int j = 0; j < cv.Length; j++) cv[j] = (float)(cv[j] / norm);
            }
        }
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++) result[words[i]] = assign[i];
        return result;
    }
}
