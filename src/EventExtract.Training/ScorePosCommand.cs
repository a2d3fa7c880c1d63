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
        var sw = Stopwatch.StartNew();
        var tagger = AveragedPerceptronPosTagger.LoadDefault();
        double loadMs = sw.Elapsed.TotalMilliseconds;
        foreach (var (name, path) in new[]
        {
            ("EWT dev", TaggingData.Ewt("dev")), ("EWT test", TaggingData.Ewt("test")),
            ("GUM dev", TaggingData.Gum("dev")), ("GUM test", TaggingData.Gum("test")),
        })
        {
            var data = TaggingData.Pos(path);
            Console.WriteLine($"{name,-9} UPOS accuracy {TaggingScores.PosAccuracy(tagger, data):P2}  ({data.Sum(s => s.Words.Length)} tokens)");
        }
        Console.WriteLine($"load time {loadMs:F0} ms");
        var ner = AveragedPerceptronEntityRecognizer.LoadDefault();
        var (pos, _) = TaggingScores.Throughput(tagger, ner, TaggingData.Pos(TaggingData.Ewt("test")));
        Console.WriteLine($"throughput (EWT test, one thread): POS {pos:N0} tokens/s");
        return 0;
    }
}
