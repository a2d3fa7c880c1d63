using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>Sentence bounds for the passes that walk a document's names in order.</summary>
internal static class SentenceEnds
{
    /// <summary>
    /// The end (exclusive, at most <paramref name="tokenCount"/>) of the sentence holding token <paramref name="token"/>,
    /// or <paramref name="tokenCount"/> past the last sentence. <paramref name="cursor"/> only moves forward, so a walk over
    /// names in token order finds all their sentences in one pass over <paramref name="sentences"/>.
    /// </summary>
    public static int Holding(IReadOnlyList<Sentence> sentences, int tokenCount, int token, ref int cursor)
    {
        while (cursor < sentences.Count && sentences[cursor].EndToken <= token) cursor++;
        return cursor < sentences.Count ? Math.Min(sentences[cursor].EndToken, tokenCount) : tokenCount;
    }
}
