using BenchmarkDotNet.Running;
using EventExtract.Benchmarks;

// `throughput` runs the whole-corpus harness (and the peers); `breakdown` times each stage inside the full pipeline; `scaling`
// compares one thread with ExtractMany and plain threads (wall, CPU, gen-0 collections); `startup` times each resource load in a fresh process
// (`startup --direct`: only Create and the first result; `startup --direct --article FILE`: the first result of a whole
// article); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "throughput")
    return await ThroughputHarness.RunAsync(args.Skip(1).ToArray());
if (args.Length > 0 && args[0] == "breakdown")
    return PipelineBreakdown.Run(BenchmarkCorpus.DefaultDirectory());
if (args.Length > 0 && args[0] == "scaling")
    return ScalingProbe.Run(BenchmarkCorpus.DefaultDirectory());
if (args.Length > 0 && args[0] == "startup")
    return StartupProbe.Run(args.Contains("--direct"), Array.IndexOf(args, "--article") is int a and >= 0 && a + 1 < args.Length ? args[a + 1] : null);
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
