using BenchmarkDotNet.Running;
using EventExtract.Benchmarks;

// `throughput` runs the whole-corpus harness (and the peers); `breakdown` times each stage inside the full pipeline; `scaling`
// compares one thread with ExtractMany and plain threads (wall, CPU, gen-0 collections); `startup` times each resource load in a fresh process
// (`startup --direct`: only Create and the first result; `startup --direct --article FILE`: the first result of a whole
// article); `ab OLD_DIR NEW_DIR [passes]` alternates two builds' EventExtract.dll article by article (thread CPU per call); `digest FILE` writes the pipeline's whole output over the corpus to FILE and prints its hash; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "throughput")
    return await ThroughputHarness.RunAsync(args.Skip(1).ToArray());
if (args.Length > 0 && args[0] == "breakdown")
    return PipelineBreakdown.Run(BenchmarkCorpus.DefaultDirectory());
if (args.Length > 0 && args[0] == "scaling")
    return ScalingProbe.Run(BenchmarkCorpus.DefaultDirectory());
if (args.Length > 0 && args[0] == "startup")
    return StartupProbe.Run(args.Contains("--direct"), Array.IndexOf(args, "--article") is int a and >= 0 && a + 1 < args.Length ? args[a + 1] : null);
if (args.Length > 2 && args[0] == "ab")
    return AlternatingAB.Run(BenchmarkCorpus.DefaultDirectory(), args[1], args[2], args.Length > 3 ? int.Parse(args[3]) : 6);
if (args.Length > 1 && args[0] == "digest")
    return OutputDigest.Run(BenchmarkCorpus.DefaultDirectory(), args[1]);
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
