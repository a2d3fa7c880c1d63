using EventExtract.Text;

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
    /// <summary>The POS lexicon's value of the word (see <see cref="PosLexicon"/>), 0 when none.</summary>
    public uint Aux;
    /// <summary>Name-cue class of the exact word (see <see cref="NameCues"/>), 0 when none.</summary>
    public byte Cue;
    /// <summary>True when any character is an uppercase letter (not a feature: the entity decoder's cue for which tokens need scoring).</summary>
    public bool HasUpper;
    /// <summary>
    /// 0 when the (normalized) characters are their own lowercase, 1 when only the first is not and it is the uppercase of
    /// its lowercase ("Police"), -1 otherwise. With the word's vocabulary entry the form fixes every character, hence the
    /// word features: together they pick the word's row of <see cref="WordPartialSums"/> (not a feature).
    /// </summary>
    public sbyte Form;
    /// <summary>1 + the token's row in the POS tagger's <see cref="WordPartialSums"/>, 0 when none (not a feature).</summary>
    public int PosWordRow;
    /// <summary>1 + the token's row in the entity recognizer's <see cref="WordPartialSums"/>, 0 when none (not a feature).</summary>
    public int EntityWordRow;

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

    /// <summary>Longest word looked up in a vocabulary (longer words are never frequent).</summary>
    public const int MaxVocabularyWord = 48;

    /// <summary>Computes the hashes of one token without allocating; <paramref name="vocabulary"/> holds frequent lowercased words.</summary>
    public static TokenInfo Compute(ReadOnlySpan<char> w, SpanStringMap<byte>? vocabulary)
    {
        Span<char> lower = stackalloc char[MaxVocabularyWord];
        var t = Compute(w, lower, out uint lowerHash, out _);
        if (vocabulary is not null) t.SetLexical(LookupLower(w.Length, lower, lowerHash, vocabulary));
        else t.SetLexical(0);
        return t;
    }

    /// <summary>As <see cref="Compute(ReadOnlySpan{char}, SpanStringMap{byte})"/>, plus the word's flags in <paramref name="gazetteer"/>.</summary>
    public static TokenInfo Compute(ReadOnlySpan<char> w, SpanStringMap<byte>? vocabulary, SpanStringMap<byte>? gazetteer)
    {
        Span<char> lower = stackalloc char[MaxVocabularyWord];
        var t = Compute(w, lower, out uint lowerHash, out uint exactHash);
        t.SetLexical(vocabulary is null ? (byte)0 : LookupLower(w.Length, lower, lowerHash, vocabulary));
        if (gazetteer is not null) t.Gazetteer = GazetteerLookup(w, exactHash, t.Flags, t.Lexical, gazetteer);
        return t;
    }

    /// <summary>
    /// Computes the features of every token of <paramref name="sentence"/> into <paramref name="infos"/>, with their flags
    /// and lexicon values in <paramref name="vocabulary"/>, each token's entry in it (<see cref="VocabularyIndex.Find"/>)
    /// into <paramref name="entries"/> and its unfinished exact-string map hash into <paramref name="exactHashes"/> (all
    /// indexed from the sentence's first token). When <paramref name="other"/> is given, each token's entry in it goes to
    /// <paramref name="otherEntries"/>: one lowercasing and hash serve both lookups, and with <paramref name="otherOfEntry"/>
    /// (<see cref="VocabularyIndex.EntriesIn"/> of <paramref name="other"/>, and whether it covered it) one look-up.
    /// </summary>
    public static void ComputeSentence(TokenTable tokens, Sentence sentence, VocabularyIndex vocabulary, Span<TokenInfo> infos, Span<uint> exactHashes,
        Span<int> entries, VocabularyIndex? other = null, Span<int> otherEntries = default, ReadOnlySpan<int> otherOfEntry = default, bool otherCovered = false)
    {
        Span<char> lower = stackalloc char[MaxVocabularyWord];
        for (int i = 0; i < sentence.TokenCount; i++)
        {
            var w = tokens.GetChars(sentence.FirstToken + i);
            infos[i] = Compute(w, lower, out uint lowerHash, out exactHashes[i]);
            int entry = vocabulary.Find(w.Length, lower, lowerHash);
            entries[i] = entry;
            infos[i].SetLexical(vocabulary.Flags(entry));
            infos[i].Aux = vocabulary.Lexicon(entry);
            if (other is null) continue;
            if (!otherOfEntry.IsEmpty && (entry != 0 || otherCovered)) otherEntries[i] = entry != 0 ? otherOfEntry[entry - 1] : 0;
            else otherEntries[i] = other.Find(w.Length, lower, lowerHash);
        }
    }

    /// <summary>Sets <see cref="Lexical"/> and <see cref="IsFrequent"/> from a vocabulary entry's flags.</summary>
    public void SetLexical(byte lexical)
    {
        Lexical = lexical;
        IsFrequent = (lexical & VocabularyIO.Frequent) != 0;
    }

    /// <summary>Flags in <paramref name="vocabulary"/> of a word of <paramref name="length"/> chars whose lowercased form <see cref="Compute(ReadOnlySpan{char}, Span{char}, out uint, out uint)"/> wrote to <paramref name="lower"/>.</summary>
    public static byte LookupLower(int length, ReadOnlySpan<char> lower, uint lowerHash, SpanStringMap<byte> vocabulary) =>
        length <= MaxVocabularyWord && length <= lower.Length && vocabulary.TryGetValue(lower[..length], SpanStringMap<byte>.HashFinish(lowerHash), out byte f) ? f : (byte)0;

    /// <summary>Place-gazetteer flags of <paramref name="w"/> (<paramref name="exactHash"/> = its unfinished map hash), trying the title-cased word for words not usually lowercase.</summary>
    public static byte GazetteerLookup(ReadOnlySpan<char> w, uint exactHash, TokenFlags flags, byte lexical, SpanStringMap<byte> gazetteer)
    {
        if (w.Length == 0) return 0;
        if (gazetteer.TryGetValue(w, SpanStringMap<byte>.HashFinish(exactHash), out byte found)) return found;
        if (w.Length <= 32 && (flags & TokenFlags.HasLetter) != 0 && (lexical & VocabularyIO.UsuallyLower) == 0)
        {
            // Web text writes names in lower or upper case ("florida", "MIRAMAR"): look the title-cased word up too,
            // unless the word is a common lowercase word ("mobile", "reading").
            Span<char> title = stackalloc char[w.Length];
            title[0] = char.ToUpperInvariant(w[0]);
            for (int i = 1; i < w.Length; i++) title[i] = char.ToLowerInvariant(w[i]);
            if (!title.SequenceEqual(w) && gazetteer.TryGetValue(title, out found)) return (byte)(found | GazetteerFlags.CaseFolded);
        }
        return 0;
    }

    /// <summary>The vocabulary key of a word (lowercased, normalized), for building vocabularies in training.</summary>
    public static string VocabularyKey(string w)
    {
        var chars = new char[w.Length];
        for (int i = 0; i < w.Length; i++) chars[i] = char.ToLowerInvariant(FeatureHash.Normalize(w[i]));
        return new string(chars);
    }

    /// <summary>Computes the hashes of one token without allocating (vocabulary membership not set).</summary>
    public static TokenInfo Compute(ReadOnlySpan<char> w) => Compute(w, default, out _, out _);

    /// <summary>
    /// Computes the hashes of one token; also writes its lowercased (normalized) characters to <paramref name="lower"/> when
    /// they fit, and returns the unfinished <see cref="SpanStringMap{TValue}"/> hashes of those and of the raw characters, so
    /// that the vocabulary and gazetteer lookups need not read the word again.
    /// </summary>
    public static TokenInfo Compute(ReadOnlySpan<char> w, Span<char> lower, out uint lowerHash, out uint exactHash)
    {
        // One pass: FNV-1a is incremental, so the prefix hashes are snapshots of the lowercase hash.
        const ulong prime = 1099511628211UL, offset = 14695981039346656037UL;
        var t = new TokenInfo { Length = w.Length };
        ulong exact = offset, low = offset, sh = offset;
        char last = '\0';
        int run = 0;
        TokenFlags flags = TokenFlags.None;
        bool allUpper = true, hasUpper = false;
        sbyte form = 0;
        uint lowerKey = SpanStringMap<byte>.HashSeed, exactKey = SpanStringMap<byte>.HashSeed;
        bool keepLower = w.Length <= lower.Length;
        for (int i = 0; i < w.Length; i++)
        {
            char c = FeatureHash.Normalize(w[i]);
            char lc = FeatureHash.ToLower(c);
            exact = (exact ^ c) * prime;
            low = (low ^ lc) * prime;
            if (i < 3) t.Prefix[i] = FeatureHash.Finish(low ^ (ulong)(i + 1));
            lowerKey = SpanStringMap<byte>.HashStep(lowerKey, lc);
            exactKey = SpanStringMap<byte>.HashStep(exactKey, w[i]);
            if (keepLower) lower[i] = lc;
            if (c != lc && form >= 0) form = i == 0 && c == (lc < 128 ? (char)(lc & ~0x20) : char.ToUpperInvariant(lc)) ? (sbyte)1 : (sbyte)-1;

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
        t.Lower = FeatureHash.Finish(low ^ (ulong)w.Length);
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
        t.Form = form;
        lowerHash = lowerKey;
        exactHash = exactKey;
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
