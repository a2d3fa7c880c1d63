using System.Buffers;
using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// Greedy left-to-right Universal POS tagger: an averaged perceptron over hashed word, affix, shape and
/// context features plus the two previous tags (after Collins 2002 and Honnibal's tagger), with a
/// dictionary of frequent unambiguous words keyed by their exact strings. An optional second left-to-right pass
/// re-tags the tokens the first was unsure of (small score margin) with a model that also sees the first pass's tags
/// of the token and the next two (stacking, trained on jackknifed first-pass tags). Immutable and thread-safe;
/// inference allocates nothing per token (features are hashed from the token's character span).
/// </summary>
public sealed class AveragedPerceptronPosTagger : IPosTagger
{
    private const string Magic = "EEPOS";
    private const int FormatVersion = 5;
    private const int ClassCount = 17;

    private readonly LinearModel _model;
    private readonly SpanStringMap<UniversalPos> _tagDictionary;
    private readonly SpanStringMap<byte> _vocabulary;
    private readonly LinearModel? _second;
    private readonly float _rescoreMargin;
    private readonly SpanStringMap<uint>? _lexicon;

    internal AveragedPerceptronPosTagger(LinearModel model, SpanStringMap<UniversalPos> tagDictionary, SpanStringMap<byte> vocabulary,
        LinearModel? second = null, float rescoreMargin = float.PositiveInfinity, SpanStringMap<uint>? lexicon = null)
    {
        _lexicon = lexicon;
        _model = model;
        _tagDictionary = tagDictionary;
        _vocabulary = vocabulary;
        _second = second;
        _rescoreMargin = rescoreMargin;
        _words = new VocabularyIndex(vocabulary, lexicon);
        _wordSums = new WordPartialSums(model, _words.Count, PosFeaturizer.WordFeatures);
        // The second pass's features start with the same word features (ExtractWithRight extends Extract).
        _secondWordSums = second is null ? null : new WordPartialSums(second, _words.Count, PosFeaturizer.WordFeatures);
    }

    private readonly VocabularyIndex _words;
    private readonly WordPartialSums _wordSums;
    private readonly WordPartialSums? _secondWordSums;

    /// <summary>The vocabulary with the lexicon, looked up once per token.</summary>
    internal VocabularyIndex Words => _words;

    /// <summary>The second-pass model (sees the first pass's tags of the right context), or null for a single pass.</summary>
    internal LinearModel? SecondModel => _second;

    /// <summary>The second pass re-tags the tokens whose first-pass best score beats the runner-up by less than this.</summary>
    internal float RescoreMargin => _rescoreMargin;

    /// <summary>Returns a copy with a second pass.</summary>
    internal AveragedPerceptronPosTagger WithSecondPass(LinearModel? second, float rescoreMargin) => new(_model, _tagDictionary, _vocabulary, second, rescoreMargin, _lexicon);

    /// <summary>The word lexicon (ambiguity classes and clusters, see <see cref="PosLexicon"/>), or null.</summary>
    internal SpanStringMap<uint>? Lexicon => _lexicon;

    internal SpanStringMap<byte> Vocabulary => _vocabulary;

    internal LinearModel Model => _model;

    internal SpanStringMap<UniversalPos> TagDictionary => _tagDictionary;

    /// <summary>Returns a copy with another weight model (for pruning experiments).</summary>
    internal AveragedPerceptronPosTagger WithModel(LinearModel model, LinearModel? second = null) => new(model, _tagDictionary, _vocabulary, second ?? _second, _rescoreMargin, _lexicon);

    /// <summary>Loads the model embedded in the library (trained on UD English EWT + GUM).</summary>
    public static AveragedPerceptronPosTagger LoadDefault()
    {
        using var s = TaggingResources.Open(TaggingResources.PosModelFile);
        return Load(s);
    }

    /// <summary>Loads a model written by the training program.</summary>
    public static AveragedPerceptronPosTagger Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var r = TaggingResources.Reader(stream);
        if (r.ReadString() != Magic) throw new InvalidDataException("Not a POS model.");
        int version = r.ReadInt32();
        // Version 3 is the single-pass format (version 4 appends the optional second pass, version 5 the optional lexicon).
        if (version is not (3 or 4 or FormatVersion)) throw new InvalidDataException("Not a POS model of this version.");
        var dict = SpanStringMap<UniversalPos>.Read(r);
        var vocabulary = VocabularyIO.Read(r);
        var model = LinearModel.Read(r);
        if (model.ClassCount != ClassCount) throw new InvalidDataException("POS model has the wrong number of classes.");
        LinearModel? second = null;
        float margin = float.PositiveInfinity;
        if (version >= 4 && r.ReadBoolean())
        {
            margin = r.ReadSingle();
            second = LinearModel.Read(r);
            if (second.ClassCount != ClassCount) throw new InvalidDataException("POS model has the wrong number of classes.");
        }
        SpanStringMap<uint>? lexicon = null;
        if (version >= 5 && r.ReadBoolean())
        {
            // One value per vocabulary word, in the vocabulary's order: the lexicon shares its keys and hash slots.
            var values = new uint[vocabulary.Count];
            r.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
            lexicon = vocabulary.WithValues(values);
        }
        return new AveragedPerceptronPosTagger(model, dict, vocabulary, second, margin, lexicon);
    }

    /// <summary>Writes the model (deterministically: same model, same bytes).</summary>
    internal void Save(Stream stream)
    {
        using var w = TaggingResources.Writer(stream);
        w.Write(Magic);
        w.Write(FormatVersion);
        var entries = _tagDictionary.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        w.Write(entries.Length);
        foreach (var e in entries)
        {
            w.Write(e.Key);
            w.Write((byte)e.Value);
        }
        VocabularyIO.Write(w, _vocabulary);
        _model.Write(w);
        w.Write(_second is not null);
        if (_second is not null)
        {
            w.Write(_rescoreMargin);
            _second.Write(w);
        }
        w.Write(_lexicon is not null);
        if (_lexicon is not null)
        {
            // Values only, in the order VocabularyIO.Write wrote the words (the lexicon's words are vocabulary words).
            foreach (var key in _vocabulary.Entries.Select(e => e.Key).Order(StringComparer.Ordinal))
                w.Write(_lexicon.TryGetValue(key, out uint v) ? v : 0u);
        }
    }

    /// <inheritdoc />
    public void Tag(TokenTable tokens, Sentence sentence, Span<UniversalPos> tags)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int n = sentence.TokenCount;
        if (n <= 0) return;
        if (sentence.FirstToken < 0 || sentence.EndToken > tokens.Count) throw new ArgumentOutOfRangeException(nameof(sentence));
        if (tags.Length < sentence.EndToken) throw new ArgumentException("The tag buffer must be indexed like the token table.", nameof(tags));
        var infos = ArrayPool<TokenInfo>.Shared.Rent(n);
        var exactHashes = ArrayPool<uint>.Shared.Rent(n);
        var entries = ArrayPool<int>.Shared.Rent(n);
        try
        {
            TokenInfo.ComputeSentence(tokens, sentence, _words, infos.AsSpan(0, n), exactHashes.AsSpan(0, n), entries.AsSpan(0, n));
            SetWordRows(infos.AsSpan(0, n), entries.AsSpan(0, n));
            Tag(tokens, sentence, tags, infos.AsSpan(0, n), exactHashes.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<TokenInfo>.Shared.Return(infos);
            ArrayPool<uint>.Shared.Return(exactHashes);
            ArrayPool<int>.Shared.Return(entries);
        }
    }

    /// <summary>Sets each token's <see cref="TokenInfo.PosWordRow"/> from its entry in <see cref="Words"/>.</summary>
    internal static void SetWordRows(Span<TokenInfo> infos, ReadOnlySpan<int> entries)
    {
        for (int i = 0; i < infos.Length; i++) infos[i].PosWordRow = WordPartialSums.RowOf(entries[i], infos[i].Form);
    }

    /// <summary>
    /// Tags a sentence whose token features are computed already (with this tagger's vocabulary flags and word rows, see <see cref="SetWordRows"/>);
    /// <paramref name="exactHashes"/> are the tokens' unfinished map hashes from <see cref="TokenInfo.Compute(ReadOnlySpan{char}, Span{char}, out uint, out uint)"/>.
    /// </summary>
    internal void Tag(TokenTable tokens, Sentence sentence, Span<UniversalPos> tags, ReadOnlySpan<TokenInfo> infos, ReadOnlySpan<uint> exactHashes)
    {
        Span<ulong> features = stackalloc ulong[PosFeaturizer.MaxFeatures];
        Span<float> scores = stackalloc float[ClassCount];
        Span<float> scratch = stackalloc float[32];
        int n = infos.Length, first = sentence.FirstToken;
        // Tokens the second pass re-tags (first pass unsure); unused without a second pass.
        bool[]? rented = null;
        Span<bool> unsure = _second is null ? default : n <= 256 ? stackalloc bool[256] : (rented = ArrayPool<bool>.Shared.Rent(n));
        int prev1 = PosFeaturizer.StartTag, prev2 = PosFeaturizer.StartTag, unsureCount = 0;
        for (int i = 0; i < n; i++)
        {
            int tag;
            if (_tagDictionary.TryGetValue(tokens.GetChars(first + i), SpanStringMap<UniversalPos>.HashFinish(exactHashes[i]), out var known))
            {
                tag = (int)known;
                if (_second is not null) unsure[i] = false;
            }
            else
            {
                // A vocabulary word's word features are summed already: go on from that sum with the others.
                int row = infos[i].PosWordRow;
                int k = PosFeaturizer.Extract(infos, i, prev1, prev2, features, withWord: row == 0);
                if (row != 0) _model.Score(_wordSums.Get(row, infos[i], scratch), features[..k], scores);
                else _model.Score(features[..k], scores);
                tag = ArgMax(scores);
                if (_second is not null && (unsure[i] = Margin(scores, tag) < _rescoreMargin)) unsureCount++;
            }
            tags[first + i] = (UniversalPos)tag;
            prev2 = prev1;
            prev1 = tag;
        }
        if (unsureCount > 0)
        {
            // Second pass, left to right again: the left context has this pass's tags, the right context still the first pass's.
            prev1 = PosFeaturizer.StartTag;
            prev2 = PosFeaturizer.StartTag;
            for (int i = 0; i < n; i++)
            {
                int tag = (int)tags[first + i];
                if (unsure[i])
                {
                    // Tokens right of i still hold the first pass's tags: this pass writes each one only once it gets there.
                    int row = infos[i].PosWordRow;
                    int k = PosFeaturizer.ExtractWithRight(infos, i, prev1, prev2, tags.Slice(first, n), features, withWord: row == 0);
                    if (row != 0) _second!.Score(_secondWordSums!.Get(row, infos[i], scratch), features[..k], scores);
                    else _second!.Score(features[..k], scores);
                    tag = ArgMax(scores);
                    tags[first + i] = (UniversalPos)tag;
                }
                prev2 = prev1;
                prev1 = tag;
            }
        }
        if (rented is not null) ArrayPool<bool>.Shared.Return(rented);
    }

    /// <summary>How far the best score (of class <paramref name="best"/>) is ahead of the runner-up.</summary>
    internal static float Margin(ReadOnlySpan<float> scores, int best)
    {
        float second = float.NegativeInfinity;
        for (int c = 0; c < scores.Length; c++)
            if (c != best && scores[c] > second) second = scores[c];
        return scores[best] - second;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        // Class 0 (X) only wins when it strictly beats everything; ties go to the lower id otherwise.
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
            if (scores[c] > scores[best]) best = c;
        return best;
    }
}
