using System.Globalization;
using EventExtract.Training.Evaluation;

namespace EventExtract.Training;

/// <summary>
/// Prints the events extracted from TimeBank/AQUAINT articles that have no gold event annotation (unseen text for
/// studying error patterns without touching the dev split), one line per event with its first sentence.
/// </summary>
internal sealed class DumpEventsCommand : ICommand
{
    public string Name => "dump-unannotated";

    public string Description => "dump-unannotated [--corpus timebank|aquaint] [--max N]: events of TimeBank/AQUAINT articles without gold event annotations";

    public int Run(string[] args)
    {
        var corpus = ValidateEventsCommand.Option(args, "--corpus") ?? "timebank";
        int max = int.TryParse(ValidateEventsCommand.Option(args, "--max"), out var m) ? m : 20;
        var annotated = new HashSet<string>(EventAnnotationFile.ReadAll("all").Select(f => f.File.Doc), StringComparer.Ordinal);
        var dir = Path.Combine(SharedPaths.Corpora, "timebank-aquaint", corpus == "aquaint" ? "AQUAINT" : "TimeBank");
        var extractor = EventExtractor.Create();
        int n = 0;
        foreach (var file in Directory.GetFiles(dir, "*.tml").OrderBy(f => f, StringComparer.Ordinal))
        {
            var doc = Path.GetFileNameWithoutExtension(file);
            if (annotated.Contains(doc)) continue;
            if (n++ >= max) break;
            var article = EventAnnotationTexts.Load(corpus, doc);
            var result = extractor.Extract(article.Text, new ArticleInfo(article.Id, article.Title, article.Published));
            foreach (var e in result.Events)
            {
                var args2 = e switch
                {
                    Events.Meeting mt => $"participants=[{string.Join("; ", mt.Participants.Select(a => a.Text))}]",
                    Events.Statement st => $"speakers=[{string.Join("; ", st.Speakers.Select(a => a.Text))}] addressees=[{string.Join("; ", st.Addressees.Select(a => a.Text))}]",
                    Events.Attack at => $"attackers=[{string.Join("; ", at.Attackers.Select(a => a.Text))}] targets=[{string.Join("; ", at.Targets.Select(a => a.Text))}]",
                    _ => "",
                };
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{doc} {e.Type} '{e.Trigger.Text}' {e.Status} date={e.Date?.Value} loc={e.Location?.Text} {args2}"));
                Console.WriteLine($"    {e.Sentence.Text}");
            }
        }
        return 0;
    }
}
