using EventExtract.Events;
using EventExtract.Events.Triggers;
using EventExtract.Text;

namespace EventExtract.Tests.Events.Triggers;

/// <summary>Helpers to run a detector over plain text and read its triggers back as strings.</summary>
internal static class TriggerTestText
{
    public static AnalyzedDocument Analyze(string text) =>
        new EventExtractorPipeline().Analyze(ArticleReader.Instance.Read(text, published: new DateOnly(2019, 10, 29)));

    public static List<TriggerCandidate> Detect(ITriggerDetector detector, AnalyzedDocument document)
    {
        var output = new List<TriggerCandidate>();
        detector.Detect(document, output);
        return output;
    }

    public static TextSpan SpanOf(AnalyzedDocument document, TriggerCandidate c) =>
        new(document.Tokens.GetSpan(c.FirstToken).Start, document.Tokens.GetSpan(c.FirstToken + c.TokenCount - 1).End);

    public static string TextOf(AnalyzedDocument document, TriggerCandidate c) => SpanOf(document, c).GetText(document.Text);

    /// <summary>Triggers as "Type:text" strings, in order.</summary>
    public static List<string> Describe(ITriggerDetector detector, string text)
    {
        var document = Analyze(text);
        return Detect(detector, document).Select(c => $"{c.Type}:{TextOf(document, c)}").ToList();
    }

    public static List<LexiconMatch> Matches(TriggerLexicon lexicon, TokenTable tokens)
    {
        var output = new List<LexiconMatch>();
        lexicon.FindMatches(tokens, new Sentence(new TextSpan(0, tokens.Text.Length), 0, tokens.Count, 0), output);
        return output;
    }
}
