namespace EventExtract.Tagging;

/// <summary>Trains <see cref="AveragedPerceptronPosTagger"/>. Deterministic: same data and options, same model bytes.</summary>
internal static class PosTaggerTrainer
{
    /// <summary>Words seen at least <c>MinCount</c> times with one tag in at least <c>MinShare</c> of cases, keyed by exact string.</summary>
    public static SpanStringMap<UniversalPos> BuildTagDictionary(IReadOnlyList<PosSentence> data, PerceptronTrainingOptions options)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var s in data)
            for (int i = 0; i < s.Words.Length; i++)
            {
                if (!counts.TryGetValue(s.Words[i], out var c)) counts[s.Words[i]] = c = new int[17];
                c[(int)s.Tags[i]]++;
            }
        var entries = new List<KeyValuePair<string, UniversalPos>>();
        foreach (var (word, c) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            int total = c.Sum(), best = 0;
            for (int t = 1; t < c.Length; t++) if (c[t] > c[best]) best = t;
            if (total >= options.DictionaryMinCount && c[best] >= options.DictionaryMinShare * total)
                entries.Add(new(word, (UniversalPos)best));
        }
        return new SpanStringMap<UniversalPos>(entries);
    }

    /// <summary>Trains a tagger; <paramref name="afterEpoch"/> (optional) sees the averaged model after each pass.</summary>
    public static AveragedPerceptronPosTagger Train(IReadOnlyList<PosSentence> data, PerceptronTrainingOptions options,
        Action<int, AveragedPerceptronPosTagger>? afterEpoch = null)
    {
        var dict = BuildTagDictionary(data, options);
        var vocabulary = VocabularyIO.Build(data.Select(s => s.Words), options.VocabularyMinCount);
        var (lexicon, folds) = Lexicons(data, options, vocabulary);
        return Learn(data, rightTags: null, dict, vocabulary, folds, options.Epochs, options.Seed,
            p => new AveragedPerceptronPosTagger(p.ToModel(options.Prune), dict, vocabulary, lexicon: lexicon), afterEpoch);
    }

    /// <summary>
    /// The tagger's lexicon (from all of <paramref name="data"/>) and the ones training sees (sentence i uses fold i mod F,
    /// whose ambiguity classes come from the other folds, so that training sees classes as incomplete as on new text).
    /// </summary>
    private static (SpanStringMap<uint>? Full, SpanStringMap<uint>?[] Folds) Lexicons(IReadOnlyList<PosSentence> data, PerceptronTrainingOptions options,
        SpanStringMap<byte> vocabulary)
    {
        if (options.Clusters is null && !options.Ambiguity) return (null, [null]);
        // The model file stores the lexicon as values of the vocabulary's words, so it holds those words only.
        var full = PosLexicon.Build(data, options.Clusters, options.Ambiguity, vocabulary);
        if (!options.Ambiguity) return (full, [full]);
        int k = options.LexiconFolds;
        var folds = new SpanStringMap<uint>?[k];
        for (int f = 0; f < k; f++) folds[f] = PosLexicon.Build(data.Where((_, i) => i % k != f), options.Clusters, true, vocabulary);
        return (full, folds);
    }

    /// <summary>
    /// Trains the second-pass model of <paramref name="first"/>: the same features plus the tags <paramref name="rightTags"/>
    /// (one array per sentence, the first pass's output on the training data) of the next two tokens. Returns the two-pass
    /// tagger re-tagging every token the dictionary does not fix; <paramref name="afterEpoch"/> sees it after each pass.
    /// </summary>
    public static AveragedPerceptronPosTagger TrainSecondPass(IReadOnlyList<PosSentence> data, IReadOnlyList<UniversalPos[]> rightTags,
        AveragedPerceptronPosTagger first, PerceptronTrainingOptions options, Action<int, AveragedPerceptronPosTagger>? afterEpoch = null) =>
        Learn(data, rightTags, first.TagDictionary, first.Vocabulary, Lexicons(data, options, first.Vocabulary).Folds, options.Epochs, options.Seed + 1,
            p => first.WithSecondPass(p.ToModel(options.Prune), float.PositiveInfinity), afterEpoch);

    /// <summary>
    /// The perceptron epochs of either pass: left to right, dictionary words fixed, the other tokens scored with the
    /// previous two guesses (and, for the second pass, the first pass's tags of this and the next two tokens).
    /// </summary>
    private static AveragedPerceptronPosTagger Learn(IReadOnlyList<PosSentence> data, IReadOnlyList<UniversalPos[]>? rightTags,
        SpanStringMap<UniversalPos> dict, SpanStringMap<byte> vocabulary, SpanStringMap<uint>?[] lexicons, int epochs, ulong seed,
        Func<AveragedPerceptron, AveragedPerceptronPosTagger> snapshot, Action<int, AveragedPerceptronPosTagger>? afterEpoch)
    {
        var perceptron = new AveragedPerceptron(17);
        var rng = new TrainingRandom(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        Span<ulong> features = stackalloc ulong[PosFeaturizer.MaxFeatures];
        Span<float> scores = stackalloc float[17];
        var infos = new TokenInfo[16];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int si in order)
            {
                var s = data[si];
                var right = rightTags?[si];
                int n = s.Words.Length;
                if (infos.Length < n) infos = new TokenInfo[n * 2];
                var lexicon = lexicons[si % lexicons.Length];
                for (int i = 0; i < n; i++)
                {
                    infos[i] = TokenInfo.Compute(s.Words[i], vocabulary);
                    infos[i].Aux = PosLexicon.Lookup(lexicon, s.Words[i]);
                }
                int prev1 = PosFeaturizer.StartTag, prev2 = PosFeaturizer.StartTag;
                for (int i = 0; i < n; i++)
                {
                    int guess;
                    if (dict.TryGetValue(s.Words[i], out var known))
                    {
                        guess = (int)known;
                    }
                    else
                    {
                        int k;
                        if (right is null)
                        {
                            k = PosFeaturizer.Extract(infos.AsSpan(0, n), i, prev1, prev2, features);
                        }
                        else
                        {
                            k = PosFeaturizer.ExtractWithRight(infos.AsSpan(0, n), i, prev1, prev2, right.AsSpan(0, n), features);
                        }
                        perceptron.Score(features[..k], scores);
                        guess = AveragedPerceptronPosTagger.ArgMax(scores);
                        perceptron.Tick();
                        perceptron.Update(features[..k], (int)s.Tags[i], guess);
                    }
                    prev2 = prev1;
                    prev1 = guess;
                }
            }
            if (afterEpoch is not null && epoch < epochs - 1) afterEpoch(epoch + 1, snapshot(perceptron));
        }
        var final = snapshot(perceptron);
        afterEpoch?.Invoke(epochs, final);
        return final;
    }

    /// <summary>Tags a word list with <paramref name="tagger"/> (via a token table, exactly as at run time).</summary>
    public static UniversalPos[] TagWords(AveragedPerceptronPosTagger tagger, IReadOnlyList<string> words)
    {
        var tags = new UniversalPos[words.Count];
        if (words.Count == 0) return tags;
        var (table, sentence) = TokenTables.FromWords(words);
        tagger.Tag(table, sentence, tags);
        return tags;
    }
}
