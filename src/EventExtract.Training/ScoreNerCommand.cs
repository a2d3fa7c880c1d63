using System.Diagnostics;
using EventExtract.Tagging;

namespace EventExtract.Training;

/// <summary>Scores the embedded entity model (with predicted POS tags): exact-span P/R/F1 per type on UNER EWT and GUM dev/test, and tokens/s.</summary>
internal sealed class ScoreNerCommand : ICommand
{
    public string Name => "score-ner";

    public string Description => "Entity span P/R/F1 per type of the embedded recognizer on UNER EWT and GUM dev/test, plus tokens/s.";

    public int Run(string[] args)
    {
        var tagger = TaggingModelFiles.LoadPos(args);
        AveragedPerceptronEntityRecognizer ner = null!;
        var sw = Stopwatch.StartNew();
        double cpu = TaggingScores.CpuMilliseconds(() => ner = TaggingModelFiles.LoadNer(args));
        double again = TaggingScores.CpuMilliseconds(() => TaggingModelFiles.LoadNer(args));
        Console.WriteLine($"NER load time: first {cpu:F0} ms CPU ({sw.Elapsed.TotalMilliseconds:F0} ms wall for both loads), again {again:F0} ms CPU");
        foreach (var (name, data) in new[]
        {
            ("UNER EWT dev", TaggingData.UnerBio("dev")), ("UNER EWT test", TaggingData.UnerBio("test")),
            ("GUM dev (names from Entity=)", TaggingData.GumBio("dev")), ("GUM test (names from Entity=)", TaggingData.GumBio("test")),
        })
        {
            TaggingScores.PrintEntityTable(name, TaggingScores.EntityCounts(ner, TaggingData.WithPredictedPos(data, tagger)));
        }
        var (_, nerRate) = TaggingScores.Throughput(tagger, ner, TaggingData.Pos(TaggingData.Ewt("test")));
        Console.WriteLine($"throughput (EWT test, one thread): NER {nerRate:N0} tokens per CPU second (POS tags given)");
        return 0;
    }
}
