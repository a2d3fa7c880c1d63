using System.Diagnostics;
using EventExtract.Events;
using EventExtract.Text;

namespace EventExtract.Benchmarks;

/// <summary>
/// Where cold start goes: times each resource load of <see cref="EventExtractor.Create"/> and the first
/// <see cref="EventExtractor.Extract"/> in a fresh process, in the order the library builds them. Run once per
/// process (`startup`); repeat the process and take medians, since every figure after the first load is warm.
/// </summary>
internal static class StartupProbe
{
    public static int Run(bool direct)
    {
        var processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        if (direct)
        {
            // As a user would: EventExtractor.Create, then the first result.
            EventExtractor.Create().Extract("Officials met in Paris on Friday, the ministry said.");
            Console.WriteLine($"{"cold start to first result",-32} {(DateTime.UtcNow - processStart).TotalMilliseconds,8:0.0} ms");
            return 0;
        }
        double toMain = (DateTime.UtcNow - processStart).TotalMilliseconds;
        var sw = Stopwatch.StartNew();
        var rows = new List<(string, double)> { ("runtime start to Main", toMain) };
        void Step(string name, Action action)
        {
            sw.Restart();
            action();
            rows.Add((name, sw.Elapsed.TotalMilliseconds));
        }

        Step("POS model", () => Tagging.AveragedPerceptronPosTagger.LoadDefault());
        Step("NER model", () => Tagging.AveragedPerceptronEntityRecognizer.LoadDefault());
        Step("time lexicon", () => new Time.TimeTagger());
        Step("gazetteer (cities, countries)", () => _ = Places.ActorResolver.Instance);
        Step("event triggers", () => new RuleEventFinder(new Events.Triggers.LexiconTriggerDetector()));
        Step("text lexicon + tokenizer", () => _ = RuleTokenizer.Instance);
        // The reader builds its regexes on first use: a first read of a plain paragraph builds the boilerplate
        // patterns (the date patterns wait for a paragraph with digits).
        Step("article reader (first read)", () => ArticleReader.Instance.Read("Officials met in Paris on Friday, the ministry said."));
        Step("date patterns (first date)", () => ArticleReader.Instance.Read("Posted on October 29, 2019\n\nWASHINGTON, Oct. 29 (Reuters) - Officials met."));
        EventExtractor? extractor = null;
        Step("EventExtractor.Create (rest)", () => extractor = EventExtractor.Create());
        Step("first Extract", () => extractor!.Extract("Officials met in Paris on Friday, the ministry said."));
        Step("second Extract", () => extractor!.Extract("Rebels attacked a convoy near Kabul on Monday, killing 3 soldiers."));
        double total = (DateTime.UtcNow - processStart).TotalMilliseconds;
        foreach (var (name, ms) in rows) Console.WriteLine($"{name,-32} {ms,8:0.0} ms");
        Console.WriteLine($"{"process start to here",-32} {total,8:0.0} ms");
        return 0;
    }
}
