using System.Diagnostics;
using EventExtract.Tagging;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace EventExtract.Training;

/// <summary>
/// Compares the averaged perceptron with ML.NET's SdcaMaximumEntropy (multinomial logistic regression)
/// on the POS task, same featurizer, same greedy decoder, scored on EWT and GUM dev. ML.NET sees the
/// features hashed into 2^18 dimensions and is trained on gold previous tags (it cannot be trained
/// on its own predictions inside one Fit call). Options: --max-sentences N (default all), --iterations N.
/// </summary>
internal sealed class ComparePosLearnersCommand : ICommand
{
    private const int Bits = 18;
    private const int Dim = 1 << Bits;
    private const int Classes = 17;

    public string Name => "compare-pos-learners";

    public string Description => "Averaged perceptron vs ML.NET SdcaMaximumEntropy on POS (EWT/GUM dev accuracy).";

    private sealed class Row
    {
        [VectorType(Dim)]
        public VBuffer<float> Features { get; set; }

        [KeyType(Classes)]
        public uint Label { get; set; }
    }

    public int Run(string[] args)
    {
        int maxSentences = TrainTaggingCommand.IntArg(args, "--max-sentences", int.MaxValue);
        int iterations = TrainTaggingCommand.IntArg(args, "--iterations", 20);
        var train = TaggingData.Pos(TaggingData.Ewt("train")).Concat(TaggingData.Pos(TaggingData.Gum("train"))).Take(maxSentences).ToList();
        var ewtDev = TaggingData.Pos(TaggingData.Ewt("dev"));
        var gumDev = TaggingData.Pos(TaggingData.Gum("dev"));
        var options = new PerceptronTrainingOptions { Epochs = 8 };
        var vocabulary = VocabularyIO.Build(train.Select(s => s.Words), options.VocabularyMinCount);

        var sw = Stopwatch.StartNew();
        var perceptron = PosTaggerTrainer.Train(train, options);
        Console.WriteLine($"averaged perceptron ({options.Epochs} epochs, {sw.Elapsed.TotalSeconds:F0}s): dev EWT {TaggingScores.PosAccuracy(perceptron, ewtDev):P2}  GUM {TaggingScores.PosAccuracy(perceptron, gumDev):P2}");

        sw.Restart();
        var rows = new List<Row>();
        Span<ulong> f = stackalloc ulong[PosFeaturizer.MaxFeatures];
        foreach (var s in train)
        {
            var infos = s.Words.Select(w => TokenInfo.Compute(w, vocabulary)).ToArray();
            for (int i = 0; i < infos.Length; i++)
            {
                int p1 = i > 0 ? (int)s.Tags[i - 1] : PosFeaturizer.StartTag, p2 = i > 1 ? (int)s.Tags[i - 2] : PosFeaturizer.StartTag;
                int k = PosFeaturizer.Extract(infos, i, p1, p2, f);
                rows.Add(new Row { Features = Sparse(f[..k]), Label = (uint)s.Tags[i] + 1 });
            }
        }
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(labelColumnName: "Label", featureColumnName: "Features",
            maximumNumberOfIterations: iterations);
        var model = trainer.Fit(data);
        VBuffer<float>[] weights = null!;
        model.Model.GetWeights(ref weights, out int numClasses);
        var biases = model.Model.GetBiases().ToArray();
        var dense = weights.Select(w => w.DenseValues().ToArray()).ToArray();
        Console.WriteLine($"ML.NET SdcaMaximumEntropy ({iterations} iterations max, {rows.Count} rows, {sw.Elapsed.TotalSeconds:F0}s): " +
            $"dev EWT {Accuracy(dense, biases, vocabulary, perceptron.TagDictionary, ewtDev):P2}  GUM {Accuracy(dense, biases, vocabulary, perceptron.TagDictionary, gumDev):P2}");
        return 0;
    }

    private static VBuffer<float> Sparse(ReadOnlySpan<ulong> features)
    {
        var idx = new SortedSet<int>();
        foreach (ulong x in features) idx.Add((int)(x & (Dim - 1)));
        var indices = idx.ToArray();
        var values = Enumerable.Repeat(1f, indices.Length).ToArray();
        return new VBuffer<float>(Dim, indices.Length, values, indices);
    }

    /// <summary>Greedy decoding with the ML.NET weights, using the same tag dictionary as the perceptron.</summary>
    private static double Accuracy(float[][] w, float[] b, SpanStringMap<byte> vocabulary, SpanStringMap<UniversalPos> dict, List<PosSentence> data)
    {
        long ok = 0, total = 0;
        Span<ulong> f = stackalloc ulong[PosFeaturizer.MaxFeatures];
        var scores = new float[Classes];
        foreach (var s in data)
        {
            var infos = s.Words.Select(x => TokenInfo.Compute(x, vocabulary)).ToArray();
            int p1 = PosFeaturizer.StartTag, p2 = PosFeaturizer.StartTag;
            for (int i = 0; i < infos.Length; i++)
            {
                int tag;
                if (dict.TryGetValue(s.Words[i], out var known)) tag = (int)known;
                else
                {
                    int k = PosFeaturizer.Extract(infos, i, p1, p2, f);
                    for (int c = 0; c < Classes; c++) scores[c] = b[c];
                    for (int j = 0; j < k; j++)
                    {
                        int d = (int)(f[j] & (Dim - 1));
                        for (int c = 0; c < Classes; c++) scores[c] += w[c][d];
                    }
                    tag = AveragedPerceptronPosTagger.ArgMax(scores);
                }
                if (tag == (int)s.Tags[i]) ok++;
                total++;
                p2 = p1;
                p1 = tag;
            }
        }
        return (double)ok / total;
    }
}
