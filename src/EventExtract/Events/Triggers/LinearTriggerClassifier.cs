namespace EventExtract.Events.Triggers;

/// <summary>
/// A multiclass linear model over hashed binary features (<see cref="TriggerFeaturizer"/>): per-class
/// dot product plus bias, then softmax. The weights are trained by the training program
/// (<c>train-triggers</c>) and embedded as Resources/Events/trigger-model.bin, so scoring needs no
/// machine-learning library at run time. Immutable and thread-safe.
/// </summary>
internal sealed class LinearTriggerClassifier
{
    /// <summary>Number of classes (<see cref="TriggerLabel"/> values).</summary>
    public const int ClassCount = 4;

    /// <summary>File name of the embedded model.</summary>
    public const string ResourceName = "trigger-model.bin";

    private const int Magic = 0x47525445; // "ETRG"
    private const int Version = 1;

    private readonly float[] _biases;
    private readonly Dictionary<int, int> _rowOf;
    private readonly float[] _weights;

    /// <summary>Creates a model from trained parameters; <paramref name="weights"/> maps a feature index to its per-class weights.</summary>
    public LinearTriggerClassifier(int bits, float[] biases, IReadOnlyDictionary<int, float[]> weights, float threshold)
    {
        if (biases.Length != ClassCount) throw new ArgumentException($"Expected {ClassCount} biases.", nameof(biases));
        Featurizer = new TriggerFeaturizer(bits);
        _biases = (float[])biases.Clone();
        Threshold = threshold;
        _rowOf = new Dictionary<int, int>(weights.Count);
        _weights = new float[weights.Count * ClassCount];
        int row = 0;
        foreach (var (index, w) in weights.OrderBy(kv => kv.Key))
        {
            if (w.Length != ClassCount) throw new ArgumentException($"Feature {index} has {w.Length} weights.", nameof(weights));
            _rowOf[index] = row;
            w.CopyTo(_weights, row * ClassCount);
            row++;
        }
    }

    /// <summary>The featurizer the model was trained with.</summary>
    public TriggerFeaturizer Featurizer { get; }

    /// <summary>Minimum probability of the best event class for a candidate to count as a trigger (tuned on the dev split).</summary>
    public float Threshold { get; }

    /// <summary>Number of features with a stored (non-zero) weight row.</summary>
    public int StoredFeatures => _rowOf.Count;

    /// <summary>Loads the embedded model, or returns null when the library was built without one.</summary>
    public static LinearTriggerClassifier? LoadEmbedded()
    {
        using var stream = TriggerResources.Open(ResourceName);
        return stream is null ? null : Read(stream);
    }

    /// <summary>Writes <paramref name="probabilities"/> (one per <see cref="TriggerLabel"/>) for sorted distinct feature indices.</summary>
    public void Predict(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        Span<float> scores = stackalloc float[ClassCount];
        _biases.CopyTo(scores);
        foreach (int f in features)
        {
            if (!_rowOf.TryGetValue(f, out int row)) continue;
            var w = _weights.AsSpan(row * ClassCount, ClassCount);
            for (int c = 0; c < ClassCount; c++) scores[c] += w[c];
        }
        float max = scores[0];
        for (int c = 1; c < ClassCount; c++) max = Math.Max(max, scores[c]);
        float sum = 0;
        for (int c = 0; c < ClassCount; c++) sum += probabilities[c] = MathF.Exp(scores[c] - max);
        for (int c = 0; c < ClassCount; c++) probabilities[c] /= sum;
    }

    /// <summary>Reads the binary model format written by <see cref="Write"/>.</summary>
    public static LinearTriggerClassifier Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            throw new InvalidDataException("Not a trigger model (bad magic or version).");
        int bits = reader.ReadInt32();
        int classes = reader.ReadInt32();
        if (classes != ClassCount) throw new InvalidDataException($"Trigger model has {classes} classes, expected {ClassCount}.");
        float threshold = reader.ReadSingle();
        var biases = new float[classes];
        for (int c = 0; c < classes; c++) biases[c] = reader.ReadSingle();
        int rows = reader.ReadInt32();
        var weights = new Dictionary<int, float[]>(rows);
        for (int r = 0; r < rows; r++)
        {
            int index = reader.ReadInt32();
            var w = new float[classes];
            for (int c = 0; c < classes; c++) w[c] = reader.ReadSingle();
            weights[index] = w;
        }
        return new LinearTriggerClassifier(bits, biases, weights, threshold);
    }

    /// <summary>Writes the model: header, threshold, biases, then the non-zero weight rows in index order.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Featurizer.Bits);
        writer.Write(ClassCount);
        writer.Write(Threshold);
        foreach (float b in _biases) writer.Write(b);
        writer.Write(_rowOf.Count);
        foreach (var (index, row) in _rowOf.OrderBy(kv => kv.Key))
        {
            writer.Write(index);
            for (int c = 0; c < ClassCount; c++) writer.Write(_weights[row * ClassCount + c]);
        }
    }

    /// <summary>Returns a copy of this model with another decision threshold.</summary>
    public LinearTriggerClassifier WithThreshold(float threshold)
    {
        var weights = _rowOf.ToDictionary(kv => kv.Key, kv => _weights.AsSpan(kv.Value * ClassCount, ClassCount).ToArray());
        return new LinearTriggerClassifier(Featurizer.Bits, _biases, weights, threshold);
    }
}
