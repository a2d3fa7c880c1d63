using System.Diagnostics;
using EventExtract.Tagging;

namespace EventExtract.Training;

/// <summary>Accuracy, span F1 and throughput measurements shared by the training and scoring commands.</summary>
internal static class TaggingScores
{
    public static double PosAccuracy(AveragedPerceptronPosTagger tagger, IReadOnlyList<PosSentence> data)
    {
        long correct = 0, total = 0;
        foreach (var s in data)
        {
            var tags = PosTaggerTrainer.TagWords(tagger, s.Words);
            for (int i = 0; i < tags.Length; i++) if (tags[i] == s.Tags[i]) correct++;
            total += tags.Length;
        }
        return (double)correct / Math.Max(1, total);
    }

    /// <summary>Entity spans (start, end exclusive, type) of a BILOU label sequence.</summary>
    public static List<(int Start, int End, EntityType Type)> Spans(ReadOnlySpan<byte> labels)
    {
        var result = new List<(int, int, EntityType)>();
        for (int i = 0; i < labels.Length; i++)
        {
            var part = EntityLabels.PartOf(labels[i]);
            if (part == EntityLabels.Part.Unit) result.Add((i, i + 1, EntityLabels.TypeOf(labels[i])));
            else if (part == EntityLabels.Part.Begin)
            {
                int j = i;
                while (j < labels.Length && EntityLabels.PartOf(labels[j]) != EntityLabels.Part.Last) j++;
                result.Add((i, Math.Min(j, labels.Length - 1) + 1, EntityLabels.TypeOf(labels[i])));
                i = j;
            }
        }
        return result;
    }

    /// <summary>Per-type (tp, fp, fn) counts, index 3 = all types.</summary>
    public static (int Tp, int Fp, int Fn)[] EntityCounts(AveragedPerceptronEntityRecognizer ner, IReadOnlyList<EntitySentence> data,
        List<(float Confidence, bool Correct)>? confidences = null)
    {
        var counts = new (int Tp, int Fp, int Fn)[4];
        foreach (var s in data)
        {
            int n = s.Words.Length;
            if (n == 0) continue;
            var infos = s.Words.Select(w => ner.Info(w)).ToArray();
            var labels = new byte[n];
            var probs = new float[n];
            ner.Decode(infos, s.Pos, labels, probs);
            var gold = Spans(s.Labels).ToHashSet();
            var guess = Spans(labels);
            foreach (var g in guess)
            {
                bool ok = gold.Contains(g);
                int t = (int)g.Type;
                if (ok) { counts[t].Tp++; counts[3].Tp++; } else { counts[t].Fp++; counts[3].Fp++; }
                if (confidences is not null)
                {
                    float sum = 0;
                    for (int i = g.Start; i < g.End; i++) sum += probs[i];
                    confidences.Add((sum / (g.End - g.Start), ok));
                }
            }
            var guessSet = guess.ToHashSet();
            foreach (var g in gold)
                if (!guessSet.Contains(g)) { counts[(int)g.Type].Fn++; counts[3].Fn++; }
        }
        return counts;
    }

    public static double F1((int Tp, int Fp, int Fn) c) => c.Tp == 0 ? 0 : 2.0 * c.Tp / (2.0 * c.Tp + c.Fp + c.Fn);

    public static void PrintEntityTable(string title, (int Tp, int Fp, int Fn)[] counts)
    {
        Console.WriteLine($"  {title}");
        string[] names = ["PER", "ORG", "LOC", "ALL"];
        for (int t = 0; t < 4; t++)
        {
            var c = counts[t];
            double p = c.Tp + c.Fp == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fp);
            double r = c.Tp + c.Fn == 0 ? 0 : (double)c.Tp / (c.Tp + c.Fn);
            Console.WriteLine($"    {names[t]}  P={p:F3} R={r:F3} F1={F1(c):F3}  (gold {c.Tp + c.Fn}, predicted {c.Tp + c.Fp})");
        }
    }

    /// <summary>Tokens per second of POS tagging and of NER (given tags) on one thread, through the public API.</summary>
    public static (double Pos, double Ner) Throughput(AveragedPerceptronPosTagger tagger, AveragedPerceptronEntityRecognizer ner, IReadOnlyList<PosSentence> data)
    {
        var tables = data.Where(s => s.Words.Length > 0).Select(s => TokenTables.FromWords(s.Words)).ToList();
        long tokens = tables.Sum(t => (long)t.Sentence.TokenCount);
        var tagBuffers = tables.Select(t => new UniversalPos[t.Tokens.Count]).ToList();
        var output = new List<EventExtract.Tagging.EntitySpan>();
        for (int i = 0; i < tables.Count; i++) tagger.Tag(tables[i].Tokens, tables[i].Sentence, tagBuffers[i]); // warm-up
        var sw = Stopwatch.StartNew();
        int rounds = 0;
        while (rounds < 3 || sw.Elapsed.TotalSeconds < 2)
        {
            for (int i = 0; i < tables.Count; i++) tagger.Tag(tables[i].Tokens, tables[i].Sentence, tagBuffers[i]);
            rounds++;
        }
        double pos = tokens * rounds / sw.Elapsed.TotalSeconds;
        sw.Restart();
        rounds = 0;
        while (rounds < 3 || sw.Elapsed.TotalSeconds < 2)
        {
            for (int i = 0; i < tables.Count; i++) { output.Clear(); ner.Recognize(tables[i].Tokens, tables[i].Sentence, tagBuffers[i], output); }
            rounds++;
        }
        double nerRate = tokens * rounds / sw.Elapsed.TotalSeconds;
        return (pos, nerRate);
    }
}
