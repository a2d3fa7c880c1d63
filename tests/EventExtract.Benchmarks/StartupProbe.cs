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
    /// <param name="direct">Only Create and the first result.</param>
    /// <param name="articlePath">With <paramref name="direct"/>: extract this file instead of one sentence.</param>
    public static int Run(bool direct, string? articlePath = null)
    {
        var processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        if (direct)
        {
            // As a user would: EventExtractor.Create, then the first result (of a sentence, or of a whole article file).
            string text = articlePath is null ? "Officials met in Paris on Friday, the ministry said." : File.ReadAllText(articlePath);
            double main = (DateTime.UtcNow - processStart).TotalMilliseconds;
            var coldExtractor = EventExtractor.Create();
            double created = (DateTime.UtcNow - processStart).TotalMilliseconds;
            coldExtractor.Extract(text);
            double wall = (DateTime.UtcNow - processStart).TotalMilliseconds;
            Console.WriteLine($"{"  to Main / Create / first result",-32} {main,8:0.0} / {created - main:0.0} / {wall - created:0.0} ms");
            // CPU time and JIT figures too: on a shared machine the wall time mostly measures the other processes.
            Console.WriteLine($"{"cold start to first result",-32} {wall,8:0.0} ms   cpu {CpuMs(),6:0} ms   jit {System.Runtime.JitInfo.GetCompiledMethodCount(),5} methods {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,6:0} ms   gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} pause {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms");
            return 0;
        }
        double toMain = (DateTime.UtcNow - processStart).TotalMilliseconds;
        var sw = Stopwatch.StartNew();
        var rows = new List<(string, double, double, long, double, string)> { ("runtime start to Main", toMain, CpuMs(), System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds, Gcs()) };
        void Step(string name, Action action)
        {
            double cpu = CpuMs();
            long methods = System.Runtime.JitInfo.GetCompiledMethodCount();
            double jit = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
            sw.Restart();
            action();
            rows.Add((name, sw.Elapsed.TotalMilliseconds, CpuMs() - cpu, System.Runtime.JitInfo.GetCompiledMethodCount() - methods,
                System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds - jit, Gcs()));
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
        Console.WriteLine($"{"",-32} {"wall",11} {"cpu",9} {"jitted",7} {"jit time",11}  gc 0/1/2 so far");
        foreach (var (name, ms, cpu, methods, jit, gcs) in rows) Console.WriteLine($"{name,-32} {ms,8:0.0} ms {cpu,6:0} ms {methods,7} {jit,8:0.0} ms  {gcs}");
        Console.WriteLine($"{"process start to here",-32} {total,8:0.0} ms {CpuMs(),6:0} ms {System.Runtime.JitInfo.GetCompiledMethodCount(),7} {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,8:0.0} ms");
        return 0;
    }

    /// <summary>Garbage collections so far by generation, and their total pause.</summary>
    private static string Gcs() => $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} ({GC.GetTotalPauseDuration().TotalMilliseconds:0} ms)";

    /// <summary>CPU time of the process so far (all threads, user and kernel).</summary>
    private static double CpuMs() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
}
