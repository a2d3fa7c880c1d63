using System.Buffers.Binary;

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
    private readonly int[] _features;      // feature indices with a weight row, ascending; row r holds _weights[r * ClassCount..]
    private readonly float[] _weights;
    private readonly uint[] _lemmaKeys;    // ascending, for a binary search (a Dictionary<uint, int> cost more to compile at start-up than it saved)
    private readonly int[] _lemmaCounts;   // examples per lemma, in _lemmaKeys order
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
        : this(bits, biases, SortedRows(weights), threshold, SortedCounts(lemmaCounts), shrinkage)
    {
    }

    /// <summary>The rows in ascending feature order, flattened.</summary>
    private static (int[] Features, float[] Weights) SortedRows(IReadOnlyDictionary<int, float[]> weights)
    {
        var features = new int[weights.Count];
        var flat = new float[weights.Count * ClassCount];
        int row = 0;
        foreach (var (index, w) in weights.OrderBy(kv => kv.Key))
        {
            if (w.Length != ClassCount) throw new ArgumentException($"Feature {index} has {w.Length} weights.", nameof(weights));
            features[row] = index;
            w.CopyTo(flat, row * ClassCount);
            row++;
        }
        return (features, flat);
    }

    /// <summary>The lemma counts in ascending key order.</summary>
    private static (uint[] Keys, int[] Counts) SortedCounts(IReadOnlyDictionary<uint, int>? lemmaCounts)
    {
        if (lemmaCounts is null) return (Array.Empty<uint>(), Array.Empty<int>());
        var keys = new uint[lemmaCounts.Count];
        var counts = new int[lemmaCounts.Count];
        int i = 0;
        foreach (var (key, count) in lemmaCounts.OrderBy(kv => kv.Key))
        {
            keys[i] = key;
            counts[i++] = count;
        }
        return (keys, counts);
    }

    /// <summary>Creates a model from rows and lemma counts already in ascending key order (as the file stores them).</summary>
    private LinearTriggerClassifier(int bits, float[] biases, (int[] Features, float[] Weights) rows, float threshold,
        (uint[] Keys, int[] Counts) lemmaCounts, float shrinkage)
    {
        if (biases.Length != ClassCount) throw new ArgumentException($"Expected {ClassCount} biases.", nameof(biases));
        Shrinkage = shrinkage;
        Featurizer = new TriggerFeaturizer(bits);
        _biases = (float[])biases.Clone();
        Threshold = threshold;
        _features = rows.Features;
        _weights = rows.Weights;
        _lemmaKeys = lemmaCounts.Keys;
        _lemmaCounts = lemmaCounts.Counts;
        _table = BuildTable(_features, _weights, out _tableMask);
    }

    /// <summary>The open-addressing table of the rows, filled in ascending feature order.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static WeightRow[] BuildTable(int[] features, float[] weights, out int mask)
    {
        int size = 16;
        while (size < 2 * features.Length) size <<= 1;
        var table = new WeightRow[size];
        mask = size - 1;
        for (int r = 0; r < features.Length; r++)
        {
            int index = features[r];
            int slot = index & mask;
            while (table[slot].Used) slot = (slot + 1) & mask;
            int at = r * ClassCount;
            table[slot] = new WeightRow { Feature = index, Used = true, W0 = weights[at], W1 = weights[at + 1], W2 = weights[at + 2], W3 = weights[at + 3] };
        }
        return table;
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
    public int StoredFeatures => _features.Length;

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
        int at = Array.BinarySearch(_lemmaKeys, LemmaKey(entry.Lemma));
        int n = at >= 0 ? _lemmaCounts[at] : 0;
        float lambda = n == 0 ? 0 : n / (n + Shrinkage);
        for (int k = 0; k < ClassCount; k++)
        {
            float prior = k == (int)entry.Label ? entry.Prior : k == 0 ? 1 - entry.Prior : 0;
            probabilities[k] = lambda * probabilities[k] + (1 - lambda) * prior;
        }
    }

    /// <summary>Reads the binary model format written by <see cref="Write"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
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
        if (rows < 0 || rows > Array.MaxLength / ((1 + ClassCount) * sizeof(float))) throw new InvalidDataException("Bad trigger model row count.");
        // Rows and counts are read in bulk, then parsed by plain loops: per-field reads and a dictionary of per-row
        // arrays were most of the model's share of cold start (their code compiled twice, then ran once).
        var rowBytes = new byte[rows * (1 + ClassCount) * sizeof(float)];
        stream.ReadExactly(rowBytes);
        var features = new int[rows];
        var weights = new float[rows * ClassCount];
        bool ascending = true;
        for (int r = 0, at = 0; r < rows; r++, at += (1 + ClassCount) * sizeof(float))
        {
            features[r] = BinaryPrimitives.ReadInt32LittleEndian(rowBytes.AsSpan(at));
            for (int c = 0; c < ClassCount; c++)
                weights[r * ClassCount + c] = BinaryPrimitives.ReadSingleLittleEndian(rowBytes.AsSpan(at + (1 + c) * sizeof(float)));
            if (r > 0 && features[r] <= features[r - 1]) ascending = false;
        }
        int lemmas = reader.ReadInt32();
        if (lemmas < 0 || lemmas > Array.MaxLength / (2 * sizeof(int))) throw new InvalidDataException("Bad trigger model lemma count.");
        var countBytes = new byte[lemmas * 2 * sizeof(int)];
        stream.ReadExactly(countBytes);
        var keys = new uint[lemmas];
        var counts = new int[lemmas];
        for (int i = 0; i < lemmas; i++)
        {
            keys[i] = BinaryPrimitives.ReadUInt32LittleEndian(countBytes.AsSpan(i * 2 * sizeof(int)));
            counts[i] = BinaryPrimitives.ReadInt32LittleEndian(countBytes.AsSpan(i * 2 * sizeof(int) + sizeof(int)));
            if (i > 0 && keys[i] <= keys[i - 1]) ascending = false;
        }
        float shrinkage = reader.ReadSingle();
        if (ascending) return new LinearTriggerClassifier(bits, biases, (features, weights), threshold, (keys, counts), shrinkage);
        // A file written out of order (Write sorts, so only by hand): a later repeat of a key wins, as it always did.
        var byFeature = new Dictionary<int, float[]>(rows);
        for (int r = 0; r < rows; r++) byFeature[features[r]] = weights.AsSpan(r * ClassCount, ClassCount).ToArray();
        var byLemma = new Dictionary<uint, int>(lemmas);
        for (int i = 0; i < lemmas; i++) byLemma[keys[i]] = counts[i];
        return new LinearTriggerClassifier(bits, biases, byFeature, threshold, byLemma, shrinkage);
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
        writer.Write(_features.Length);
        for (int row = 0; row < _features.Length; row++)
        {
            writer.Write(_features[row]);
            for (int c = 0; c < ClassCount; c++) writer.Write(_weights[row * ClassCount + c]);
        }
        writer.Write(_lemmaKeys.Length);
        for (int i = 0; i < _lemmaKeys.Length; i++)
        {
            writer.Write(_lemmaKeys[i]);
            writer.Write(_lemmaCounts[i]);
        }
        writer.Write(Shrinkage);
    }

    /// <summary>Returns a copy of this model with another decision threshold and back-off pseudo-count.</summary>
    public LinearTriggerClassifier With(float threshold, float shrinkage)
    {
        // The arrays are never written after construction, so the copy shares them.
        return new LinearTriggerClassifier(Featurizer.Bits, _biases, (_features, _weights), threshold, (_lemmaKeys, _lemmaCounts), shrinkage);
    }
}
