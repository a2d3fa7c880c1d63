namespace EventExtract.Tagging;

/// <summary>
/// Per-token hashes computed once per sentence from the token's characters, shared by the POS and
/// entity featurizers (training and inference use the same code path through <see cref="Compute(ReadOnlySpan{char}, SpanStringMap{byte})"/>).
/// </summary>
internal struct TokenInfo
{
    /// <summary>Hash of the exact (normalized) characters.</summary>
    public ulong Exact;
    /// <summary>Hash of the lowercased characters.</summary>
    public ulong Lower;
    /// <summary>Hash of the word shape ("Xxxx", "dd", "X.X.").</summary>
    public ulong Shape;
    /// <summary>Hashes of the lowercased suffixes of length 1..4 (index 0 = length 1).</summary>
    public SuffixArray Suffix;
    /// <summary>Hashes of the lowercased prefixes of length 1..3.</summary>
    public PrefixArray Prefix;
    /// <summary>Cheap flags: capitalized, all caps, has digit, has letter, has hyphen.</summary>
    public TokenFlags Flags;
    /// <summary>Number of characters.</summary>
    public int Length;
    /// <summary>True when the lowercased word is in the model's vocabulary of frequent training words.</summary>
    public bool IsFrequent;
    /// <summary>The word's lexical flags in the model vocabulary (see <see cref="VocabularyIO"/>), 0 when unseen.</summary>
    public byte Lexical;
    /// <summary>Place-gazetteer membership flags of the exact word (see <see cref="GazetteerFlags"/>), 0 when none.</summary>
    public byte Gazetteer;
    /// <summary>True when any character is an uppercase letter (not a feature: the entity decoder's cue for which tokens need scoring).</summary>
    public bool HasUpper;

    /// <summary>Stand-in for positions before the sentence start.</summary>
    public static readonly TokenInfo Start = Sentinel(1);

    /// <summary>Stand-in for positions after the sentence end.</summary>
    public static readonly TokenInfo End = Sentinel(2);

    private static TokenInfo Sentinel(ulong id)
    {
        ulong h = FeatureHash.Finish(0xABCDEF0123456789UL + id);
        var t = new TokenInfo { Exact = h, Lower = h, Shape = h };
        for (int k = 0; k < 4; k++) t.Suffix[k] = h;
        for (int k = 0; k < 3; k++) t.Prefix[k] = h;
        return t;
    }

    /// <summary>Computes the hashes of one token without allocating; <paramref name="vocabulary"/> holds frequent lowercased words.</summary>
    public static TokenInfo Compute(ReadOnlySpan<char> w, SpanStringMap<byte>? vocabulary)
    {
        var t = Compute(w);
        if (vocabulary is not null) t.Lexical = Lookup(w, vocabulary);
        t.IsFrequent = (t.Lexical & VocabularyIO.Frequent) != 0;
        return t;
    }

    /// <summary>As <see cref="Compute(ReadOnlySpan{char}, SpanStringMap{byte})"/>, plus the word's flags in <paramref name="gazetteer"/>.</summary>
    public static TokenInfo Compute(ReadOnlySpan<char> w, SpanStringMap<byte>? vocabulary, SpanStringMap<byte>? gazetteer)
    {
        var t = Compute(w, vocabulary);
        if (gazetteer is null || w.Length == 0) return t;
        if (gazetteer.TryGetValue(w, out byte flags)) t.Gazetteer = flags;
        else if (w.Length <= 32 && (t.Flags & TokenFlags.HasLetter) != 0 && (t.Lexical & VocabularyIO.UsuallyLower) == 0)
        {
            // Web text writes names in lower or upper case ("florida", "MIRAMAR"): look the title-cased word up too,
            // unless the word is a common lowercase word ("mobile", "reading").
            Span<char> title = stackalloc char[w.Length];
            title[0] = char.ToUpperInvariant(w[0]);
            for (int i = 1; i < w.Length; i++) title[i] = char.ToLowerInvariant(w[i]);
            if (!title.SequenceEqual(w) && gazetteer.TryGetValue(title, out flags)) t.Gazetteer = (byte)(flags | GazetteerFlags.CaseFolded);
        }
        return t;
    }

    /// <summary>Flags of the lowercased (normalized) <paramref name="w"/> in <paramref name="vocabulary"/>, 0 when absent.</summary>
    public static byte Lookup(ReadOnlySpan<char> w, SpanStringMap<byte> vocabulary)
    {
        if (w.Length > 48) return 0;
        Span<char> lower = stackalloc char[w.Length];
        for (int i = 0; i < w.Length; i++) lower[i] = FeatureHash.ToLower(FeatureHash.Normalize(w[i]));
        return vocabulary.TryGetValue(lower, out byte f) ? f : (byte)0;
    }

    /// <summary>The vocabulary key of a word (lowercased, normalized), for building vocabularies in training.</summary>
    public static string VocabularyKey(string w)
    {
        var chars = new char[w.Length];
        for (int i = 0; i < w.Length; i++) chars[i] = char.ToLowerInvariant(FeatureHash.Normalize(w[i]));
        return new string(chars);
    }

    /// <summary>Computes the hashes of one token without allocating (vocabulary membership not set).</summary>
    public static TokenInfo Compute(ReadOnlySpan<char> w)
    {
        // One pass: FNV-1a is incremental, so the prefix hashes are snapshots of the lowercase hash.
        const ulong prime = 1099511628211UL, offset = 14695981039346656037UL;
        var t = new TokenInfo { Length = w.Length };
        ulong exact = offset, lower = offset, sh = offset;
        char last = '\0';
        int run = 0;
        TokenFlags flags = TokenFlags.None;
        bool allUpper = true, hasUpper = false;
        for (int i = 0; i < w.Length; i++)
        {
            char c = FeatureHash.Normalize(w[i]);
            char lc = FeatureHash.ToLower(c);
            exact = (exact ^ c) * prime;
            lower = (lower ^ lc) * prime;
            if (i < 3) t.Prefix[i] = FeatureHash.Finish(lower ^ (ulong)(i + 1));

            // Shape: X upper, x lower, d digit, other chars kept; runs longer than 2 collapse ("Xxxxx" -> "Xxx"), as in spaCy.
            char s;
            if (c < 128)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A') { s = 'X'; flags |= TokenFlags.HasLetter; hasUpper = true; }
                else if ((uint)(c - 'a') <= 'z' - 'a') { s = 'x'; flags |= TokenFlags.HasLetter; allUpper = false; }
                else if ((uint)(c - '0') <= 9) { s = 'd'; flags |= TokenFlags.HasDigit; }
                else { s = c; if (c == '-') flags |= TokenFlags.HasHyphen; }
            }
            else if (char.IsUpper(c)) { s = 'X'; flags |= TokenFlags.HasLetter; hasUpper = true; }
            else if (char.IsLetter(c)) { s = 'x'; flags |= TokenFlags.HasLetter; allUpper = false; }
            else if (char.IsDigit(c)) { s = 'd'; flags |= TokenFlags.HasDigit; }
            else s = c;
            if (s == last) { if (++run > 2) continue; } else { run = 1; last = s; }
            sh = (sh ^ s) * prime;
        }
        t.Exact = FeatureHash.Finish(exact ^ (ulong)w.Length);
        t.Lower = FeatureHash.Finish(lower ^ (ulong)w.Length);
        for (int k = w.Length; k < 3; k++) t.Prefix[k] = 0x71UL * (ulong)(k + 1);
        for (int k = 1; k <= 4; k++)
        {
            if (k > w.Length) { t.Suffix[k - 1] = 0x51UL * (ulong)k; continue; }
            ulong h = offset;
            for (int i = w.Length - k; i < w.Length; i++) h = (h ^ FeatureHash.ToLower(FeatureHash.Normalize(w[i]))) * prime;
            t.Suffix[k - 1] = FeatureHash.Finish(h ^ (ulong)k);
        }
        t.Shape = FeatureHash.Finish(sh);
        if (w.Length > 0 && char.IsUpper(w[0])) flags |= TokenFlags.Capitalized;
        if (allUpper && (flags & TokenFlags.HasLetter) != 0) flags |= TokenFlags.AllCaps;
        t.Flags = flags;
        t.HasUpper = hasUpper;
        return t;
    }

    /// <summary>Four inline suffix hashes.</summary>
    [System.Runtime.CompilerServices.InlineArray(4)]
    public struct SuffixArray
    {
        private ulong _e0;
    }

    /// <summary>Three inline prefix hashes.</summary>
    [System.Runtime.CompilerServices.InlineArray(3)]
    public struct PrefixArray
    {
        private ulong _e0;
    }
}
