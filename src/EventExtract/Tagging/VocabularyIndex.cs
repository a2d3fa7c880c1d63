namespace EventExtract.Tagging;

/// <summary>
/// A model's vocabulary (lowercased training words, see <see cref="VocabularyIO"/>) looked up once per token for all
/// it holds: the word's place (an entry number, which also picks the word's rows of <see cref="WordPartialSums"/>), its
/// lexical flags and, for the POS tagger, its lexicon value (<see cref="PosLexicon"/>, the same keys). Built at load
/// without hashing (it shares the vocabulary's slots). Immutable.
/// </summary>
internal sealed class VocabularyIndex
{
    private readonly SpanStringMap<int> _ordinals;
    private readonly byte[] _flags;
    private readonly uint[]? _lexicon;

    /// <param name="vocabulary">Lowercased words with their lexical flags.</param>
    /// <param name="lexicon">Values for the same keys (made with <see cref="SpanStringMap{TValue}.WithValues"/> of <paramref name="vocabulary"/>), or null.</param>
    public VocabularyIndex(SpanStringMap<byte> vocabulary, SpanStringMap<uint>? lexicon = null)
    {
        if (lexicon is not null && lexicon.Count != vocabulary.Count) throw new ArgumentException("The lexicon must have the vocabulary's keys.", nameof(lexicon));
        _ordinals = vocabulary.WithOrdinals();
        _flags = vocabulary.Values();
        _lexicon = lexicon?.Values();
    }

    /// <summary>Number of words.</summary>
    public int Count => _flags.Length;

    /// <summary>
    /// Entry (1 + the word's place, 0 when absent) of a word of <paramref name="length"/> chars whose lowercased form
    /// <see cref="TokenInfo.Compute(ReadOnlySpan{char}, Span{char}, out uint, out uint)"/> wrote to <paramref name="lower"/>
    /// (the same words as <see cref="TokenInfo.LookupLower"/>).
    /// </summary>
    public int Find(int length, ReadOnlySpan<char> lower, uint lowerHash) =>
        length <= TokenInfo.MaxVocabularyWord && length <= lower.Length && _ordinals.TryGetValue(lower[..length], SpanStringMap<int>.HashFinish(lowerHash), out int o) ? o + 1 : 0;

    /// <summary>Entry of a word (lowercased) in this vocabulary, 0 when absent.</summary>
    public int FindWord(ReadOnlySpan<char> word) => _ordinals.TryGetValue(word, out int o) ? o + 1 : 0;

    /// <summary>
    /// For each word of this vocabulary (by entry - 1), its entry in <paramref name="other"/> (0 when absent), so that one
    /// look-up finds a token in both; <paramref name="covered"/> tells whether every word of <paramref name="other"/> is
    /// in this one (else a word missing here must still be looked up there).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public int[] EntriesIn(VocabularyIndex other, out bool covered)
    {
        var entries = new int[Count];
        int found = 0;
        other._ordinals.Visit((word, ordinal) =>
        {
            int here = FindWord(word);
            if (here == 0) return;
            entries[here - 1] = ordinal + 1;
            found++;
        });
        covered = found == other.Count;
        return entries;
    }

    /// <summary>Lexical flags of an entry (0 for none).</summary>
    public byte Flags(int entry) => entry == 0 ? (byte)0 : _flags[entry - 1];

    /// <summary>Lexicon value of an entry (0 for none or without a lexicon).</summary>
    public uint Lexicon(int entry) => entry == 0 || _lexicon is null ? 0 : _lexicon[entry - 1];
}
