using System.Diagnostics;
using System.Runtime.InteropServices;
using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Benchmarks;

/// <summary>
/// Where the full pipeline's time goes: runs the stages of <see cref="EventExtractor.Extract"/> one after another
/// over the benchmark corpus, as the pipeline does (reader, tokenizer and splitter, POS+NER, document consistency, time,
/// actors, events, result), and reports per stage the thread's CPU time and allocation per token. Thread CPU time
/// (Linux; wall time elsewhere) is much steadier than wall time on a shared machine. Mirrors
/// EventExtractorPipeline.Analyze, so keep the two in step when the pipeline changes.
/// </summary>
internal static class PipelineBreakdown
{
    public static int Run(string corpora)
    {
        var extractor = EventExtractor.Create();
        var articles = BenchmarkCorpus.Load(corpora);
        var p = extractor.Pipeline;
        var both = new PosAndEntityTagger((AveragedPerceptronPosTagger)p.PosTagger!, (AveragedPerceptronEntityRecognizer)p.EntityRecognizer!);
        string[] names = ["reader", "tokenize+split", "POS+NER", "consistency", "time", "actors", "events", "result"];
        var time = new long[names.Length];
        var bytes = new long[names.Length];
        long tokens = 0;
        var marks = new (long Time, long Bytes)[names.Length + 1];
        void Mark(int i) => marks[i] = (Now(), GC.GetAllocatedBytesForCurrentThread());
        const int Passes = 8, Untimed = 3; // the first passes let tiered compilation settle
        for (int pass = 0; pass < Passes; pass++)
        {
            foreach (var a in articles)
            {
                Mark(0);
                var document = ArticleReader.Instance.Read(a);
                Mark(1);
                var table = new TokenTable(document.Text, document.Text.Length / 4 + 16);
                var analyzed = new AnalyzedDocument(document, table);
                for (int i = 0; i < document.Paragraphs.Count; i++)
                {
                    int first = table.Count;
                    p.Tokenizer.Tokenize(document.Paragraphs[i].Span, table);
                    p.SentenceSplitter.Split(table, first, table.Count - first, i, analyzed.SentenceList);
                }
                Mark(2);
                analyzed.PosArray = new UniversalPos[table.Count];
                foreach (var s in analyzed.SentenceList) both.Run(table, s, analyzed.PosArray, analyzed.NameList);
                Mark(3);
                if (analyzed.NameList.Count > 0)
                {
                    var consistent = EntityDocumentConsistency.Apply(table, analyzed.SentenceList, analyzed.NameList);
                    analyzed.NameList.Clear();
                    analyzed.NameList.AddRange(consistent);
                }
                Mark(4);
                p.TimeTagger!.Tag(analyzed, analyzed.TimexList);
                Mark(5);
                p.ActorResolver!.Resolve(analyzed, analyzed.ActorList, analyzed.PlaceList);
                Mark(6);
                var events = extractor.EventFinder!.Find(analyzed);
                Mark(7);
                GC.KeepAlive(new ExtractionResult
                {
                    Document = document, Actors = analyzed.ActorList.ToArray(), Places = analyzed.PlaceList.ToArray(),
                    Timexes = analyzed.TimexList.ToArray(), Events = events, Analysis = analyzed,
                });
                Mark(8);
                if (pass < Untimed) continue;
                tokens += table.Count;
                for (int i = 0; i < names.Length; i++)
                {
                    time[i] += marks[i + 1].Time - marks[i].Time;
                    bytes[i] += marks[i + 1].Bytes - marks[i].Bytes;
                }
            }
        }
        double total = time.Sum();
        Console.WriteLine($"Per stage inside the full pipeline, {(OperatingSystem.IsLinux() ? "thread CPU" : "wall")} time, {Passes - Untimed} passes over {articles.Count} articles:");
        Console.WriteLine("| stage | µs/token | share | allocated bytes/token |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (int i = 0; i < names.Length; i++)
            Console.WriteLine($"| {names[i]} | {time[i] / 1e3 / tokens:0.000} | {100 * time[i] / total:0.0} % | {(double)bytes[i] / tokens:0.0} |");
        Console.WriteLine($"| total | {total / 1e3 / tokens:0.000} | | {(double)bytes.Sum() / tokens:0.0} |");
        return 0;
    }

    /// <summary>Nanoseconds: the thread's CPU clock on Linux, else the stopwatch.</summary>
    internal static long Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var ts) == 0) return ts.Seconds * 1_000_000_000 + ts.Nanoseconds;
        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in this project
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054
}
