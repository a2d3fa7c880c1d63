using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EventExtract.Tagging;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Benchmarks;

/// <summary>
/// Whole-pipeline throughput over the fixed corpus, single-threaded and on all cores, per-stage figures,
/// allocation per token, cold start and peak working set; then the peers (wink-nlp, chrono-node) over the
/// same corpus file in the same run, and the ratios.
/// </summary>
internal static class ThroughputHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        int repeats = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 3;
        bool runPeers = !args.Contains("--no-peers");
        // "--only tokenizer,time" times just those stages (names are matched as prefixes), for profiling one stage.
        int onlyAt = Array.IndexOf(args, "--only");
        string[]? only = onlyAt >= 0 && onlyAt + 1 < args.Length ? args[onlyAt + 1].Split(',') : null;
        bool Wanted(string stage) => only is null || only.Any(o => stage.StartsWith(o, StringComparison.OrdinalIgnoreCase));

        var extractor = EventExtractor.Create();
        extractor.Extract("Officials met in Paris on Friday, the ministry said.");
        double coldStartMs = (DateTime.UtcNow - processStart).TotalMilliseconds;

        string root = FindRepoRoot();
        string corpora = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora"));
        var articles = BenchmarkCorpus.Load(corpora);
        string corpusFile = Path.Combine(Path.GetTempPath(), "eventextract-bench-corpus.txt");
        await File.WriteAllTextAsync(corpusFile, string.Join('\f', articles), new UTF8Encoding(false));
        long bytes = new FileInfo(corpusFile).Length;
        Console.WriteLine($"Corpus: {articles.Count} articles, {bytes / 1e6:0.00} MB ({corpusFile})");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInfo()}");
        Console.WriteLine($"Cold start to first result: {coldStartMs:0} ms");

        // Warm up every stage once so that tiered JIT settles before timing.
        foreach (var a in articles.Take(50)) extractor.Extract(a);

        var pipeline = extractor.Pipeline;
        var stages = new List<(string Name, double Seconds, long Tokens, long Allocated, double CpuSeconds, string Gcs)>();

        var tokenizerStage = Measure("tokenizer", repeats, articles, a =>
        {
            var table = new TokenTable(a, a.Length / 4 + 16);
            pipeline.Tokenizer.Tokenize(new TextSpan(0, a.Length), table);
            return table.Count;
        });
        stages.Add(tokenizerStage);
        if (only is not null && !Wanted("tokenizer")) stages.Clear();
        var analyzed = articles.Select(a => extractor.Analyze(a)).ToList();
        if (pipeline.TimeTagger is { } timeTagger && Wanted("time tagger"))
        {
            int index = 0;
            stages.Add(Measure("time tagger", repeats, articles, _ =>
            {
                var doc = analyzed[index++ % analyzed.Count];
                var list = new List<Timex>();
                timeTagger.Tag(doc, list);
                return doc.Tokens.Count;
            }, reset: () => index = 0));
        }
        if (pipeline.PosTagger is { } pos && Wanted("POS tagger"))
        {
            int index = 0;
            stages.Add(Measure("POS tagger", repeats, articles, _ =>
            {
                var doc = analyzed[index++ % analyzed.Count];
                var tags = new UniversalPos[doc.Tokens.Count];
                foreach (var s in doc.Sentences) pos.Tag(doc.Tokens, s, tags);
                return doc.Tokens.Count;
            }, reset: () => index = 0));
        }
        if (pipeline.EntityRecognizer is { } ner && Wanted("entity recognizer"))
        {
            int index = 0;
            stages.Add(Measure("entity recognizer", repeats, articles, _ =>
            {
                var doc = analyzed[index++ % analyzed.Count];
                var names = new List<EntitySpan>();
                foreach (var s in doc.Sentences) ner.Recognize(doc.Tokens, s, doc.Pos.Span, names);
                return doc.Tokens.Count;
            }, reset: () => index = 0));
        }
        if (pipeline.ActorResolver is { } resolver && Wanted("actors and places"))
        {
            int index = 0;
            stages.Add(Measure("actors and places", repeats, articles, _ =>
            {
                var doc = analyzed[index++ % analyzed.Count];
                resolver.Resolve(doc, new List<Places.Actor>(), new List<Places.Place>());
                return doc.Tokens.Count;
            }, reset: () => index = 0));
        }
        if (extractor.EventFinder is { } finder && Wanted("events"))
        {
            int index = 0;
            stages.Add(Measure("events", repeats, articles, _ =>
            {
                var doc = analyzed[index++ % analyzed.Count];
                finder.Find(doc);
                return doc.Tokens.Count;
            }, reset: () => index = 0));
        }
        if (Wanted("full pipeline"))
            stages.Add(Measure("full pipeline, 1 core", repeats, articles, a => extractor.Extract(a).Analysis!.Tokens.Count));

        var allCoresPause = TimeSpan.Zero;
        // The parallel path (PLINQ, thread-pool threads) gets its own untimed pass; each timed pass starts on a settled heap.
        if (Wanted("full pipeline")) foreach (var _ in extractor.ExtractMany(articles.Select(a => new Article(a)))) { }
        double allCoresSeconds = !Wanted("full pipeline") ? double.NaN : Median(repeats, () =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var pauseBefore = GC.GetTotalPauseDuration();
            var sw = Stopwatch.StartNew();
            foreach (var _ in extractor.ExtractMany(articles.Select(a => new Article(a)))) { }
            allCoresPause = GC.GetTotalPauseDuration() - pauseBefore;
            return sw.Elapsed.TotalSeconds;
        });
        long tokensTotal = tokenizerStage.Tokens;

        Console.WriteLine();
        Console.WriteLine($"| stage | MB/s | tokens/s | articles/s | allocated bytes/token | CPU MB/s | gen0/1/2 GCs (pause) |");
        Console.WriteLine($"|---|---:|---:|---:|---:|---:|---:|");
        foreach (var s in stages)
            Console.WriteLine($"| {s.Name} | {bytes / 1e6 / s.Seconds:0.00} | {s.Tokens / s.Seconds:N0} | {articles.Count / s.Seconds:0.0} | {(double)s.Allocated / Math.Max(1, s.Tokens):0.0} | {bytes / 1e6 / s.CpuSeconds:0.00} | {s.Gcs} |");
        if (!Wanted("full pipeline")) return 0;
        Console.WriteLine($"| full pipeline, {Environment.ProcessorCount} cores | {bytes / 1e6 / allCoresSeconds:0.00} | {tokensTotal / allCoresSeconds:N0} | {articles.Count / allCoresSeconds:0.0} | |");
        var full = stages.First(s => s.Name.StartsWith("full", StringComparison.Ordinal));
        Console.WriteLine($"All cores / one core: {full.Seconds / allCoresSeconds:0.00}x (GC pauses on all cores: {allCoresPause.TotalMilliseconds:0} ms of {allCoresSeconds * 1000:0} ms)");
        Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB");

        if (!runPeers) return 0;
        var peer = RunPeers(root, corpusFile, repeats);
        if (peer is null) return 1;
        double winkTps = peer.Value.GetProperty("winkTokensPerSecond").GetDouble();
        double chronoMBps = peer.Value.GetProperty("chronoMBPerSecond").GetDouble();
        Console.WriteLine();
        Console.WriteLine($"wink-nlp (tokens+POS+entities), 1 core: {winkTps:N0} tokens/s, {peer.Value.GetProperty("winkMBPerSecond").GetDouble():0.00} MB/s, model load {peer.Value.GetProperty("winkModelLoadMs").GetDouble():0} ms");
        Console.WriteLine($"chrono-node (dates), 1 core: {chronoMBps:0.00} MB/s");
        Console.WriteLine();
        Console.WriteLine("| ratio | value | target |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| full pipeline tokens/s ÷ wink-nlp tokens/s | {full.Tokens / full.Seconds / winkTps:0.00} | ≥ 1 |");
        var tok = tokenizerStage;
        Console.WriteLine($"| tokenizer tokens/s ÷ wink-nlp tokens/s | {tok.Tokens / tok.Seconds / winkTps:0.0} | ≥ 10 |");
        if (stages.FirstOrDefault(s => s.Name == "time tagger") is { Name: not null } time)
            Console.WriteLine($"| time tagger MB/s ÷ chrono-node MB/s | {bytes / 1e6 / time.Seconds / chronoMBps:0.0} | ≥ 3 |");
        Console.WriteLine($"| all cores ÷ one core | {full.Seconds / allCoresSeconds:0.00} | ≥ 1.8 |");
        return 0;
    }

    /// <summary>
    /// Times <paramref name="run"/> over the corpus: median wall time, and the median process CPU time beside it
    /// (steadier than wall time on a shared machine, where other work takes the core away).
    /// </summary>
    private static (string Name, double Seconds, long Tokens, long Allocated, double CpuSeconds, string Gcs) Measure(string name, int repeats, IReadOnlyList<string> articles, Func<string, int> run, Action? reset = null)
    {
        long tokens = 0, allocated = 0;
        var cpu = new List<double>();
        string gcs = "";
        var process = Process.GetCurrentProcess();
        // Untimed passes first, as BenchmarkDotNet warms up, for at least WarmUpSeconds (one pass of a fast stage is
        // ~0.1 s, shorter than tiered JIT's call-counting delay, and its timed passes then ran tier-0 code beside the
        // background compiler: the bimodal time tagger figures), then a pause for the tier-1 compiles to land. The
        // peers' script warms up the same way, so the medians compare steady states.
        var warm = Stopwatch.StartNew();
        do
        {
            reset?.Invoke();
            foreach (var a in articles) run(a);
        }
        while (warm.Elapsed.TotalSeconds < WarmUpSeconds);
        Thread.Sleep(WarmUpPauseMilliseconds);
        double seconds = Median(repeats, () =>
        {
            // Start each timed pass with a settled heap, so that a background collection of an earlier stage's
            // garbage does not run during it (BenchmarkDotNet does the same between iterations).
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            reset?.Invoke();
            tokens = 0;
            int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
            var pauseBefore = GC.GetTotalPauseDuration();
            long before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (var a in articles) tokens += run(a);
            double s = sw.Elapsed.TotalSeconds;
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            gcs = $"{GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2} ({(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:0} ms)";
            return s;
        });
        cpu.Sort();
        return (name, seconds, tokens, allocated, cpu[cpu.Count / 2], gcs);
    }

    /// <summary>Least time each stage runs untimed before its timed passes (the peers' script uses the same).</summary>
    private const double WarmUpSeconds = 0.5;

    /// <summary>Pause after the warm-up for background tier-1 compiles (the peers' script pauses as long).</summary>
    private const int WarmUpPauseMilliseconds = 200;

    private static double Median(int repeats, Func<double> run)
    {
        var runs = Enumerable.Range(0, Math.Max(1, repeats)).Select(_ => run()).Order().ToList();
        return runs[runs.Count / 2];
    }

    private static JsonElement? RunPeers(string root, string corpusFile, int repeats)
    {
        string peers = Path.Combine(root, "tests", "EventExtract.Benchmarks", "peers");
        if (!Directory.Exists(Path.Combine(peers, "node_modules")))
        {
            Console.Error.WriteLine($"Peers not installed: run `npm ci --prefix {Path.GetRelativePath(Environment.CurrentDirectory, peers)}` first.");
            return null;
        }
        var psi = new ProcessStartInfo("node", $"run-peers.js \"{corpusFile}\" {repeats.ToString(CultureInfo.InvariantCulture)}")
        {
            WorkingDirectory = peers,
            RedirectStandardOutput = true,
        };
        using var node = Process.Start(psi)!;
        string output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0) return null;
        return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.Clone();
    }

    private static string RuntimeInfo() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EventExtract.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
