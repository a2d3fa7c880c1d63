using System.Buffers;
using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// The default POS tagger and entity recognizer run together over one sentence, with the per-token work they share
/// done once: the token hashes (<see cref="TokenInfo"/>) and the vocabulary lookup (one map holds both models'
/// vocabulary flags). Same output as running <see cref="AveragedPerceptronPosTagger.Tag(TokenTable, Sentence, Span{UniversalPos})"/> then
/// <see cref="AveragedPerceptronEntityRecognizer.Recognize(TokenTable, Sentence, ReadOnlySpan{UniversalPos}, List{EntitySpan})"/>.
/// Immutable and thread-safe.
/// </summary>
internal sealed class PosAndEntityTagger
{
    private readonly AveragedPerceptronPosTagger _pos;
    private readonly AveragedPerceptronEntityRecognizer _ner;
    private readonly SpanStringMap<ushort> _lexicon; // lowercased word -> POS vocabulary flags | entity vocabulary flags << 8

    public PosAndEntityTagger(AveragedPerceptronPosTagger pos, AveragedPerceptronEntityRecognizer ner)
    {
        _pos = pos;
        _ner = ner;
        // The two vocabularies come from nearly the same training words, so their union is barely larger than either.
        var flags = new Dictionary<string, ushort>(pos.Vocabulary.Count + 16, StringComparer.Ordinal);
        foreach (var e in pos.Vocabulary.Entries) flags[e.Key] = e.Value;
        foreach (var e in ner.Vocabulary.Entries) flags[e.Key] = (ushort)(flags.GetValueOrDefault(e.Key) | e.Value << 8);
        _lexicon = new SpanStringMap<ushort>(flags);
    }

    /// <summary>Tags <paramref name="sentence"/> into <paramref name="tags"/> (indexed like the token table) and appends its names to <paramref name="names"/>.</summary>
    public void Run(TokenTable tokens, Sentence sentence, Span<UniversalPos> tags, List<EntitySpan> names)
    {
        int n = sentence.TokenCount;
        if (n <= 0) return;
        var infos = ArrayPool<TokenInfo>.Shared.Rent(n);
        var exactHashes = ArrayPool<uint>.Shared.Rent(n);
        var nerLexical = ArrayPool<byte>.Shared.Rent(n);
        try
        {
            Span<char> lower = stackalloc char[TokenInfo.MaxVocabularyWord];
            for (int i = 0; i < n; i++)
            {
                var w = tokens.GetChars(sentence.FirstToken + i);
                infos[i] = TokenInfo.Compute(w, lower, out uint lowerHash, out exactHashes[i]);
                ushort both = w.Length <= TokenInfo.MaxVocabularyWord
                    && _lexicon.TryGetValue(lower[..w.Length], SpanStringMap<ushort>.HashFinish(lowerHash), out ushort f) ? f : (ushort)0;
                infos[i].SetLexical((byte)both);
                nerLexical[i] = (byte)(both >> 8);
            }
            _pos.Tag(tokens, sentence, tags, infos.AsSpan(0, n), exactHashes.AsSpan(0, n));
            for (int i = 0; i < n; i++)
                _ner.SetLexicon(ref infos[i], tokens.GetChars(sentence.FirstToken + i), exactHashes[i], nerLexical[i]);
            _ner.Recognize(tokens, sentence, tags, names, infos.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<TokenInfo>.Shared.Return(infos);
            ArrayPool<uint>.Shared.Return(exactHashes);
            ArrayPool<byte>.Shared.Return(nerLexical);
        }
    }
}
