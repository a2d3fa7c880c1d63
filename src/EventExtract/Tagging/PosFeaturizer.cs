namespace EventExtract.Tagging;

/// <summary>
/// Features of the POS tagger for one token, given the tags already chosen for the two previous tokens.
/// The only feature code of the tagger: the trainer and <see cref="AveragedPerceptronPosTagger"/> both call it.
/// </summary>
internal static class PosFeaturizer
{
    /// <summary>Upper bound of the number of features per token.</summary>
    public const int MaxFeatures = 48;

    /// <summary>Tag id used for positions before the sentence start.</summary>
    public const int StartTag = 31;

    /// <summary>Tag id used for positions after the sentence end (second pass only).</summary>
    public const int EndTag = 30;

    /// <summary>Number of features that <see cref="WordFeatures"/> writes.</summary>
    public const int WordFeatureCount = 11;

    /// <summary>
    /// The first features of <see cref="Extract"/>: the bias and those of the word alone (its characters, not its
    /// vocabulary flags), so that the tagger can keep their summed weights per frequent word (<see cref="WordPartialSums"/>).
    /// </summary>
    public static int WordFeatures(in TokenInfo w, Span<ulong> f)
    {
        int n = 0;
        f[n++] = FeatureHash.Feature(0, 0);
        f[n++] = FeatureHash.Feature(1, w.Lower);
        f[n++] = FeatureHash.Feature(2, w.Exact);
        f[n++] = FeatureHash.Feature(3, w.Shape);
        for (int k = 0; k < 4; k++) f[n++] = FeatureHash.Feature(4 + k, w.Suffix[k]);
        for (int k = 0; k < 3; k++) f[n++] = FeatureHash.Feature(8 + k, w.Prefix[k]);
        return n;
    }

    /// <summary>
    /// Writes the features of token <paramref name="i"/> into <paramref name="f"/>; returns their number. Without
    /// <paramref name="withWord"/>, leaves out the first <see cref="WordFeatureCount"/> (when their sum is known).
    /// </summary>
    public static int Extract(ReadOnlySpan<TokenInfo> s, int i, int prev1, int prev2, Span<ulong> f, bool withWord = true)
    {
        ref readonly TokenInfo w = ref s[i];
        // Neighbours by reference: TokenInfo is ~100 bytes, and copying four of them per token was measurable.
        ref readonly TokenInfo m1 = ref At(s, i - 1), m2 = ref At(s, i - 2), p1 = ref At(s, i + 1), p2 = ref At(s, i + 2);
        ulong t1 = (ulong)prev1, t2 = (ulong)prev2;
        int n = withWord ? WordFeatures(w, f) : 0;
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
        // Lexicon (see PosLexicon): the word's ambiguity class (the tags it took in training; jackknifed in training)
        // and the distributional clusters of the word and its neighbours. On EWT + GUM dev, with both passes:
        // 95.30 / 96.79 % -> 95.47 / 96.96 %; mostly on words seen 1 to 19 times in training.
        ulong cl = w.Aux >> PosLexicon.ClusterShift;
        f[n++] = FeatureHash.Feature(30, w.Aux & PosLexicon.AmbiguityMask);
        if (cl != 0) f[n++] = FeatureHash.Feature(32, cl);
        f[n++] = FeatureHash.Feature(33, p1.Aux >> PosLexicon.ClusterShift);
        f[n++] = FeatureHash.Feature(34, m1.Aux >> PosLexicon.ClusterShift);
        if (cl != 0) f[n++] = FeatureHash.Feature(35, cl, t1);
        return n;
    }

    /// <summary>
    /// Features of the second pass: those of <see cref="Extract"/> plus the first pass's tags
    /// (<paramref name="firstPass"/>, one per token of the sentence) of this token and of the next two
    /// (<see cref="EndTag"/> past the sentence end), which a left-to-right pass cannot see ("to" before a verb or a
    /// noun, "that" before a clause or a verb).
    /// </summary>
    public static int ExtractWithRight(ReadOnlySpan<TokenInfo> s, int i, int prev1, int prev2, ReadOnlySpan<UniversalPos> firstPass, Span<ulong> f, bool withWord = true)
    {
        int n = Extract(s, i, prev1, prev2, f, withWord);
        ref readonly TokenInfo w = ref s[i];
        ref readonly TokenInfo p1 = ref At(s, i + 1);
        ulong r0 = (ulong)firstPass[i];
        ulong r1 = i + 1 < firstPass.Length ? (ulong)firstPass[i + 1] : EndTag;
        ulong r2 = i + 2 < firstPass.Length ? (ulong)firstPass[i + 2] : EndTag;
        ulong t1 = (ulong)prev1;
        f[n++] = FeatureHash.Feature(40, r1);
        f[n++] = FeatureHash.Feature(41, r1, r2);
        f[n++] = FeatureHash.Feature(42, t1, r1);
        f[n++] = FeatureHash.Feature(43, r1, w.Lower);
        f[n++] = FeatureHash.Feature(44, r1, w.Suffix[2]);
        f[n++] = FeatureHash.Feature(45, r1, r2, w.Lower);
        f[n++] = FeatureHash.Feature(46, t1, r1, w.Lower);
        f[n++] = FeatureHash.Feature(47, r1, p1.Lower);
        // The first pass's own guess (trained on jackknifed guesses, so weighted by how often it is right).
        f[n++] = FeatureHash.Feature(48, r0);
        f[n++] = FeatureHash.Feature(49, r0, r1);
        return n;
    }

    private static ref readonly TokenInfo At(ReadOnlySpan<TokenInfo> s, int i)
    {
        if (i < 0) return ref TokenInfo.Start;
        if (i >= s.Length) return ref TokenInfo.End;
        return ref s[i];
    }
}
