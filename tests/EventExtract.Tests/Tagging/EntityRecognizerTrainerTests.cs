using EventExtract.Tagging;

namespace EventExtract.Tests.Tagging;

public class EntityRecognizerTrainerTests
{
    private static readonly EntitySentence[] Corpus =
    [
        new(["Zalmay", "Khalilzad", "visited", "Moscow", "."], [UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.PROPN, UniversalPos.PUNCT],
            EntityRecognizerTrainer.BilouFromBio(["B-PER", "I-PER", "O", "B-LOC", "O"])),
        new(["NATO", "said", "so", "."], [UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.ADV, UniversalPos.PUNCT],
            EntityRecognizerTrainer.BilouFromBio(["B-ORG", "O", "O", "O"])),
        new(["Officials", "met", "in", "Doha", "."], [UniversalPos.NOUN, UniversalPos.VERB, UniversalPos.ADP, UniversalPos.PROPN, UniversalPos.PUNCT],
            EntityRecognizerTrainer.BilouFromBio(["O", "O", "O", "B-LOC", "O"])),
    ];

    /// <summary>Smallest gap, over the training tokens, between the gold label's score and the best other allowed label's (gold history).</summary>
    private static float SmallestGap(AveragedPerceptronEntityRecognizer ner)
    {
        var features = new ulong[EntityFeaturizer.MaxFeatures];
        var scores = new float[EntityLabels.Count];
        float gap = float.MaxValue;
        foreach (var s in Corpus)
        {
            var infos = s.Words.Select(w => ner.Info(w)).ToArray();
            int prev1 = EntityLabels.Start, prev2 = EntityLabels.Start;
            for (int i = 0; i < s.Words.Length; i++)
            {
                int k = EntityFeaturizer.Extract(infos, s.Pos, i, prev1, prev2, features);
                ner.Model.Score(features.AsSpan(0, k), scores);
                bool isLast = i == s.Words.Length - 1;
                int rival = EntityRecognizerTrainer.RunnerUp(scores, prev1, isLast, s.Labels[i]);
                if (rival >= 0) gap = Math.Min(gap, scores[s.Labels[i]] - scores[rival]);
                prev2 = prev1;
                prev1 = s.Labels[i];
            }
        }
        return gap;
    }

    [Fact]
    public void Margin_training_separates_the_training_labels_by_a_wider_gap()
    {
        var options = new PerceptronTrainingOptions { Epochs = 10, Prune = 0 };
        var plain = EntityRecognizerTrainer.Train(Corpus, options);
        var margin = EntityRecognizerTrainer.Train(Corpus, options with { Margin = 100 });
        // The plain perceptron stops learning once each guess is right; the margin one keeps pushing the right label ahead.
        SmallestGap(plain).Should().BeGreaterThan(0);
        SmallestGap(margin).Should().BeGreaterThan(SmallestGap(plain) * 2);
    }

    [Fact]
    public void Margin_training_is_deterministic_and_labels_its_training_data()
    {
        var options = new PerceptronTrainingOptions { Epochs = 6, Prune = 0, Margin = 50 };
        var a = EntityRecognizerTrainer.Train(Corpus, options);
        var b = EntityRecognizerTrainer.Train(Corpus, options);
        a.Model.Enumerate().Should().Equal(b.Model.Enumerate());
        foreach (var s in Corpus)
        {
            var labels = new byte[s.Words.Length];
            a.Decode(s.Words.Select(w => a.Info(w)).ToArray(), s.Pos, labels, new float[s.Words.Length]);
            labels.Should().Equal(s.Labels);
        }
    }

    [Fact]
    public void Saved_model_keeps_its_name_cues_and_scores()
    {
        var cues = new SpanStringMap<byte>([new("Directorate", NameCues.Organization), new("Mr.", NameCues.Title)]);
        var ner = EntityRecognizerTrainer.Train(Corpus, new PerceptronTrainingOptions { Epochs = 3, Prune = 0 }, cues: cues);
        using var stream = new MemoryStream();
        ner.Save(stream);
        stream.Position = 0;
        var loaded = AveragedPerceptronEntityRecognizer.Load(stream);
        loaded.Info("Directorate").Cue.Should().Be(NameCues.Organization);
        loaded.Info("Mr.").Cue.Should().Be(NameCues.Title);
        loaded.Info("Moscow").Cue.Should().Be(0);
        loaded.Model.Enumerate().Should().Equal(ner.Model.Enumerate());
    }

    [Fact]
    public void Runner_up_is_the_best_other_label_allowed_after_the_previous_one()
    {
        var scores = new float[EntityLabels.Count];
        int bPer = EntityLabels.Of(EntityLabels.Part.Begin, EntityType.Person);
        int iPer = EntityLabels.Of(EntityLabels.Part.Inside, EntityType.Person);
        int lPer = EntityLabels.Of(EntityLabels.Part.Last, EntityType.Person);
        int uLoc = EntityLabels.Of(EntityLabels.Part.Unit, EntityType.Location);
        scores[uLoc] = 9;   // best overall, but not allowed inside an open person name
        scores[iPer] = 3;
        scores[lPer] = 5;
        EntityRecognizerTrainer.RunnerUp(scores, bPer, isLast: false, lPer).Should().Be(iPer);
        // At the sentence end only L-PER may follow B-PER: nothing else competes.
        EntityRecognizerTrainer.RunnerUp(scores, bPer, isLast: true, lPer).Should().Be(-1);
        EntityRecognizerTrainer.RunnerUp(scores, EntityLabels.Outside, isLast: false, EntityLabels.Outside).Should().Be(uLoc);
    }
}
