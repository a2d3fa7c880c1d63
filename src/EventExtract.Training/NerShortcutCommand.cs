using EventExtract.Tagging;
using EventExtract.Training.Corpora;

namespace EventExtract.Training;

/// <summary>
/// Measures what the entity decoder's shortcut (plainly outside tokens labelled O without scoring) changes:
/// per corpus, the share of tokens skipped and the tokens whose label differs from scoring every token.
/// </summary>
internal sealed class NerShortcutCommand : ICommand
{
    public string Name => "ner-shortcut";

    public string Description => "Share of tokens the entity decoder labels O unscored, and labels that differ from scoring every token (UNER, GUM, TimeBank/AQUAINT).";

    public int Run(string[] args)
    {
        var tagger = TaggingModelFiles.LoadPos(args);
        var fast = TaggingModelFiles.LoadNer(args);
        var full = fast.WithEveryTokenScored();
        int shown = 0;
        foreach (var split in new[] { "train", "dev", "test" })
        {
            foreach (var (name, data) in new[] { ($"UNER EWT {split}", TaggingData.UnerBio(split)), ($"GUM {split}", TaggingData.GumBio(split)) })
            {
                long tokens = 0, skipped = 0, differ = 0;
                foreach (var s in TaggingData.WithPredictedPos(data, tagger))
                {
                    int n = s.Words.Length;
                    if (n == 0) continue;
                    var infos = s.Words.Select(w => fast.Info(w)).ToArray();
                    var a = new byte[n];
                    var b = new byte[n];
                    var probs = new float[n];
                    skipped += fast.Decode(infos, s.Pos, a, probs);
                    full.Decode(infos, s.Pos, b, probs);
                    tokens += n;
                    for (int i = 0; i < n; i++)
                    {
                        if (a[i] == b[i]) continue;
                        differ++;
                        if (split != "train" && shown++ < 40)
                            Console.WriteLine($"    {name}: {EntityLabels.Name(a[i])} vs {EntityLabels.Name(b[i])} at '{s.Words[i]}' in: {string.Join(' ', s.Words[Math.Max(0, i - 5)..Math.Min(n, i + 6)])}");
                    }
                }
                Console.WriteLine($"{name}: {tokens} tokens, {(double)skipped / tokens:P1} unscored, {differ} labels differ from scoring every token");
            }
        }
        var extractor = EventExtractor.Create();
        foreach (var corpus in new[] { "timebank", "aquaint" })
        {
            long tokens = 0, differ = 0;
            foreach (var id in TimeMlArticles.List(corpus))
            {
                var doc = extractor.Analyze(TimeMlArticles.Load(corpus, id).Text);
                var a = new List<EntitySpan>();
                var b = new List<EntitySpan>();
                foreach (var sentence in doc.Sentences)
                {
                    fast.Recognize(doc.Tokens, sentence, doc.Pos.Span, a);
                    full.Recognize(doc.Tokens, sentence, doc.Pos.Span, b);
                    tokens += sentence.TokenCount;
                }
                differ += a.Except(b).Count() + b.Except(a).Count();
            }
            Console.WriteLine($"{corpus}: {tokens} tokens, {differ} entity spans differ from scoring every token");
        }
        return 0;
    }
}
