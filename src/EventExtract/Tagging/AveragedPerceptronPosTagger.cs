using System.Buffers;
using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// Greedy left-to-right Universal POS tagger: an averaged perceptron over hashed word, affix, shape and
/// context features plus the two previous tags (after Collins 2002 and Honnibal's tagger), with a
/// dictionary of frequent unambiguous words keyed by their exact strings. Immutable and thread-safe;
/// inference allocates nothing per token (features are hashed from the token's character span).
/// </summary>
public sealed class AveragedPerceptronPosTagger : IPosTagger
{
    private const string Magic = "EEPOS";
    private const int FormatVersion = 3;
    private const int ClassCount = 17;

    private readonly LinearModel _model;
    private readonly SpanStringMap<UniversalPos> _tagDictionary;
    private readonly SpanStringMap<byte> _vocabulary;

    internal AveragedPerceptronPosTagger(LinearModel model, SpanStringMap<UniversalPos> tagDictionary, SpanStringMap<byte> vocabulary)
    {
        _model = model;
        _tagDictionary = tagDictionary;
        _vocabulary = vocabulary;
    }

    internal SpanStringMap<byte> Vocabulary => _vocabulary;

    internal LinearModel Model => _model;

    internal SpanStringMap<UniversalPos> TagDictionary => _tagDictionary;

    /// <summary>Returns a copy with another weight model (for pruning experiments).</summary>
    internal AveragedPerceptronPosTagger WithModel(LinearModel model) => new(model, _tagDictionary, _vocabulary);

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
        if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion) throw new InvalidDataException("Not a POS model of this version.");
        int n = r.ReadInt32();
        var dict = new KeyValuePair<string, UniversalPos>[n];
        for (int i = 0; i < n; i++) dict[i] = new(r.ReadString(), (UniversalPos)r.ReadByte());
        var vocabulary = VocabularyIO.Read(r);
        var model = LinearModel.Read(r);
        if (model.ClassCount != ClassCount) throw new InvalidDataException("POS model has the wrong number of classes.");
        return new AveragedPerceptronPosTagger(model, new SpanStringMap<UniversalPos>(dict), vocabulary);
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
        try
        {
            TokenInfo.ComputeSentence(tokens, sentence, _vocabulary, infos.AsSpan(0, n), exactHashes.AsSpan(0, n));
            Tag(tokens, sentence, tags, infos.AsSpan(0, n), exactHashes.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<TokenInfo>.Shared.Return(infos);
            ArrayPool<uint>.Shared.Return(exactHashes);
        }
    }

    /// <summary>
    /// Tags a sentence whose token features are computed already (with this tagger's vocabulary flags);
    /// <paramref name="exactHashes"/> are the tokens' unfinished map hashes from <see cref="TokenInfo.Compute(ReadOnlySpan{char}, Span{char}, out uint, out uint)"/>.
    /// </summary>
    internal void Tag(TokenTable tokens, Sentence sentence, Span<UniversalPos> tags, ReadOnlySpan<TokenInfo> infos, ReadOnlySpan<uint> exactHashes)
    {
        Span<ulong> features = stackalloc ulong[PosFeaturizer.MaxFeatures];
        Span<float> scores = stackalloc float[ClassCount];
        int prev1 = PosFeaturizer.StartTag, prev2 = PosFeaturizer.StartTag;
        for (int i = 0; i < infos.Length; i++)
        {
            int tag;
            if (_tagDictionary.TryGetValue(tokens.GetChars(sentence.FirstToken + i), SpanStringMap<UniversalPos>.HashFinish(exactHashes[i]), out var known))
            {
                tag = (int)known;
            }
            else
            {
                int k = PosFeaturizer.Extract(infos, i, prev1, prev2, features);
                _model.Score(features[..k], scores);
                tag = ArgMax(scores);
            }
            tags[sentence.FirstToken + i] = (UniversalPos)tag;
            prev2 = prev1;
            prev1 = tag;
        }
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
