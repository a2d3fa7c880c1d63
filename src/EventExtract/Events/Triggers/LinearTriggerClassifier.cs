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
    private const int Version = 2;

    private readonly float[] _biases;
    private readonly Dictionary<int, int> _rowOf;
    private readonly float[] _weights;
    private readonly Dictionary<uint, int> _lemmaCounts;
    // The weight rows again, in an open-addressing table keyed by feature index (features are hashes already, so their
    // low bits are the slot): a feature's key and its weights share a cache line, one memory access where the
    // dictionary and the weight array took two or three. Prediction reads only this.
    private readonly WeightRow[] _table;
    private readonly int _tableMask;

    private struct WeightRow
    {
        public int Feature;
        public bool Used;
        public float W0, W1, W2, W3;
    }

    /// <summary>
    /// Creates a model from trained parameters; <paramref name="weights"/> maps a feature index to its per-class weights,
    /// <paramref name="lemmaCounts"/> maps a lemma hash (<see cref="LemmaKey"/>) to its number of training examples.
    /// </summary>
    public LinearTriggerClassifier(int bits, float[] biases, IReadOnlyDictionary<int, float[]> weights, float threshold,
        IReadOnlyDictionary<uint, int>? lemmaCounts = null, float shrinkage = 0)
    {
        _lemmaCounts = lemmaCounts is null ? new Dictionary<uint, int>() : new Dictionary<uint, int>(lemmaCounts);
        Shrinkage = shrinkage;
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
        int size = 16;
        while (size < 2 * _rowOf.Count) size <<= 1;
        _table = new WeightRow[size];
        _tableMask = size - 1;
        foreach (var (index, r) in _rowOf)
        {
            int slot = index & _tableMask;
            while (_table[slot].Used) slot = (slot + 1) & _tableMask;
            var w = _weights.AsSpan(r * ClassCount, ClassCount);
            _table[slot] = new WeightRow { Feature = index, Used = true, W0 = w[0], W1 = w[1], W2 = w[2], W3 = w[3] };
        }
    }

    /// <summary>The featurizer the model was trained with.</summary>
    public TriggerFeaturizer Featurizer { get; }

    /// <summary>Minimum probability of the best event class for a candidate to count as a trigger (tuned on the dev split).</summary>
    public float Threshold { get; }

    /// <summary>
    /// Pseudo-count k of the back-off to the lexicon prior: the classifier's distribution gets weight n/(n+k), where
    /// n is the number of training examples of the candidate's lemma, and the lexicon prior the rest. Lemmas that are
    /// rare in the (web-genre) training data thus keep their news-genre prior instead of one example's verdict.
    /// </summary>
    public float Shrinkage { get; }

    /// <summary>Number of features with a stored (non-zero) weight row.</summary>
    public int StoredFeatures => _rowOf.Count;

    /// <summary>Loads the embedded model, or returns null when the library was built without one.</summary>
    public static LinearTriggerClassifier? LoadEmbedded()
    {
        using var stream = TriggerResources.Open(ResourceName);
        return stream is null ? null : Read(stream);
    }

    /// <summary>Writes the linear model's <paramref name="probabilities"/> (one per <see cref="TriggerLabel"/>) for sorted distinct feature indices.</summary>
    public void Predict(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        Span<float> scores = stackalloc float[ClassCount];
        _biases.CopyTo(scores);
        var table = _table;
        foreach (int f in features)
        {
            for (int slot = f & _tableMask; ; slot = (slot + 1) & _tableMask)
            {
                ref readonly var row = ref table[slot];
                if (!row.Used) break;
                if (row.Feature == f)
                {
                    scores[0] += row.W0;
                    scores[1] += row.W1;
                    scores[2] += row.W2;
                    scores[3] += row.W3;
                    break;
                }
            }
        }
        float max = scores[0];
        for (int c = 1; c < ClassCount; c++) max = Math.Max(max, scores[c]);
        float sum = 0;
        for (int c = 0; c < ClassCount; c++) sum += probabilities[c] = MathF.Exp(scores[c] - max);
        for (int c = 0; c < ClassCount; c++) probabilities[c] /= sum;
    }

    /// <summary>The hash under which lemma counts are stored.</summary>
    public static uint LemmaKey(string lemma) => TriggerText.AddRaw(TriggerText.Begin(), lemma);

    /// <summary>
    /// Writes the class probabilities of a lexicon candidate: the linear model's distribution over <paramref name="features"/>,
    /// backed off towards the lexicon prior of <paramref name="entry"/> by <see cref="Shrinkage"/>.
    /// </summary>
    public void Predict(ReadOnlySpan<int> features, TriggerLexiconEntry entry, Span<float> probabilities)
    {
        Predict(features, probabilities);
        int n = _lemmaCounts.TryGetValue(LemmaKey(entry.Lemma), out int c) ? c : 0;
        float lambda = n == 0 ? 0 : n / (n + Shrinkage);
        for (int k = 0; k < ClassCount; k++)
        {
            float prior = k == (int)entry.Label ? entry.Prior : k == 0 ? 1 - entry.Prior : 0;
            probabilities[k] = lambda * probabilities[k] + (1 - lambda) * prior;
        }
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
        int lemmas = reader.ReadInt32();
        var counts = new Dictionary<uint, int>(lemmas);
        for (int i = 0; i < lemmas; i++) counts[reader.ReadUInt32()] = reader.ReadInt32();
        float shrinkage = reader.ReadSingle();
        return new LinearTriggerClassifier(bits, biases, weights, threshold, counts, shrinkage);
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
        writer.Write(_lemmaCounts.Count);
        foreach (var (key, count) in _lemmaCounts.OrderBy(kv => kv.Key))
        {
            writer.Write(key);
            writer.Write(count);
        }
        writer.Write(Shrinkage);
    }

    /// <summary>Returns a copy of this model with another decision threshold and back-off pseudo-count.</summary>
    public LinearTriggerClassifier With(float threshold, float shrinkage)
    {
        var weights = _rowOf.ToDictionary(kv => kv.Key, kv => _weights.AsSpan(kv.Value * ClassCount, ClassCount).ToArray());
        return new LinearTriggerClassifier(Featurizer.Bits, _biases, weights, threshold, _lemmaCounts, shrinkage);
    }
}
