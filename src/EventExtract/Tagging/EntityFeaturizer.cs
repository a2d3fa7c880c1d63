namespace EventExtract.Tagging;

/// <summary>
/// Features of the entity recognizer for one token, given POS tags and the labels chosen for the two
/// previous tokens. Shared by the trainer and <see cref="AveragedPerceptronEntityRecognizer"/>.
/// </summary>
internal static class EntityFeaturizer
{
    /// <summary>Upper bound of the number of features per token.</summary>
    public const int MaxFeatures = 64;

    /// <summary>Number of features that <see cref="WordFeatures"/> writes.</summary>
    public const int WordFeatureCount = 11;

    /// <summary>
    /// The first features of <see cref="Extract"/>: the bias and those of the word alone (its characters, not its
    /// vocabulary or gazetteer flags), so that the recognizer can keep their summed weights per frequent word (<see cref="WordPartialSums"/>).
    /// </summary>
    public static int WordFeatures(in TokenInfo w, Span<ulong> f)
    {
        int n = 0;
        f[n++] = FeatureHash.Feature(100, 0);
        f[n++] = FeatureHash.Feature(101, w.Lower);
        f[n++] = FeatureHash.Feature(102, w.Exact);
        f[n++] = FeatureHash.Feature(103, w.Shape);
        for (int k = 0; k < 4; k++) f[n++] = FeatureHash.Feature(104 + k, w.Suffix[k]);
        for (int k = 0; k < 3; k++) f[n++] = FeatureHash.Feature(108 + k, w.Prefix[k]);
        return n;
    }

    /// <summary>
    /// Writes the features of token <paramref name="i"/>; <paramref name="pos"/> is indexed like <paramref name="s"/>.
    /// Without <paramref name="withWord"/>, leaves out the first <see cref="WordFeatureCount"/> (when their sum is known).
    /// </summary>
    public static int Extract(ReadOnlySpan<TokenInfo> s, ReadOnlySpan<UniversalPos> pos, int i, int prev1, int prev2, Span<ulong> f, bool withWord = true)
    {
        // Neighbours by reference: TokenInfo is ~100 bytes, and copying four of them per token was measurable.
        ref readonly TokenInfo w = ref s[i];
        ref readonly TokenInfo m1 = ref At(s, i - 1), m2 = ref At(s, i - 2), p1 = ref At(s, i + 1), p2 = ref At(s, i + 2);
        ulong t = Pos(pos, i), tm1 = Pos(pos, i - 1), tp1 = Pos(pos, i + 1), tm2 = Pos(pos, i - 2), tp2 = Pos(pos, i + 2);
        ulong l1 = (ulong)prev1, l2 = (ulong)prev2;
        int n = withWord ? WordFeatures(w, f) : 0;
        f[n++] = FeatureHash.Feature(140, w.IsFrequent ? 1UL : 0UL, w.Shape, t);
        f[n++] = FeatureHash.Feature(111, t);
        f[n++] = FeatureHash.Feature(112, tm1);
        f[n++] = FeatureHash.Feature(113, tp1);
        f[n++] = FeatureHash.Feature(114, tm1, t);
        f[n++] = FeatureHash.Feature(115, t, tp1);
        f[n++] = FeatureHash.Feature(116, l1);
        f[n++] = FeatureHash.Feature(117, l1, l2);
        f[n++] = FeatureHash.Feature(118, l1, w.Lower);
        f[n++] = FeatureHash.Feature(119, l1, w.Shape);
        f[n++] = FeatureHash.Feature(120, l1, t);
        f[n++] = FeatureHash.Feature(121, m1.Lower);
        f[n++] = FeatureHash.Feature(122, p1.Lower);
        f[n++] = FeatureHash.Feature(123, m2.Lower);
        f[n++] = FeatureHash.Feature(124, p2.Lower);
        f[n++] = FeatureHash.Feature(125, m1.Shape);
        f[n++] = FeatureHash.Feature(126, p1.Shape);
        f[n++] = FeatureHash.Feature(127, m1.Exact);
        f[n++] = FeatureHash.Feature(128, p1.Exact);
        f[n++] = FeatureHash.Feature(129, m1.Lower, w.Lower);
        f[n++] = FeatureHash.Feature(130, w.Lower, p1.Lower);
        f[n++] = FeatureHash.Feature(131, i == 0 ? 1UL : 0UL, w.Shape);
        f[n++] = FeatureHash.Feature(132, t, w.Shape);
        f[n++] = FeatureHash.Feature(133, m1.Shape, w.Shape, p1.Shape);
        f[n++] = FeatureHash.Feature(134, m1.Suffix[2]);
        f[n++] = FeatureHash.Feature(135, tm2);
        f[n++] = FeatureHash.Feature(136, tp2);
        f[n++] = FeatureHash.Feature(137, p1.Suffix[2]);
        f[n++] = FeatureHash.Feature(138, (ulong)w.Flags, t);
        f[n++] = FeatureHash.Feature(139, l1, p1.Exact);
        // Case habits of the word in training text: a capitalized word that is usually lowercase is rarely a name.
        ulong cap = (ulong)(w.Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps));
        f[n++] = FeatureHash.Feature(145, w.Lexical, cap, i == 0 ? 1UL : 0UL);
        f[n++] = FeatureHash.Feature(146, (ulong)m1.Lexical << 8 | (ulong)w.Lexical, (ulong)p1.Lexical);
        f[n++] = FeatureHash.Feature(147, (ulong)m1.Flags << 16 | (ulong)w.Flags << 8 | (ulong)p1.Flags);
        // Run of capitalized words around the token: names are runs, and their edges matter.
        int left = 0, right = 0;
        while (left < 6 && i - left - 1 >= 0 && (s[i - left - 1].Flags & TokenFlags.Capitalized) != 0) left++;
        while (right < 6 && i + right + 1 < s.Length && (s[i + right + 1].Flags & TokenFlags.Capitalized) != 0) right++;
        f[n++] = FeatureHash.Feature(148, (ulong)(left << 8 | right), cap);
        if ((w.Flags & TokenFlags.Capitalized) != 0)
        {
            // The run's head word ("Bank", "University", "Street") and the word before the run ("in", "Mr.") type the name.
            f[n++] = FeatureHash.Feature(152, At(s, i + right).Lower);
            f[n++] = FeatureHash.Feature(153, At(s, i - left - 1).Lower);
            f[n++] = FeatureHash.Feature(154, At(s, i - left).Lower, l1);
            // Cue classes of the run's head and of the word before it type names whose head word was never seen
            // ("... Directorate", "Mr. ..."); a place word inside the run separates "Bank of Japan" from "Japan".
            ref readonly TokenInfo head = ref At(s, i + right);
            ulong runPlace = 0;
            for (int k = i - left; k <= i + right; k++) runPlace |= (byte)(s[k].Gazetteer & GazetteerFlags.PlaceMask);
            ulong edges = (right == 0 ? 2UL : 0UL) | (left == 0 ? 1UL : 0UL);
            f[n++] = FeatureHash.Feature(160, head.Cue, edges, runPlace != 0 ? 1UL : 0UL);
            f[n++] = FeatureHash.Feature(161, At(s, i - left - 1).Cue, w.Cue, l1);
            f[n++] = FeatureHash.Feature(162, At(s, i + right + 1).Lower, (ulong)right);
        }
        if ((w.Flags & TokenFlags.AllCaps) != 0 && w.Length is >= 2 and <= 6)
            f[n++] = FeatureHash.Feature(163, m1.Lower, p1.Lower);
        if ((w.Gazetteer | m1.Gazetteer | p1.Gazetteer) != 0)
        {
            ulong g = GazetteerFlags.Place(w.Gazetteer), gm1 = GazetteerFlags.Place(m1.Gazetteer), gp1 = GazetteerFlags.Place(p1.Gazetteer);
            if ((g | gm1 | gp1) != 0)
            {
                f[n++] = FeatureHash.Feature(141, g);
                f[n++] = FeatureHash.Feature(142, g, w.Shape);
                f[n++] = FeatureHash.Feature(143, gm1, g, gp1);
                f[n++] = FeatureHash.Feature(144, l1, g);
            }
            // Person-name lists: a first name followed by a name-list word is a strong person cue, in any case.
            ulong h = GazetteerFlags.Name(w.Gazetteer), hm1 = GazetteerFlags.Name(m1.Gazetteer), hp1 = GazetteerFlags.Name(p1.Gazetteer);
            if ((h | hm1 | hp1) != 0)
            {
                f[n++] = FeatureHash.Feature(155, h, cap, w.Lexical);
                f[n++] = FeatureHash.Feature(156, hm1, h, hp1);
                f[n++] = FeatureHash.Feature(157, l1, h);
            }
        }
        return n;
    }

    private static ulong Pos(ReadOnlySpan<UniversalPos> pos, int i) =>
        i < 0 ? 64UL : i >= pos.Length ? 65UL : (ulong)pos[i];

    private static ref readonly TokenInfo At(ReadOnlySpan<TokenInfo> s, int i)
    {
        if (i < 0) return ref TokenInfo.Start;
        if (i >= s.Length) return ref TokenInfo.End;
        return ref s[i];
    }
}
