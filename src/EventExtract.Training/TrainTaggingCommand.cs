using System.Diagnostics;
using EventExtract.Tagging;

namespace EventExtract.Training;

/// <summary>
/// Trains the POS tagger (UD EWT train + GUM train) and the entity recognizer (UniversalNER EWT train +
/// GUM train names) and writes both models into src/EventExtract/Resources/Tagging. Deterministic. Each keeps
/// the averaged model of its best epoch on dev (EWT + GUM dev UPOS accuracy, UNER EWT + GUM dev F1), then is pruned.
/// The POS tagger then gets a second pass, trained on jackknifed first-pass tags of the training data.
/// Options: --pos-epochs N, --ner-epochs N, --out DIR, --only pos|ner (ner reuses the POS model in DIR),
/// --pos-prune W / --pos2-prune W / --ner-prune W (drop smaller averaged weights), --ner-margin M (margin perceptron,
/// 0 = plain), --sweep-prune (print dev scores per prune level and second-pass margin), --pos-single (no second pass),
/// --pos-jackknife K (folds; 1 = tags of the final first pass), --pos2-epochs N, --pos-margin M (second pass re-tags
/// tokens whose first-pass margin is below M), --pos-clusters K (word clusters in the POS lexicon, 0 = none),
/// --pos-no-ambiguity (no ambiguity classes in the POS lexicon), --sweep-bias (print UNER + GUM dev F1 with each entity
/// type's start labels favoured or penalized by a constant: no setting gained reliably, so none is applied),
/// --ner-case-augment N / --ner-case-mode sentence|names (lowercased copies of training sentences; see CaseAugmented),
/// --seed S (the entity recognizer's shuffle), --ner-runs K (K shuffled runs whose averaged weights are averaged),
/// --ner-select micro|macro (the epoch with the best F1 over both dev sets' names, or the best mean of the two F1s),
/// --ner-gum-copies N (GUM train given N times). None of the last three is on by default: see NerVariants.
/// </summary>
internal sealed class TrainTaggingCommand : ICommand
{
    // Shipped models drop averaged weights below these magnitudes (chosen on dev with --sweep-prune):
    // far fewer features means a smaller table, fewer cache misses and a faster load.
    // POS: both passes drop weights below 1. With the second pass, a first pass pruned at 0.75 (the accuracy of the
    // unpruned one on dev alone) was no better on EWT+GUM dev, and its table is twice as large (load time, cache misses).
    private const float DefaultPosPrune = 1f;
    private const float DefaultPos2Prune = 1f;

    // The second pass re-tags tokens whose first-pass margin is below this. On EWT+GUM dev: 16 gives 95.30/96.79 %,
    // 24 95.34/96.82 (as re-tagging every token, which halves the tagger's speed); paired CPU time, POS alone, against
    // the single pass: 16 about 0.79x the speed, 24 about 0.72x (over the 30 % budget).
    // With the lexicon (format 5), on EWT + GUM dev: 8 95.39/96.92 %, 12 95.43/96.97, 16 95.42/96.97, 20 95.45/96.94,
    // 24 95.47/96.94 (+8 tokens of 37,363 over 16), 28 and 32 95.47/96.94; 24 costs about 9 % of the speed of 16.
    private const float DefaultRescoreMargin = 24f;
    private const float DefaultNerPrune = 2f;

    // Distributional word clusters in the POS tagger's lexicon (0 = none).
    private const int DefaultClusterCount = 256;

    // Margin of the entity recognizer's perceptron updates (chosen on UNER + GUM dev: 40 -> 0.658, 100 -> 0.673,
    // 150 -> 0.670, 250 -> 0.675, plain perceptron 0.620).
    private const float DefaultNerMargin = 100f;

    // NerVariants: measured on dev (document pass, score-ner-doc --split dev; UNER / GUM F1) over seeds default / 1 / 2,
    // against the shipped ner.bin (trained at 5e0eea1) at 0.747 / 0.766:
    //   default                            0.744/0.714  0.745/0.706  0.740/0.751   mean 0.743/0.724
    //   --ner-runs 3                       0.746/0.746  0.741/0.709  0.746/0.746   mean 0.744/0.734
    //   --ner-runs 3 --ner-select macro    0.742/0.748  0.741/0.709  0.746/0.746   mean 0.743/0.734
    //   --ner-runs 3 --ner-gum-copies 2    0.743/0.754  0.747/0.762  0.741/0.761   mean 0.744/0.759 (GUM steadier)
    // GUM dev has 359 names; its figure is nearly two-valued (0.709 or 0.746) because the document pass types one
    // name with ~15 mentions as a person or a place depending on the seed. No variant reached the shipped model, so
    // the default is unchanged.
    // With GumEntities' organization-before-comma and name-before-"in"/"of" conversion (GUM dev gold of 361 names, before the title guard of the "of" rule), retrained
    // models still trail the shipped one (UNER / GUM dev 0.763 / 0.783): default 0.759 / 0.731 (0.730 with the older
    // conversion), --ner-runs 3 --ner-gum-copies 2 0.762 / 0.769; so ner.bin is not retrained.

    public string Name => "train-tagging";

    public string Description => "Train the POS tagger and the entity recognizer; write Resources/Tagging models.";

    public int Run(string[] args)
    {
        int posEpochs = IntArg(args, "--pos-epochs", 14);
        int nerEpochs = IntArg(args, "--ner-epochs", 12);
        string outDir = StringArg(args, "--out") ?? TaggingData.ModelDirectory;
        Directory.CreateDirectory(outDir);
        string only = StringArg(args, "--only") ?? "all";
        float posPrune = FloatArg(args, "--pos-prune", DefaultPosPrune);
        float nerPrune = FloatArg(args, "--ner-prune", DefaultNerPrune);
        bool sweep = args.Contains("--sweep-prune");
        var sw = Stopwatch.StartNew();
        AveragedPerceptronPosTagger tagger;
        if (only == "ner")
        {
            using var pf = File.OpenRead(Path.Combine(outDir, TaggingResources.PosModelFile));
            tagger = AveragedPerceptronPosTagger.Load(pf);
        }
        else
        {
            tagger = TrainPos(args, outDir, posEpochs, posPrune, sweep, sw);
            if (only == "pos") return 0;
        }
        TrainNer(args, outDir, nerEpochs, nerPrune, sweep, tagger, sw);
        Console.WriteLine($"done in {sw.Elapsed.TotalSeconds:F0}s");
        return 0;
    }

    private static readonly float[] PruneLevels = [0.5f, 0.6f, 0.75f, 0.9f, 1f, 2f, 3f, 5f, 8f, 12f];

    private static AveragedPerceptronPosTagger TrainPos(string[] args, string outDir, int posEpochs, float prune, bool sweep, Stopwatch sw)
    {
        var posTrain = PosTrainingData();
        var ewtDev = TaggingData.Pos(TaggingData.Ewt("dev"));
        var gumDev = TaggingData.Pos(TaggingData.Gum("dev"));
        Console.WriteLine($"POS: {posTrain.Count} training sentences, {posTrain.Sum(s => s.Words.Length)} tokens");
        var posOptions = new PerceptronTrainingOptions { Epochs = posEpochs };
        // The tagger's lexicon: distributional clusters of the training text's words (its words only, no labels) and the
        // words' ambiguity classes. Chosen on EWT + GUM dev (first pass alone): 256 clusters of words seen twice or more;
        // 512 clusters, or clusters of words seen once too, were no better.
        int clusterCount = IntArg(args, "--pos-clusters", DefaultClusterCount);
        if (clusterCount > 0)
        {
            var clusters = WordClusters.Build(posTrain.Select(s => s.Words), clusterCount);
            Console.WriteLine($"  {clusters.Count} words in {clusterCount} clusters ({sw.Elapsed.TotalSeconds:F0}s)");
            posOptions = posOptions with { Clusters = clusters };
        }
        if (!args.Contains("--pos-no-ambiguity")) posOptions = posOptions with { Ambiguity = true };
        var (tagger, bestEpoch) = BestEpoch("", afterEpoch => PosTaggerTrainer.Train(posTrain, posOptions, afterEpoch), ewtDev, gumDev, sw);
        if (sweep)
            foreach (float p in PruneLevels)
            {
                var t = tagger.WithModel(tagger.Model.Pruned(p));
                Console.WriteLine($"  prune {p}: {t.Model.FeatureCount} features, {t.Model.WeightCount} weights, dev UPOS EWT {TaggingScores.PosAccuracy(t, ewtDev):P2}  GUM {TaggingScores.PosAccuracy(t, gumDev):P2}");
            }
        tagger = tagger.WithModel(tagger.Model.Pruned(prune));
        if (!args.Contains("--pos-single"))
            tagger = TrainSecondPass(args, tagger, posTrain, posOptions with { Epochs = bestEpoch }, ewtDev, gumDev, prune, sweep, sw);
        string posPath = Path.Combine(outDir, TaggingResources.PosModelFile);
        using (var f = File.Create(posPath)) tagger.Save(f);
        Console.WriteLine($"  wrote {posPath}: {new FileInfo(posPath).Length / 1024.0:F0} KiB, {tagger.Model.FeatureCount} features, {tagger.Model.WeightCount} weights, {tagger.TagDictionary.Count} dictionary words");
        return tagger;
    }

    private static AveragedPerceptronPosTagger TrainSecondPass(string[] args, AveragedPerceptronPosTagger first, List<PosSentence> posTrain,
        PerceptronTrainingOptions firstOptions, List<PosSentence> ewtDev, List<PosSentence> gumDev, float prune, bool sweep, Stopwatch sw)
    {
        int folds = IntArg(args, "--pos-jackknife", 4);
        var right = new UniversalPos[posTrain.Count][];
        if (folds <= 1)
        {
            for (int i = 0; i < posTrain.Count; i++) right[i] = PosTaggerTrainer.TagWords(first, posTrain[i].Words);
        }
        else
        {
            // Jackknifed first-pass tags: each fold tagged by a first pass trained without it, so the second pass learns
            // how far to trust first-pass tags as good as they are on unseen text.
            for (int f = 0; f < folds; f++)
            {
                var rest = posTrain.Where((_, i) => i % folds != f).ToList();
                var t = PosTaggerTrainer.Train(rest, firstOptions);
                t = t.WithModel(t.Model.Pruned(prune));
                for (int i = f; i < posTrain.Count; i += folds) right[i] = PosTaggerTrainer.TagWords(t, posTrain[i].Words);
                Console.WriteLine($"  jackknife fold {f + 1}/{folds} ({sw.Elapsed.TotalSeconds:F0}s)");
            }
        }
        var options = firstOptions with { Epochs = IntArg(args, "--pos2-epochs", 14) };
        var (tagger, _) = BestEpoch("pass 2 ", afterEpoch => PosTaggerTrainer.TrainSecondPass(posTrain, right, first, options, afterEpoch), ewtDev, gumDev, sw);
        var second = tagger.SecondModel!;
        if (sweep)
            foreach (float p in PruneLevels)
            {
                var t = tagger.WithModel(tagger.Model, second.Pruned(p));
                Console.WriteLine($"  pass 2 prune {p}: {t.SecondModel!.FeatureCount} features, {t.SecondModel.WeightCount} weights, dev UPOS EWT {TaggingScores.PosAccuracy(t, ewtDev):P2}  GUM {TaggingScores.PosAccuracy(t, gumDev):P2}");
            }
        second = second.Pruned(FloatArg(args, "--pos2-prune", DefaultPos2Prune));
        if (sweep)
            foreach (float m in new[] { 0f, 1f, 2f, 4f, 6f, 8f, 12f, 16f, 24f, 32f, float.PositiveInfinity })
            {
                var t = tagger.WithSecondPass(second, m);
                Console.WriteLine($"  margin {m}: dev UPOS EWT {TaggingScores.PosAccuracy(t, ewtDev):P2}  GUM {TaggingScores.PosAccuracy(t, gumDev):P2}  {PosRate(t, ewtDev):N0} tokens/CPU s");
            }
        return tagger.WithSecondPass(second, FloatArg(args, "--pos-margin", DefaultRescoreMargin));
    }

    /// <summary>
    /// Early stopping on EWT + GUM dev for either POS pass: runs <paramref name="train"/> and keeps the averaged model of the
    /// epoch with the most right tags on both dev sets together (ties go to the earlier one), printing both dev accuracies
    /// per epoch. (EWT dev alone, 25k tokens, picked epochs whose lead was a few tokens.)
    /// </summary>
    private static (AveragedPerceptronPosTagger Tagger, int Epoch) BestEpoch(string label, Action<Action<int, AveragedPerceptronPosTagger>> train,
        List<PosSentence> ewtDev, List<PosSentence> gumDev, Stopwatch sw)
    {
        AveragedPerceptronPosTagger? best = null;
        double bestAccuracy = -1;
        int bestEpoch = 0;
        long ewtTokens = ewtDev.Sum(s => (long)s.Words.Length), gumTokens = gumDev.Sum(s => (long)s.Words.Length);
        train((epoch, t) =>
        {
            double ewt = TaggingScores.PosAccuracy(t, ewtDev), gum = TaggingScores.PosAccuracy(t, gumDev);
            double both = (ewt * ewtTokens + gum * gumTokens) / (ewtTokens + gumTokens);
            Console.WriteLine($"  {label}epoch {epoch,2}: dev UPOS EWT {ewt:P2}  GUM {gum:P2}  both {both:P2}  ({sw.Elapsed.TotalSeconds:F0}s)");
            if (both > bestAccuracy + 1e-9) (best, bestAccuracy, bestEpoch) = (t, both, epoch);
        });
        Console.WriteLine($"  {label}kept epoch {bestEpoch}");
        return (best!, bestEpoch);
    }

    private static double PosRate(AveragedPerceptronPosTagger tagger, List<PosSentence> data)
    {
        var tables = data.Where(s => s.Words.Length > 0).Select(s => TokenTables.FromWords(s.Words)).ToList();
        var buffers = tables.Select(t => new UniversalPos[t.Tokens.Count]).ToList();
        long tokens = tables.Sum(t => (long)t.Sentence.TokenCount);
        for (int i = 0; i < tables.Count; i++) tagger.Tag(tables[i].Tokens, tables[i].Sentence, buffers[i]);
        int rounds = 0;
        double cpu = TaggingScores.CpuMilliseconds(() =>
        {
            for (; rounds < 5; rounds++)
                for (int i = 0; i < tables.Count; i++) tagger.Tag(tables[i].Tokens, tables[i].Sentence, buffers[i]);
        });
        return tokens * rounds / (cpu / 1000);
    }

    private static List<PosSentence> PosTrainingData() =>
        TaggingData.Pos(TaggingData.Ewt("train")).Concat(TaggingData.Pos(TaggingData.Gum("train"))).ToList();

    private static void TrainNer(string[] args, string outDir, int nerEpochs, float prune, bool sweep, AveragedPerceptronPosTagger tagger, Stopwatch sw)
    {
        var nerTrainBio = TaggingData.UnerBio("train")
            .Concat(Environment.GetEnvironmentVariable("EVENTEXTRACT_NER_NO_GUM") is null
                ? Enumerable.Repeat(TaggingData.GumBio("train"), IntArg(args, "--ner-gum-copies", 1)).SelectMany(g => g) : []).ToList();
        // POS tags from the final tagger. Measured alternative: 2-fold jackknifed tags (each half tagged by a
        // tagger trained without it) gave UNER dev F1 0.585 vs 0.607, so it is not used.
        var nerTrain = TaggingData.WithPredictedPos(nerTrainBio, tagger);
        var unerDev = TaggingData.WithPredictedPos(TaggingData.UnerBio("dev"), tagger);
        Console.WriteLine($"NER: {nerTrain.Count} training sentences ({sw.Elapsed.TotalSeconds:F0}s)");
        var nerOptions = new PerceptronTrainingOptions { Epochs = nerEpochs, Margin = FloatArg(args, "--ner-margin", DefaultNerMargin), Runs = IntArg(args, "--ner-runs", 1) };
        bool macro = StringArg(args, "--ner-select") == "macro";
        if (StringArg(args, "--seed") is { } seed) nerOptions = nerOptions with { Seed = ulong.Parse(seed, System.Globalization.CultureInfo.InvariantCulture) };
        var gazetteer = Environment.GetEnvironmentVariable("EVENTEXTRACT_NO_GAZETTEER") is null
            ? GazetteerFlags.Build(PlaceNames.Load().Concat(NameLists.Regions()), NameLists.FirstNames(), NameLists.PersonNames(), NameLists.OrganizationWords()) : new SpanStringMap<byte>([]);
        Console.WriteLine($"  gazetteer: {gazetteer.Count} place- and person-name words");
        var cues = new SpanStringMap<byte>(Environment.GetEnvironmentVariable("EVENTEXTRACT_NO_CUES") is null ? NameLists.Cues() : []);
        // Early stopping on UNER + GUM dev: keep the averaged model of the best epoch (ties go to the earlier one).
        AveragedPerceptronEntityRecognizer? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        var gumDev = TaggingData.WithPredictedPos(TaggingData.GumBio("dev"), tagger);
        EntityRecognizerTrainer.Train(nerTrain, nerOptions, 1f, (epoch, m) =>
        {
            var uner = TaggingScores.EntityCounts(m, unerDev)[3];
            var gum = TaggingScores.EntityCounts(m, gumDev)[3];
            // Both dev sets (1,320 names) choose the epoch: UNER dev alone (966) is a noisy judge.
            double f1 = macro ? (TaggingScores.F1(uner) + TaggingScores.F1(gum)) / 2 : TaggingScores.F1((uner.Tp + gum.Tp, uner.Fp + gum.Fp, uner.Fn + gum.Fn));
            Console.WriteLine($"  epoch {epoch,2}: dev F1 UNER {TaggingScores.F1(uner):F4}  GUM {TaggingScores.F1(gum):F4}  both {f1:F4}  ({sw.Elapsed.TotalSeconds:F0}s)");
            if (f1 > bestF1) (best, bestF1, bestEpoch) = (m, f1, epoch);
        }, gazetteer, cues, CaseAugmented(args, nerTrainBio, tagger));
        var ner = best!;
        Console.WriteLine($"  kept epoch {bestEpoch}");
        if (sweep)
            foreach (float p in PruneLevels)
            {
                var m = ner.WithModel(ner.Model.Pruned(p));
                Console.WriteLine($"  prune {p}: {m.Model.FeatureCount} features, {m.Model.WeightCount} weights, UNER dev F1 {TaggingScores.F1(TaggingScores.EntityCounts(m, unerDev)[3]):F4}");
            }
        ner = ner.WithModel(ner.Model.Pruned(prune));
        if (args.Contains("--sweep-bias")) SweepBias(ner, unerDev, gumDev);
        float temperature = FitTemperature(ner, unerDev);
        ner = ner.WithTemperature(temperature);
        Console.WriteLine($"  confidence temperature (fitted on UNER dev): {temperature}");
        string nerPath = Path.Combine(outDir, TaggingResources.EntityModelFile);
        using (var f = File.Create(nerPath)) ner.Save(f);
        Console.WriteLine($"  wrote {nerPath}: {new FileInfo(nerPath).Length / 1024.0:F0} KiB, {ner.Model.FeatureCount} features, {ner.Model.WeightCount} weights");
    }

    /// <summary>
    /// Lowercased copies of training sentences (--ner-case-augment N: every Nth sentence; --ner-case-mode sentence = the
    /// whole sentence lowercased, names = only the name words of every Nth sentence holding one), trained on beside the
    /// originals for web text that writes names in lower case ("in kerala"). Not used by default: on UNER + GUM dev (after
    /// the document pass) sentence/4 gave 0.738/0.702, sentence/2 0.728/0.733, names/2 0.726/0.691 against 0.732/0.703 for
    /// the same training without copies, all within the spread of the shuffle seed, so the lower-case place words are
    /// tagged by a rule instead (AveragedPerceptronEntityRecognizer.LowercasePlaces).
    /// </summary>
    private static List<EntitySentence> CaseAugmented(string[] args, List<(string[] Words, string[] Bio)> train, AveragedPerceptronPosTagger tagger)
    {
        int every = IntArg(args, "--ner-case-augment", 0);
        string mode = StringArg(args, "--ner-case-mode") ?? "sentence";
        if (every <= 0) return [];
        var copies = new List<(string[] Words, string[] Bio)>();
        int named = 0;
        for (int i = 0; i < train.Count; i++)
        {
            var (w, bio) = train[i];
            bool hasName = bio.Any(b => b != "O");
            if (mode == "names" && !hasName) continue;
            if ((mode == "names" ? named++ : i) % every != 0) continue;
            var lower = new string[w.Length];
            for (int k = 0; k < w.Length; k++)
                lower[k] = mode == "sentence" || bio[k] != "O" ? w[k].ToLowerInvariant() : w[k];
            copies.Add((lower, bio));
        }
        Console.WriteLine($"  case augmentation: {copies.Count} lowercased copies ({mode}, every {every})");
        return TaggingData.WithPredictedPos(copies, tagger);
    }

    private static void SweepBias(AveragedPerceptronEntityRecognizer ner, List<EntitySentence> unerDev, List<EntitySentence> gumDev)
    {
        ulong biasKey = FeatureHash.Feature(100, 0);
        Console.WriteLine("  bias row: " + string.Join(' ', ner.Model.Enumerate().Where(e => e.Key == biasKey).Select(e => $"{EntityLabels.Name(e.Class)}={e.Weight:F1}")));
        foreach (int type in new[] { 1, 2, 0 })
            foreach (float d in new[] { -40f, -20f, -10f, 10f, 20f, 40f, 60f, 80f })
            {
                var delta = new float[EntityLabels.Count];
                delta[EntityLabels.Of(EntityLabels.Part.Begin, (EntityType)type)] = d;
                delta[EntityLabels.Of(EntityLabels.Part.Unit, (EntityType)type)] = d;
                var m = ner.WithModel(WithBias(ner.Model, biasKey, delta));
                var u = TaggingScores.EntityCounts(m, unerDev);
                var g = TaggingScores.EntityCounts(m, gumDev);
                double f1 = TaggingScores.F1((u[3].Tp + g[3].Tp, u[3].Fp + g[3].Fp, u[3].Fn + g[3].Fn));
                Console.WriteLine($"  bias {(EntityType)type} {d,4}: dev F1 UNER {TaggingScores.F1(u[3]):F4}  GUM {TaggingScores.F1(g[3]):F4}  both {f1:F4}  type F1 UNER {TaggingScores.F1(u[type]):F4} GUM {TaggingScores.F1(g[type]):F4}");
            }
    }

    private static LinearModel WithBias(LinearModel model, ulong biasKey, float[] delta)
    {
        var rows = model.Enumerate().GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.ToDictionary(e => e.Class, e => e.Weight));
        if (!rows.TryGetValue(biasKey, out var bias)) rows[biasKey] = bias = new();
        for (int c = 0; c < delta.Length; c++)
            if (delta[c] != 0) bias[(byte)c] = bias.GetValueOrDefault((byte)c) + delta[c];
        return new LinearModel(model.ClassCount, rows.OrderBy(r => r.Key).Select(r => (r.Key, r.Value.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)).ToArray())).ToList());
    }

    /// <summary>Picks the softmax temperature whose entity confidences best predict exact-match correctness (log loss).</summary>
    private static float FitTemperature(AveragedPerceptronEntityRecognizer ner, List<EntitySentence> dev)
    {
        float best = 1f;
        double bestLoss = double.MaxValue;
        foreach (float t in new[] { 0.5f, 1f, 2f, 3f, 4f, 6f, 8f, 12f, 16f, 24f, 32f, 48f, 64f })
        {
            var conf = new List<(float Confidence, bool Correct)>();
            TaggingScores.EntityCounts(ner.WithTemperature(t), dev, conf);
            double loss = 0;
            foreach (var (c, ok) in conf)
            {
                double p = Math.Clamp(c, 1e-4, 1 - 1e-4);
                loss -= ok ? Math.Log(p) : Math.Log(1 - p);
            }
            if (loss < bestLoss) { bestLoss = loss; best = t; }
        }
        return best;
    }

    internal static int IntArg(string[] args, string name, int fallback)
    {
        string? v = StringArg(args, name);
        return v is null ? fallback : int.Parse(v, System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static float FloatArg(string[] args, string name, float fallback)
    {
        string? v = StringArg(args, name);
        return v is null ? fallback : float.Parse(v, System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static string? StringArg(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
