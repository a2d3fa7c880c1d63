using System.Buffers;
using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// The default POS tagger and entity recognizer run together over one sentence, with the per-token work they share
/// done once: the token hashes (<see cref="TokenInfo"/>), the lowercased word, its lookup hash and the vocabulary probe
/// (the recognizer's vocabulary entry comes from the tagger's, see <see cref="VocabularyIndex.EntriesIn"/>). Same output as running <see cref="AveragedPerceptronPosTagger.Tag(TokenTable, Sentence, Span{UniversalPos})"/> then
/// <see cref="AveragedPerceptronEntityRecognizer.Recognize(TokenTable, Sentence, ReadOnlySpan{UniversalPos}, List{EntitySpan})"/>.
/// Immutable and thread-safe.
/// </summary>
internal sealed class PosAndEntityTagger
{
    private readonly AveragedPerceptronPosTagger _pos;
    private readonly AveragedPerceptronEntityRecognizer _ner;

    // Each POS vocabulary word's entry in the recognizer's vocabulary (nearly the same words): one probe per token finds both.
    private readonly int[] _nerOfPos;
    private readonly bool _nerCovered;

    public PosAndEntityTagger(AveragedPerceptronPosTagger pos, AveragedPerceptronEntityRecognizer ner)
    {
        _pos = pos;
        _ner = ner;
        _nerOfPos = pos.Words.EntriesIn(ner.Words, out _nerCovered);
    }

    /// <summary>Tags <paramref name="sentence"/> into <paramref name="tags"/> (indexed like the token table) and appends its names to <paramref name="names"/>.</summary>
    public void Run(TokenTable tokens, Sentence sentence, Span<UniversalPos> tags, List<EntitySpan> names)
    {
        int n = sentence.TokenCount;
        if (n <= 0) return;
        var infos = ArrayPool<TokenInfo>.Shared.Rent(n);
        var exactHashes = ArrayPool<uint>.Shared.Rent(n);
        var entries = ArrayPool<int>.Shared.Rent(2 * n);
        try
        {
            var posEntries = entries.AsSpan(0, n);
            var nerEntries = entries.AsSpan(n, n);
            TokenInfo.ComputeSentence(tokens, sentence, _pos.Words, infos.AsSpan(0, n), exactHashes.AsSpan(0, n), posEntries, _ner.Words, nerEntries, _nerOfPos, _nerCovered);
            AveragedPerceptronPosTagger.SetWordRows(infos.AsSpan(0, n), posEntries);
            _pos.Tag(tokens, sentence, tags, infos.AsSpan(0, n), exactHashes.AsSpan(0, n));
            for (int i = 0; i < n; i++)
                _ner.SetLexicon(ref infos[i], tokens.GetChars(sentence.FirstToken + i), exactHashes[i], nerEntries[i]);
            _ner.Recognize(tokens, sentence, tags, names, infos.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<TokenInfo>.Shared.Return(infos);
            ArrayPool<uint>.Shared.Return(exactHashes);
            ArrayPool<int>.Shared.Return(entries);
        }
    }
}
