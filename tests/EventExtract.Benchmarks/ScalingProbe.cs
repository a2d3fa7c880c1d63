using System.Diagnostics;

namespace EventExtract.Benchmarks;

/// <summary>
/// `scaling`: why all cores are not twice one core. Runs the corpus through one shared extractor four ways, four
/// rounds, and prints wall time, process CPU time and gen-0 collections per corpus pass for each: one thread,
/// <see cref="EventExtractor.ExtractMany"/>, plain threads taking articles from a shared counter, and every thread
/// running the whole corpus (no shared queue at all). CPU time above the one-thread figure is the cost of running
/// side by side; run it again under GC settings (DOTNET_GCgen0size, DOTNET_gcServer) to see their share.
/// </summary>
internal static class ScalingProbe
{
    public static int Run(string corpora)
    {
        var articles = BenchmarkCorpus.Load(corpora);
        var extractor = EventExtractor.Create();
        int cores = Environment.ProcessorCount;
        void OneThread() { foreach (var a in articles) extractor.Extract(a); }
        void ExtractMany() { foreach (var _ in extractor.ExtractMany(articles.Select(a => new Article(a)))) { } }
        void SharedCounter()
        {
            int next = -1;
            RunThreads(cores, () => { int i; while ((i = Interlocked.Increment(ref next)) < articles.Count) extractor.Extract(articles[i]); });
        }
        void WholeCorpusEach() => RunThreads(cores, OneThread);
        var modes = new (string Name, Action Run, int Passes)[]
        {
            ("one thread", OneThread, 1), ("ExtractMany", ExtractMany, 1),
            ($"{cores} threads, shared counter", SharedCounter, 1), ($"{cores} threads, whole corpus each", WholeCorpusEach, cores),
        };
        foreach (var m in modes) { m.Run(); m.Run(); }
        Console.WriteLine($"Per corpus pass ({articles.Count} articles), {cores} cores:");
        for (int round = 0; round < 4; round++)
        {
            foreach (var (name, run, passes) in modes)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                Thread.Sleep(100);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                int gen0 = GC.CollectionCount(0);
                var sw = Stopwatch.StartNew();
                run();
                double wall = sw.Elapsed.TotalMilliseconds / passes;
                double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / passes;
                Console.Write($"{name}: wall {wall:0} ms, CPU {cpuMs:0} ms, gen0 {(GC.CollectionCount(0) - gen0) / (double)passes:0.#} | ");
            }
            Console.WriteLine();
        }
        return 0;
    }

    private static void RunThreads(int count, Action body)
    {
        var threads = Enumerable.Range(0, count).Select(_ => new Thread(() => body())).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }
}
