using EventExtract.Tagging;

namespace EventExtract.Training;

/// <summary>Prints per-type scores and sample errors of an entity model on UNER dev (for error analysis). Args: [model dir].</summary>
internal sealed class NerErrorsCommand : ICommand
{
    public string Name => "ner-errors";

    public string Description => "Error analysis of an entity model on UNER EWT dev: per-type scores and sample misses.";

    public int Run(string[] args)
    {
        string dir = args.Length > 0 ? args[0] : TaggingData.ModelDirectory;
        AveragedPerceptronPosTagger tagger;
        AveragedPerceptronEntityRecognizer ner;
        using (var f = File.OpenRead(Path.Combine(dir, TaggingResources.PosModelFile))) tagger = AveragedPerceptronPosTagger.Load(f);
        using (var f = File.OpenRead(Path.Combine(dir, TaggingResources.EntityModelFile))) ner = AveragedPerceptronEntityRecognizer.Load(f);
        var dev = TaggingData.WithPredictedPos(TaggingData.UnerBio("dev"), tagger);
        TaggingScores.PrintEntityTable("UNER dev", TaggingScores.EntityCounts(ner, dev));
        int shown = 0;
        foreach (var s in dev)
        {
            if (s.Words.Length == 0) continue;
            var labels = new byte[s.Words.Length];
            var probs = new float[s.Words.Length];
            ner.Decode(s.Words.Select(w => ner.Info(w)).ToArray(), s.Pos, labels, probs);
            var gold = TaggingScores.Spans(s.Labels);
            var guess = TaggingScores.Spans(labels);
            if (gold.ToHashSet().SetEquals(guess)) continue;
            string Show(List<(int Start, int End, EntityType Type)> spans) =>
                string.Join("; ", spans.Select(g => string.Join(' ', s.Words[g.Start..g.End]) + "/" + g.Type));
            Console.WriteLine(string.Join(' ', s.Words));
            Console.WriteLine("   gold:  " + Show(gold));
            Console.WriteLine("   guess: " + Show(guess));
            if (++shown >= 40) break;
        }
        return 0;
    }
}
