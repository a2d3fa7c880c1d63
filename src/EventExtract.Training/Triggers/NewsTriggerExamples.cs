using System.Globalization;
using EventExtract.Events.Triggers;
using EventExtract.Text;
using EventExtract.Training.Evaluation;

namespace EventExtract.Training.Triggers;

/// <summary>
/// Trigger examples from the GUM Wikinews articles of the event annotations' <b>train</b> split (tests/data/events):
/// every lexicon candidate in a body sentence, labelled with the type of the gold event mention it overlaps, else
/// None. Only GUM (CC BY) trains the shipped model: TimeBank and AQUAINT are licensed for evaluation only, so their
/// articles never feed a model. Dev-split articles are never read. Ordered by corpus and document, so training
/// stays deterministic.
/// </summary>
internal static class NewsTriggerExamples
{
    /// <summary>Document ids of these examples start with this prefix (to keep them apart from UD documents).</summary>
    public const string Prefix = "news:";

    /// <summary>The one annotated corpus whose licence allows training on it.</summary>
    private const string TrainableCorpus = "gum";

    public static List<TriggerExample> Build(TriggerLexicon lexicon, TriggerFeaturizer featurizer, out int articles)
    {
        var extractor = EventExtractor.Create();
        var examples = new List<TriggerExample>();
        var matches = new List<LexiconMatch>();
        var features = new List<int>();
        articles = 0;
        foreach (var (_, file) in EventAnnotationFile.ReadAll("all"))
        {
            if (file.Split != "train" || file.Corpus != TrainableCorpus || !EventAnnotationTexts.IsAvailable(file.Corpus)) continue;
            var article = EventAnnotationTexts.Load(file.Corpus, file.Doc);
            if (EventAnnotationFile.Sha256(article.Text) != file.TextSha256) continue;
            var published = article.Published ?? (DateOnly.TryParse(file.Published, CultureInfo.InvariantCulture, out var d) ? d : null);
            var analyzed = extractor.Analyze(article.Text, new ArticleInfo(article.Id, article.Title, published));
            var gold = file.Events.SelectMany(e => e.Mentions.Select(m => (Span: new TextSpan(m.Start, m.End), e.Type))).ToList();
            articles++;
            for (int s = 0; s < analyzed.Sentences.Count; s++)
            {
                if (!analyzed.IsBodySentence(s)) continue;
                var sentence = analyzed.Sentences[s];
                matches.Clear();
                lexicon.FindMatches(analyzed.Tokens, sentence, matches);
                foreach (var m in matches)
                {
                    if (m.Entry.Label == TriggerLabel.None) continue;
                    var span = new TextSpan(analyzed.Tokens.GetSpan(m.FirstToken).Start, analyzed.Tokens.GetSpan(m.EndToken - 1).End);
                    var label = TriggerLabel.None;
                    foreach (var g in gold)
                    {
                        if (!g.Span.Overlaps(span)) continue;
                        var l = Enum.Parse<TriggerLabel>(g.Type);
                        if (label == TriggerLabel.None || l == m.Entry.Label) label = l;
                    }
                    featurizer.Featurize(analyzed.Tokens, sentence, analyzed.Pos.Span, m, features, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matches));
                    examples.Add(new TriggerExample($"{file.Corpus}/{file.Doc}@{span.Start}", Prefix + file.Doc, features.ToArray(), label, m.Entry));
                }
            }
        }
        return examples;
    }
}
