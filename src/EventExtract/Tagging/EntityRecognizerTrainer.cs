namespace EventExtract.Tagging;

/// <summary>
/// Trains <see cref="AveragedPerceptronEntityRecognizer"/>. Deterministic: same data and options, same model bytes.
/// With <see cref="PerceptronTrainingOptions.Margin"/> it is a margin perceptron: a right guess is still updated
/// against the runner-up label when it does not win by the margin (UNER + GUM dev F1 0.620 -> 0.673 at margin 100).
/// </summary>
internal static class EntityRecognizerTrainer
{
    /// <summary>Trains a recognizer; <paramref name="afterEpoch"/> (optional) sees the averaged model after each pass.</summary>
    public static AveragedPerceptronEntityRecognizer Train(IReadOnlyList<EntitySentence> data, PerceptronTrainingOptions options,
        float temperature = 1f, Action<int, AveragedPerceptronEntityRecognizer>? afterEpoch = null, SpanStringMap<byte>? gazetteer = null, SpanStringMap<byte>? cues = null,
        IReadOnlyList<EntitySentence>? extra = null)
    {
        gazetteer ??= new SpanStringMap<byte>([]);
        cues ??= new SpanStringMap<byte>([]);
        int runCount = Math.Max(1, options.Runs);
        var runs = new AveragedPerceptron[runCount];
        var rngs = new TrainingRandom[runCount];
        for (int r = 0; r < runCount; r++)
        {
            runs[r] = new AveragedPerceptron(EntityLabels.Count);
            // Run 0 keeps the seed itself, so one run is the plain averaged perceptron of that seed.
            rngs[r] = new TrainingRandom(options.Seed + (ulong)r * 0x9E3779B97F4A7C15UL);
        }
        var vocabulary = VocabularyIO.Build(data.Select(s => s.Words), options.VocabularyMinCount);
        // Extra sentences (e.g. lowercased copies) are trained on but leave the vocabulary's case habits alone.
        if (extra is { Count: > 0 }) data = data.Concat(extra).ToList();
        var orders = runs.Select(_ => Enumerable.Range(0, data.Count).ToArray()).ToArray();
        Span<ulong> features = stackalloc ulong[EntityFeaturizer.MaxFeatures];
        Span<float> scores = stackalloc float[EntityLabels.Count];
        var infos = new TokenInfo[16];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            for (int r = 0; r < runCount; r++)
            {
                var perceptron = runs[r];
                rngs[r].Shuffle(orders[r]);
                foreach (int si in orders[r])
                {
                    var s = data[si];
                    int n = s.Words.Length;
                    if (infos.Length < n) infos = new TokenInfo[n * 2];
                    for (int i = 0; i < n; i++)
                    {
                        infos[i] = TokenInfo.Compute(s.Words[i], vocabulary, gazetteer);
                        infos[i].Cue = NameCues.Lookup(s.Words[i], infos[i].HasUpper, cues);
                    }
                    int prev1 = EntityLabels.Start, prev2 = EntityLabels.Start;
                    for (int i = 0; i < n; i++)
                    {
                        int k = EntityFeaturizer.Extract(infos.AsSpan(0, n), s.Pos, i, prev1, prev2, features);
                        perceptron.Score(features[..k], scores);
                        bool isLast = i == n - 1;
                        int guess = -1;
                        for (int c = 0; c < EntityLabels.Count; c++)
                            if (EntityLabels.IsValid(prev1, c, isLast) && (guess < 0 || scores[c] > scores[guess])) guess = c;
                        perceptron.Tick();
                        int truth = s.Labels[i];
                        if (guess != truth) perceptron.Update(features[..k], truth, guess);
                        else if (options.Margin > 0 && RunnerUp(scores, prev1, isLast, truth) is int rival and >= 0 && scores[rival] > scores[truth] - options.Margin)
                            perceptron.Update(features[..k], truth, rival);
                        prev2 = prev1;
                        prev1 = guess;
                    }
                }
            }
            if (afterEpoch is not null && epoch < options.Epochs - 1)
                afterEpoch(epoch + 1, new AveragedPerceptronEntityRecognizer(AveragedPerceptron.ToModel(runs, options.Prune), vocabulary, gazetteer, cues, temperature));
        }
        var final = new AveragedPerceptronEntityRecognizer(AveragedPerceptron.ToModel(runs, options.Prune), vocabulary, gazetteer, cues, temperature);
        afterEpoch?.Invoke(options.Epochs, final);
        return final;
    }

    /// <summary>The best-scoring allowed label other than <paramref name="label"/>, -1 when there is none.</summary>
    internal static int RunnerUp(ReadOnlySpan<float> scores, int prev1, bool isLast, int label)
    {
        int best = -1;
        for (int c = 0; c < EntityLabels.Count; c++)
            if (c != label && EntityLabels.IsValid(prev1, c, isLast) && (best < 0 || scores[c] > scores[best])) best = c;
        return best;
    }

    /// <summary>Converts BIO tags ("B-PER", "I-LOC", "O"; other types become O) into BILOU label ids.</summary>
    public static byte[] BilouFromBio(IReadOnlyList<string> bio)
    {
        int n = bio.Count;
        var types = new int[n];  // -1 = O
        var begins = new bool[n];
        for (int i = 0; i < n; i++)
        {
            string t = bio[i];
            types[i] = t.Length > 2 ? t[2..] switch { "PER" => 0, "ORG" => 1, "LOC" => 2, _ => -1 } : -1;
            // An I- that does not continue an entity of the same type starts one (IOB2 repair).
            begins[i] = types[i] >= 0 && (t[0] == 'B' || i == 0 || types[i - 1] != types[i]);
        }
        var labels = new byte[n];
        for (int i = 0; i < n; i++)
        {
            if (types[i] < 0) continue;
            var type = (EntityType)types[i];
            bool continues = i + 1 < n && types[i + 1] == types[i] && !begins[i + 1];
            var part = begins[i] ? (continues ? EntityLabels.Part.Begin : EntityLabels.Part.Unit)
                                 : (continues ? EntityLabels.Part.Inside : EntityLabels.Part.Last);
            labels[i] = (byte)EntityLabels.Of(part, type);
        }
        return labels;
    }
}
