namespace EventExtract.Tagging;

/// <summary>
/// Training-time multiclass averaged perceptron (Collins 2002; lazy averaging as in Honnibal's tagger).
/// Not thread-safe; deterministic given the same sequence of calls. <see cref="ToModel(float)"/> freezes it.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly int _classes;
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _w = new float[1 << 16];
    private double[] _total = new double[1 << 16];
    private int[] _stamp = new int[1 << 16];
    private int _step;

    /// <summary>Creates an empty model over <paramref name="classCount"/> classes.</summary>
    public AveragedPerceptron(int classCount) => _classes = classCount;

    /// <summary>Number of classes.</summary>
    public int ClassCount => _classes;

    /// <summary>Current (non-averaged) scores.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[.._classes].Clear();
        foreach (ulong f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            int b = row * _classes;
            for (int c = 0; c < _classes; c++) scores[c] += _w[b + c];
        }
    }

    /// <summary>Advances the averaging clock by one training instance.</summary>
    public void Tick() => _step++;

    /// <summary>Standard perceptron update when the guess differs from the truth.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (ulong f in features)
        {
            int b = RowOf(f) * _classes;
            Bump(b + truth, 1f);
            Bump(b + guess, -1f);
        }
    }

    private void Bump(int i, float delta)
    {
        _total[i] += (double)(_step - _stamp[i]) * _w[i];
        _stamp[i] = _step;
        _w[i] += delta;
    }

    private int RowOf(ulong f)
    {
        if (_rows.TryGetValue(f, out int row)) return row;
        row = _rows.Count;
        _rows.Add(f, row);
        int need = (row + 1) * _classes;
        if (need > _w.Length)
        {
            int size = Math.Max(need, _w.Length * 2);
            Array.Resize(ref _w, size);
            Array.Resize(ref _total, size);
            Array.Resize(ref _stamp, size);
        }
        return row;
    }

    /// <summary>Averages the weights and keeps those with magnitude at least <paramref name="prune"/>.</summary>
    public LinearModel ToModel(float prune) => ToModel([this], prune);

    /// <summary>
    /// The mean of several runs' averaged weights (runs over the same classes, e.g. the same data in other orders),
    /// keeping those with magnitude at least <paramref name="prune"/>. One run gives that run's averaged model.
    /// </summary>
    public static LinearModel ToModel(IReadOnlyList<AveragedPerceptron> runs, float prune)
    {
        int classes = runs[0]._classes;
        var keys = runs.SelectMany(r => r._rows.Keys).Distinct().ToArray();
        Array.Sort(keys);
        var rows = new List<(ulong, (byte, float)[])>(keys.Length);
        var row = new List<(byte, float)>(classes);
        foreach (ulong k in keys)
        {
            row.Clear();
            for (int c = 0; c < classes; c++)
            {
                double sum = 0;
                foreach (var r in runs)
                {
                    if (!r._rows.TryGetValue(k, out int at)) continue;
                    int i = at * classes + c;
                    double total = r._total[i] + (double)(r._step - r._stamp[i]) * r._w[i];
                    sum += total / Math.Max(1, r._step);
                }
                float avg = (float)(sum / runs.Count);
                // Round through Half now so the in-memory model equals the one read back from disk.
                avg = (float)(Half)avg;
                if (Math.Abs(avg) >= prune && avg != 0f) row.Add(((byte)c, avg));
            }
            if (row.Count > 0) rows.Add((k, row.ToArray()));
        }
        return new LinearModel(classes, rows);
    }
}
