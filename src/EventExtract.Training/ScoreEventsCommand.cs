using System.Globalization;
using EventExtract.Events;
using EventExtract.Training.Evaluation;

namespace EventExtract.Training;

/// <summary>
/// Runs the extractor on the annotated articles and prints event and argument precision/recall/F1
/// (matching rules: <see cref="EventScorer"/>).
/// </summary>
internal sealed class ScoreEventsCommand : ICommand
{
    public string Name => "score-events";

    public string Description => "score-events [--split dev|train|all] [--corpus gum|ewt|timebank|aquaint[,…]|all] [--doc ID[,ID…]] [--verbose] [--dump]: event P/R/F1 on the gold annotations; --verbose lists each article's misses, false alarms and argument errors, --dump every predicted event";

    public int Run(string[] args)
    {
        var split = ValidateEventsCommand.Option(args, "--split") ?? "dev";
        var corpus = ValidateEventsCommand.Option(args, "--corpus") ?? "all";
        bool verbose = args.Contains("--verbose");
        bool dump = args.Contains("--dump");
        // --doc takes one id or a comma-separated list (e.g. the articles annotated in one batch, scored together).
        var docs = ValidateEventsCommand.Option(args, "--doc")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var extractor = EventExtractor.Create();
        var total = new EventScoreReport();
        foreach (var t in EventAnnotationValidator.Types) total.AddEvent(t, default);
        foreach (var a in EventScoreReport.ArgumentNames) total.AddArgument(a, default);
        var skippedCorpora = new SortedSet<string>(StringComparer.Ordinal);
        int articles = 0, failures = 0;
        foreach (var (path, file) in EventAnnotationFile.ReadAll(corpus))
        {
            if (split != "all" && file.Split != split) continue;
            if (docs is not null && !docs.Contains(file.Doc, StringComparer.Ordinal)) continue;
            if (!EventAnnotationTexts.IsAvailable(file.Corpus))
            {
                skippedCorpora.Add(file.Corpus);
                continue;
            }
            var article = EventAnnotationTexts.Load(file.Corpus, file.Doc);
            if (EventAnnotationFile.Sha256(article.Text) != file.TextSha256)
            {
                Console.Error.WriteLine($"{file.Corpus}/{file.Doc}: textSha256 differs from the loaded text; skipped (run validate-events)");
                failures++;
                continue;
            }
            var published = article.Published ?? (DateOnly.TryParse(file.Published, CultureInfo.InvariantCulture, out var d) ? d : null);
            var result = extractor.Extract(article.Text, new ArticleInfo(article.Id, article.Title, published));
            var report = EventScorer.Score(file.Events, result.Events);
            total.AddCounts(report);
            articles++;
            // (The library's own sentences, so that a line break after "Dr." in the corpus text does not cut the context shown.)
            if (verbose) PrintDetails(file, article.Text, report, extractor.Analyze(article.Text, new ArticleInfo(article.Id, article.Title, published)).Sentences);
            if (dump) foreach (var e in result.Events) Console.WriteLine($"EVENT {file.Doc} {Describe(e)}");
        }
        foreach (var c in skippedCorpora) Console.WriteLine($"skipped corpus '{c}': its article loader (TimeMlArticles) is not in this build yet");
        Console.WriteLine($"split={split} corpus={corpus} articles={articles}");
        Console.WriteLine($"{"events",-14} {"gold",5} {"pred",5} {"tp",5} {"P",7} {"R",7} {"F1",7}");
        foreach (var (type, c) in total.Events) Row(type, c);
        Row("micro", total.Overall);
        Console.WriteLine();
        Console.WriteLine($"{"arguments",-14} {"gold",5} {"pred",5} {"tp",5} {"P",7} {"R",7} {"F1",7}");
        foreach (var name in EventScoreReport.ArgumentNames) Row(name, total.Arguments.GetValueOrDefault(name));
        Row("micro", total.ArgumentsOverall);
        return failures == 0 ? 0 : 1;
    }

    private static void Row(string name, PrfCounts c) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-14} {c.Tp + c.Fn,5} {c.Tp + c.Fp,5} {c.Tp,5} {c.Precision,7:P1} {c.Recall,7:P1} {c.F1,7:P1}"));

    private static void PrintDetails(EventAnnotationFile file, string text, EventScoreReport report, IReadOnlyList<EventExtract.Text.Sentence> sentences)
    {
        string SentenceAround(string text, int offset)
        {
            foreach (var s in sentences)
                if (s.Span.Start <= offset && offset < s.Span.End) return text[s.Span.Start..s.Span.End].Replace('\n', ' ');
            return ScoreEventsCommand.SentenceAround(text, offset);
        }

        foreach (var g in report.Misses)
        {
            var m = g.Mentions[0];
            Console.WriteLine($"MISS  {file.Doc} {g.Id} {g.Type} '{m.Trigger}' @{m.Start}: {SentenceAround(text, m.Start)}");
        }
        foreach (var p in report.FalseAlarms)
            Console.WriteLine($"FALSE {file.Doc} {p.Type} '{p.Trigger.Text}' @{p.Trigger.Span.Start}: {p.Sentence.Text}");
        string? shown = null;
        foreach (var e in report.ArgumentErrors)
        {
            Console.WriteLine($"ARG   {file.Doc} {e}");
            // The sentence of the event's first mention, once per event, to read the error in context.
            var id = e.Split(' ', 2)[0];
            if (id == shown || file.Events.FirstOrDefault(g => g.Id == id) is not { } gold) continue;
            shown = id;
            Console.WriteLine($"      in: {SentenceAround(text, gold.Mentions[0].Start)}");
        }
    }

    internal static string Describe(ExtractedEvent e)
    {
        static string Actors(IEnumerable<EventExtract.Places.Actor> a) => "[" + string.Join("; ", a.Select(x => x.Text)) + "]";
        var args = e switch
        {
            Meeting m => $"participants={Actors(m.Participants)} host={m.Host?.Text}",
            Statement st => $"speakers={Actors(st.Speakers)} addressees={Actors(st.Addressees)}",
            Attack a => $"attackers={Actors(a.Attackers)} targets={Actors(a.Targets)} killed={a.Killed} injured={a.Injured} type={a.AttackType}",
            _ => "",
        };
        var mentions = string.Join(", ", e.Mentions.Select(m => $"'{m.Trigger.Text}'@{m.Trigger.Span.Start}"));
        return $"{e.Type} {e.Status} date={e.Date?.Value} loc={e.Location?.Text} {args} mentions: {mentions}";
    }

    /// <summary>The text between the sentence-ending punctuation or paragraph break before and after <paramref name="offset"/>.</summary>
    internal static string SentenceAround(string text, int offset)
    {
        int start = offset, end = offset;
        while (start > 0 && offset - start < 400 && !IsBoundary(text, start - 1)) start--;
        while (end < text.Length && end - offset < 400 && !IsBoundary(text, end)) end++;
        if (end < text.Length && text[end] != '\n') end++;
        return text[start..end].Trim();
    }

    private static bool IsBoundary(string text, int i) =>
        text[i] == '\n' || ((text[i] == '.' || text[i] == '?' || text[i] == '!') && (i + 1 == text.Length || text[i + 1] == ' ' || text[i + 1] == '\n'));
}
