namespace EventExtract.Tagging;

/// <summary>
/// Features of the POS tagger for one token, given the tags already chosen for the two previous tokens.
/// The only feature code of the tagger: the trainer and <see cref="AveragedPerceptronPosTagger"/> both call it.
/// </summary>
internal static class PosFeaturizer
{
    /// <summary>Upper bound of the number of features per token.</summary>
    public const int MaxFeatures = 32;

    /// <summary>Tag id used for positions before the sentence start.</summary>
    public const int StartTag = 31;

    /// <summary>Writes the features of token <paramref name="i"/> into <paramref name="f"/>; returns their number.</summary>
    public static int Extract(ReadOnlySpan<TokenInfo> s, int i, int prev1, int prev2, Span<ulong> f)
    {
        ref readonly TokenInfo w = ref s[i];
        // Neighbours by reference: TokenInfo is ~100 bytes, and copying four of them per token was measurable.
        ref readonly TokenInfo m1 = ref At(s, i - 1), m2 = ref At(s, i - 2), p1 = ref At(s, i + 1), p2 = ref At(s, i + 2);
        ulong t1 = (ulong)prev1, t2 = (ulong)prev2;
        int n = 0;
        f[n++] = FeatureHash.Feature(0, 0);
        f[n++] = FeatureHash.Feature(1, w.Lower);
        f[n++] = FeatureHash.Feature(2, w.Exact);
        f[n++] = FeatureHash.Feature(3, w.Shape);
        for (int k = 0; k < 4; k++) f[n++] = FeatureHash.Feature(4 + k, w.Suffix[k]);
        for (int k = 0; k < 3; k++) f[n++] = FeatureHash.Feature(8 + k, w.Prefix[k]);
        // Rare or unseen words: let shape and the previous tag decide together (measured: affix features
        // on every word beat affixes on rare words only, Ratnaparkhi-style, by 0.2 points on EWT dev).
        if (!w.IsFrequent) f[n++] = FeatureHash.Feature(29, w.Shape, t1);
        f[n++] = FeatureHash.Feature(11, t1);
        f[n++] = FeatureHash.Feature(12, t2);
        f[n++] = FeatureHash.Feature(13, t1, t2);
        f[n++] = FeatureHash.Feature(14, t1, w.Lower);
        f[n++] = FeatureHash.Feature(15, m1.Lower);
        f[n++] = FeatureHash.Feature(16, m1.Suffix[2]);
        f[n++] = FeatureHash.Feature(17, m2.Lower);
        f[n++] = FeatureHash.Feature(18, p1.Lower);
        f[n++] = FeatureHash.Feature(19, p1.Suffix[2]);
        f[n++] = FeatureHash.Feature(20, p2.Lower);
        f[n++] = FeatureHash.Feature(21, m1.Shape);
        f[n++] = FeatureHash.Feature(22, p1.Shape);
        f[n++] = FeatureHash.Feature(23, m1.Lower, w.Lower);
        f[n++] = FeatureHash.Feature(24, w.Lower, p1.Lower);
        f[n++] = FeatureHash.Feature(25, i == 0 ? 1UL : 0UL, w.Shape);
        f[n++] = FeatureHash.Feature(26, t1, w.Suffix[2]);
        f[n++] = FeatureHash.Feature(27, (ulong)w.Flags);
        f[n++] = FeatureHash.Feature(28, t1, p1.Lower);
        return n;
    }

    private static ref readonly TokenInfo At(ReadOnlySpan<TokenInfo> s, int i)
    {
        if (i < 0) return ref TokenInfo.Start;
        if (i >= s.Length) return ref TokenInfo.End;
        return ref s[i];
    }
}
