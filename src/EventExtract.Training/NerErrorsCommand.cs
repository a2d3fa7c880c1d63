using EventExtract.Tagging;

namespace EventExtract.Training;

/// <summary>
/// Error analysis of an entity model: per-type scores, a breakdown of the errors (type confusions, boundary
/// errors, misses, spurious spans) and sample sentences. Args: [--dir DIR] [--data uner-dev|uner-train|gum-dev|gum-train] [--show N].
/// </summary>
internal sealed class NerErrorsCommand : ICommand
{
    public string Name => "ner-errors";

    public string Description => "Error analysis of an entity model (default UNER EWT dev): per-type scores, error kinds, sample errors.";

    public int Run(string[] args)
    {
        var tagger = TaggingModelFiles.LoadPos(args);
        var ner = TaggingModelFiles.LoadNer(args);
        string data = TrainTaggingCommand.StringArg(args, "--data") ?? "uner-dev";
        int show = TrainTaggingCommand.IntArg(args, "--show", 40);
        var bio = data switch
        {
            "uner-dev" => TaggingData.UnerBio("dev"),
            "uner-train" => TaggingData.UnerBio("train"),
            "gum-dev" => TaggingData.GumBio("dev"),
            "gum-train" => TaggingData.GumBio("train"),
            _ => throw new ArgumentException("--data: uner-dev, uner-train, gum-dev or gum-train"),
        };
        var sentences = TaggingData.WithPredictedPos(bio, tagger);
        // Names seen as names in the training data (UNER train + GUM train), lowercased: recall on seen vs unseen names.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (words, tags) in TaggingData.UnerBio("train").Concat(TaggingData.GumBio("train")))
            foreach (var g in TaggingScores.Spans(EntityRecognizerTrainer.BilouFromBio(tags)))
                seen.Add(string.Join(' ', words[g.Start..g.End]).ToLowerInvariant());
        TaggingScores.PrintEntityTable(data, TaggingScores.EntityCounts(ner, sentences));
        // Each gold span is: correct, a type error (same span), a boundary error (overlaps a guess), or a miss.
        // Each guess that overlaps no gold span is spurious.
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Count(string k) => kinds[k] = kinds.GetValueOrDefault(k) + 1;
        int shown = 0;
        foreach (var s in sentences)
        {
            if (s.Words.Length == 0) continue;
            var labels = new byte[s.Words.Length];
            var probs = new float[s.Words.Length];
            ner.Decode(s.Words.Select(w => ner.Info(w)).ToArray(), s.Pos, labels, probs);
            var gold = TaggingScores.Spans(s.Labels);
            var guess = TaggingScores.Spans(labels);
            foreach (var g in gold)
            {
                string key = seen.Contains(string.Join(' ', s.Words[g.Start..g.End]).ToLowerInvariant()) ? "seen" : "unseen";
                Count($"{key} in training: gold");
                if (guess.Contains(g)) Count($"{key} in training: found");
                if (guess.Contains(g)) { Count("correct"); continue; }
                var same = guess.FirstOrDefault(p => p.Start == g.Start && p.End == g.End);
                if (guess.Any(p => p.Start == g.Start && p.End == g.End)) { Count($"type {g.Type}->{same.Type}"); continue; }
                var over = guess.Where(p => p.Start < g.End && g.Start < p.End).ToList();
                if (over.Count == 0) { Count($"miss {g.Type} {(IsLower(s.Words[g.Start]) ? "lowercase" : "cased")}"); continue; }
                var o = over[0];
                string how = over.Count > 1 ? "split" : o.Start <= g.Start && o.End >= g.End ? "too long" : o.Start >= g.Start && o.End <= g.End ? "too short" : "shifted";
                Count($"boundary {how}{(o.Type == g.Type ? "" : " +type")}");
            }
            foreach (var p in guess)
                if (!gold.Any(g => p.Start < g.End && g.Start < p.End)) Count($"spurious {p.Type}");
            if (gold.ToHashSet().SetEquals(guess) || shown >= show) continue;
            string Show(List<(int Start, int End, EntityType Type)> spans) =>
                string.Join("; ", spans.Select(g => string.Join(' ', s.Words[g.Start..g.End]) + "/" + g.Type));
            Console.WriteLine(string.Join(' ', s.Words));
            Console.WriteLine("   gold:  " + Show(gold));
            Console.WriteLine("   guess: " + Show(guess));
            shown++;
        }
        Console.WriteLine("error kinds (gold spans by outcome; guesses overlapping no gold span):");
        foreach (var (k, c) in kinds.OrderByDescending(kv => kv.Value)) Console.WriteLine($"  {c,6}  {k}");
        return 0;
    }

    private static bool IsLower(string w) => w.Length > 0 && !char.IsUpper(w[0]);
}
