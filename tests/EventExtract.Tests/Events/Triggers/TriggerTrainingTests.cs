using EventExtract.Events.Triggers;
using EventExtract.Training.Triggers;

namespace EventExtract.Tests.Events.Triggers;

/// <summary>The training program's trigger classifier trainer (ML.NET) on a tiny invented set.</summary>
public class TriggerTrainingTests
{
    private static readonly TriggerDataset.Row[] Rows =
    {
        new("t-1", "The army said the attack killed four people.", 9, 13, TriggerLabel.Statement),
        new("t-1", "The army said the attack killed four people.", 18, 24, TriggerLabel.Attack),
        new("t-2", "He had a mild attack of nerves before the exam.", 14, 20, TriggerLabel.None),
        new("t-2", "The envoys met in Oslo to discuss the ceasefire.", 11, 14, TriggerLabel.Meeting),
        new("t-3", "The team met expectations with a day to spare.", 9, 12, TriggerLabel.None),
        new("t-3", "Rebels attacked a police post overnight.", 7, 15, TriggerLabel.Attack),
        new("t-4", "I must say the soup was excellent.", 7, 10, TriggerLabel.None),
        new("t-4", "The leaders will meet again in May.", 17, 21, TriggerLabel.Meeting),
    };

    private static byte[] TrainOnce()
    {
        var examples = TriggerDataset.Featurize(Rows, TriggerLexicon.LoadEmbedded(), new TriggerFeaturizer(12), out int unmatched);
        unmatched.Should().Be(0);
        var model = TriggerTrainer.Train(examples, bits: 12, threshold: 0.4f, shrinkage: 5);
        using var buffer = new MemoryStream();
        model.Write(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var first = TrainOnce();
        var second = TrainOnce();
        second.Should().Equal(first);
        first.Length.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Trained_model_separates_the_training_examples()
    {
        var examples = TriggerDataset.Featurize(Rows, TriggerLexicon.LoadEmbedded(), new TriggerFeaturizer(12), out _);
        var model = TriggerTrainer.Train(examples, bits: 12, l1: 0, l2: 0.01f);
        var p = new float[LinearTriggerClassifier.ClassCount];
        foreach (var e in examples)
        {
            model.Predict(e.Features, p);
            Array.IndexOf(p, p.Max()).Should().Be((int)e.Label, $"{e.SourceId} {e.Lexicon.Phrase} is {e.Label}");
        }
    }
}
