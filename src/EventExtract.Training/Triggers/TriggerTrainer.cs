using EventExtract.Events.Triggers;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace EventExtract.Training.Triggers;

/// <summary>
/// Trains the trigger classifier with ML.NET (L-BFGS maximum entropy over the hashed features) and
/// exports its weights to a dependency-free <see cref="LinearTriggerClassifier"/>. Deterministic:
/// fixed seed, one thread, examples in the given order.
/// </summary>
internal static class TriggerTrainer
{
    public const int DefaultBits = 16;
    public const float DefaultL1 = 0.05f;
    public const float DefaultL2 = 0.5f;

    private sealed class MlRow
    {
        public uint Label { get; set; }
        public VBuffer<float> Features { get; set; }
    }

    public static LinearTriggerClassifier Train(IReadOnlyList<TriggerExample> examples, int bits = DefaultBits,
        float l1 = DefaultL1, float l2 = DefaultL2, float threshold = 0.5f, int seed = 1)
    {
        int dims = 1 << bits;
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(MlRow));
        schema[nameof(MlRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), LinearTriggerClassifier.ClassCount);
        schema[nameof(MlRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dims);
        var rows = examples.Select(e =>
        {
            var values = new float[e.Features.Length];
            Array.Fill(values, 1f);
            // LoadFromEnumerable takes a key column's raw value as the 0-based class index.
            return new MlRow { Label = (uint)e.Label, Features = new VBuffer<float>(dims, e.Features.Length, values, (int[])e.Features.Clone()) };
        }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(MlRow.Label),
            FeatureColumnName = nameof(MlRow.Features),
            L1Regularization = l1,
            L2Regularization = l2,
            OptimizationTolerance = 1e-7f,
            HistorySize = 20,
            MaximumNumberOfIterations = 2000,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data).Model;
        VBuffer<float>[]? weights = null;
        model.GetWeights(ref weights, out int classes);
        var biases = model.GetBiases().ToArray();
        if (classes != LinearTriggerClassifier.ClassCount || biases.Length != classes)
            throw new InvalidOperationException($"Unexpected model shape: {classes} classes, {biases.Length} biases.");
        var rowsByFeature = new SortedDictionary<int, float[]>();
        for (int c = 0; c < classes; c++)
        {
            foreach (var (index, w) in weights![c].Items())
            {
                if (w == 0) continue;
                if (!rowsByFeature.TryGetValue(index, out var row)) rowsByFeature[index] = row = new float[classes];
                row[c] = w;
            }
        }
        return new LinearTriggerClassifier(bits, biases, rowsByFeature, threshold);
    }
}
