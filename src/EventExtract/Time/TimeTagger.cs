using EventExtract.Text;

namespace EventExtract.Time;

/// <summary>
/// Rule-based TIMEX3 tagger for news English. Finds dates, times, durations, sets and vague references
/// in body, header and title sentences and resolves them against the publication date, using the tense
/// of the surrounding clause for partial dates ("in November" after "will" is the next November).
/// Word lists live in Resources/Time. Stateless after construction and thread-safe.
/// </summary>
/// <remarks>
/// Numeric dates such as "10/11/2019" are read in US month/day order unless the first number is over 12.
/// Without a publication date, relative values keep unknown parts ("XXXX-09"); the clock is never read.
/// </remarks>
public sealed class TimeTagger : ITimeTagger
{
    private readonly TimeLexicon _lexicon = TimeLexicon.Default;

    /// <inheritdoc />
    public void Tag(AnalyzedDocument document, List<Timex> output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var matcher = new TimexMatcher(_lexicon, document.Text, document.Document.Published, document);
        try
        {
            var paragraphs = document.Document.Paragraphs;
            var sentences = document.Sentences;
            int s = 0;
            while (s < sentences.Count)
            {
                // Runs of sentences of one paragraph are matched together (see TimexMatcher.MatchSentences).
                int paragraph = sentences[s].Paragraph;
                int e = s + 1;
                while (e < sentences.Count && sentences[e].Paragraph == paragraph) e++;
                bool boilerplate = (uint)paragraph < (uint)paragraphs.Count && paragraphs[paragraph].Role == ParagraphRole.Boilerplate;
                if (!boilerplate) matcher.MatchSentences(sentences, s, e - s, output);
                s = e;
            }
        }
        finally
        {
            matcher.Release();
        }
    }

    /// <summary>
    /// Tags a plain range of text without a pipeline (one sentence or a whole passage), resolving against
    /// <paramref name="published"/>. Sentence indexes in the output are <paramref name="sentenceIndex"/>.
    /// </summary>
    public void TagText(string text, TextSpan range, DateOnly? published, List<Timex> output, int sentenceIndex = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        if (range.Start < 0 || range.End > text.Length || range.End < range.Start) throw new ArgumentOutOfRangeException(nameof(range));
        var matcher = new TimexMatcher(_lexicon, text, published, null);
        try
        {
            matcher.MatchSentence(range.Start, range.End, sentenceIndex, output);
        }
        finally
        {
            matcher.Release();
        }
    }
}
