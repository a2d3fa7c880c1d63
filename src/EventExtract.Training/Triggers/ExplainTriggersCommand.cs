using System.Globalization;
using System.Runtime.InteropServices;
using EventExtract.Events.Triggers;
using EventExtract.Text;

namespace EventExtract.Training.Triggers;

/// <summary>Prints every lexicon candidate of a text file with the classifier's probabilities (a debugging aid).</summary>
internal sealed class ExplainTriggersCommand : ICommand
{
    public string Name => "explain-triggers";

    public string Description => "print lexicon candidates of a text file with class probabilities; <file>";

    public int Run(string[] args)
    {
        if (args.Length != 1) { Console.Error.WriteLine("usage: explain-triggers <file>"); return 2; }
        var lexicon = TriggerLexicon.LoadEmbedded();
        var model = LinearTriggerClassifier.LoadEmbedded();
        if (model is null) { Console.Error.WriteLine("no embedded model"); return 1; }
        var analyzed = new EventExtractorPipeline().Analyze(ArticleReader.Instance.Read(File.ReadAllText(args[0])));
        var matches = new List<LexiconMatch>();
        var features = new List<int>();
        var p = new float[LinearTriggerClassifier.ClassCount];
        foreach (var sentence in analyzed.Sentences)
        {
            matches.Clear();
            lexicon.FindMatches(analyzed.Tokens, sentence, matches);
            foreach (var m in matches)
            {
                var span = new TextSpan(analyzed.Tokens.GetSpan(m.FirstToken).Start, analyzed.Tokens.GetSpan(m.EndToken - 1).End);
                if (m.Entry.Label == TriggerLabel.None) { Console.WriteLine($"{span.GetText(analyzed.Text),-30} blocked ({m.Entry.Lemma})"); continue; }
                model.Featurizer.Featurize(analyzed.Tokens, sentence, analyzed.Pos.Span, m, features, CollectionsMarshal.AsSpan(matches));
                model.Predict(CollectionsMarshal.AsSpan(features), m.Entry, p);
                var (label, best) = LexiconTriggerDetector.BestEvent(p);
                string verdict = best >= model.Threshold ? label.ToString() : "-";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{span.GetText(analyzed.Text),-30} {verdict,-9} None {p[0]:F2} Meeting {p[1]:F2} Statement {p[2]:F2} Attack {p[3]:F2}"));
            }
        }
        return 0;
    }
}
