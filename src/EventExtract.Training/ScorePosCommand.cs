using System.Diagnostics;
using EventExtract.Tagging;

namespace EventExtract.Training;

/// <summary>Scores the embedded POS model: UPOS accuracy on EWT and GUM dev/test, load time and tokens/s on one thread.</summary>
internal sealed class ScorePosCommand : ICommand
{
    public string Name => "score-pos";

    public string Description => "UPOS accuracy of the embedded tagger on EWT/GUM dev and test, plus load time and tokens/s.";

    public int Run(string[] args)
    {
        AveragedPerceptronPosTagger tagger = null!;
        var sw = Stopwatch.StartNew();
        double loadCpu = TaggingScores.CpuMilliseconds(() => tagger = TaggingModelFiles.LoadPos(args));
        double loadMs = sw.Elapsed.TotalMilliseconds;
        double reloadCpu = TaggingScores.CpuMilliseconds(() => TaggingModelFiles.LoadPos(args));
        // Decoding experiment: --margin M re-tags in the second pass the tokens whose first-pass margin is below M
        // (instead of the model's own); --dev-only skips the test sets.
        float margin = TrainTaggingCommand.FloatArg(args, "--margin", tagger.RescoreMargin);
        tagger = tagger.WithSecondPass(tagger.SecondModel, margin);
        bool devOnly = args.Contains("--dev-only");
        Console.WriteLine($"second-pass margin {margin}");
        foreach (var (name, path) in new[]
        {
            ("EWT dev", TaggingData.Ewt("dev")), ("EWT test", TaggingData.Ewt("test")),
            ("GUM dev", TaggingData.Gum("dev")), ("GUM test", TaggingData.Gum("test")),
        })
        {
            if (devOnly && name.EndsWith("test", StringComparison.Ordinal)) continue;
            var data = TaggingData.Pos(path);
            Console.WriteLine($"{name,-9} UPOS accuracy {TaggingScores.PosAccuracy(tagger, data):P2}  ({data.Sum(s => s.Words.Length)} tokens)");
        }
        Console.WriteLine($"load time: first {loadCpu:F0} ms CPU ({loadMs:F0} ms wall, includes JIT), again {reloadCpu:F0} ms CPU");
        var ner = TaggingModelFiles.LoadNer(args);
        var (pos, _) = TaggingScores.Throughput(tagger, ner, TaggingData.Pos(TaggingData.Ewt("test")));
        Console.WriteLine($"throughput (EWT test, one thread): POS {pos:N0} tokens per CPU second");
        return 0;
    }
}
