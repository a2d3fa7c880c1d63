using EventExtract.Events.Triggers;
using EventExtract.Text;

namespace EventExtract.Training.Triggers;

/// <summary>
/// Lists the lexicon candidates of the allowed training sentences (an aid for annotators: the labels in
/// Data/trigger-contexts.tsv are human judgements). Output columns: source id, sentence, start, end,
/// lexicon label, matched text.
/// </summary>
internal sealed class ListTriggerCandidatesCommand : ICommand
{
    public string Name => "list-trigger-candidates";

    public string Description => "print trigger lexicon candidates of UD EWT/GUM train sentences (annotation aid)";

    public int Run(string[] args)
    {
        var lexicon = TriggerLexicon.LoadEmbedded();
        var pipeline = new EventExtractorPipeline();
        var matches = new List<LexiconMatch>();
        using var output = args.Length > 0 ? new StreamWriter(args[0]) : new StreamWriter(Console.OpenStandardOutput());
        int n = 0;
        foreach (var s in ConlluSentences.TrainingSentences())
        {
            var analyzed = pipeline.Analyze(ArticleReader.Instance.Read(s.Text));
            foreach (var sentence in analyzed.Sentences)
            {
                matches.Clear();
                lexicon.FindMatches(analyzed.Tokens, sentence, matches);
                foreach (var m in matches)
                {
                    int start = analyzed.Tokens.GetSpan(m.FirstToken).Start, end = analyzed.Tokens.GetSpan(m.EndToken - 1).End;
                    output.WriteLine($"{s.SentenceId}\t{s.Text}\t{start}\t{end}\t{m.Entry.Label}\t{s.Text[start..end]}");
                    n++;
                }
            }
        }
        Console.Error.WriteLine($"{n} candidates");
        return 0;
    }
}
