using EventExtract.Tagging;

namespace EventExtract.Training;

/// <summary>Error analysis of the POS tagger on EWT + GUM dev: most frequent confusions, split by whether the word was seen in training.</summary>
internal sealed class PosErrorsCommand : ICommand
{
    public string Name => "pos-errors";

    public string Description => "Most frequent UPOS confusions of the POS tagger on EWT and GUM dev (--dir DIR for a model file).";

    public int Run(string[] args)
    {
        var tagger = TaggingModelFiles.LoadPos(args);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in TaggingData.Pos(TaggingData.Ewt("train")).Concat(TaggingData.Pos(TaggingData.Gum("train"))))
            foreach (var w in s.Words) counts[w] = counts.GetValueOrDefault(w) + 1;
        int Bucket(string w) => counts.GetValueOrDefault(w) switch { 0 => 0, 1 => 1, < 5 => 2, < 20 => 3, _ => 4 };
        foreach (var (name, path) in new[] { ("EWT dev", TaggingData.Ewt("dev")), ("GUM dev", TaggingData.Gum("dev")) })
        {
            var confusions = new Dictionary<(UniversalPos Gold, UniversalPos Guess, bool Seen), int>();
            var words = new Dictionary<(UniversalPos, UniversalPos, string), int>();
            int total = 0, unseen = 0, unseenWrong = 0, wrong = 0;
            var bucketTotal = new int[5];
            var bucketWrong = new int[5];
            foreach (var s in TaggingData.Pos(path))
            {
                var tags = PosTaggerTrainer.TagWords(tagger, s.Words);
                for (int i = 0; i < tags.Length; i++)
                {
                    bool known = counts.ContainsKey(s.Words[i]);
                    int b = Bucket(s.Words[i]);
                    bucketTotal[b]++;
                    if (tags[i] != s.Tags[i]) bucketWrong[b]++;
                    total++;
                    if (!known) unseen++;
                    if (tags[i] == s.Tags[i]) continue;
                    wrong++;
                    if (!known) unseenWrong++;
                    var key = (s.Tags[i], tags[i], known);
                    confusions[key] = confusions.GetValueOrDefault(key) + 1;
                    var wk = (s.Tags[i], tags[i], s.Words[i].ToLowerInvariant());
                    words[wk] = words.GetValueOrDefault(wk) + 1;
                }
            }
            Console.WriteLine($"{name}: {total} tokens, {wrong} wrong; unseen words {unseen}, {unseenWrong} wrong ({(double)(unseen - unseenWrong) / Math.Max(1, unseen):P1} right)");
            string[] names = ["0", "1", "2-4", "5-19", "20+"];
            for (int b = 0; b < 5; b++) Console.WriteLine($"  train count {names[b],-5}: {bucketTotal[b],6} tokens, {bucketWrong[b],4} wrong");
            foreach (var ((g, p, k), c) in confusions.OrderByDescending(kv => kv.Value).Take(25))
                Console.WriteLine($"  {g,-6} -> {p,-6} {(k ? "seen" : "unseen"),-7} {c}");
            Console.WriteLine("  words:");
            foreach (var ((g, p, w), c) in words.OrderByDescending(kv => kv.Value).Take(40))
                Console.WriteLine($"    {w,-14} {g,-6} -> {p,-6} {c}");
        }
        return 0;
    }
}
