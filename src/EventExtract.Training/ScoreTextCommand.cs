using System.Diagnostics;
using EventExtract.Text;

namespace EventExtract.Training;

/// <summary>
/// Scores the tokenizer and sentence splitter on UD English EWT and GUM: the raw text is rebuilt from the
/// CoNLL-U files and spans are aligned by character offsets (as in the CoNLL 2018 shared task evaluation).
/// Usage: <c>score-text [test|dev|train|all] [--failures N] [--speed]</c>.
/// </summary>
internal sealed class ScoreTextCommand : ICommand
{
    public string Name => "score-text";

    public string Description => "Token and sentence P/R/F1 of the tokenizer and splitter on UD EWT and GUM (test, dev).";

    public int Run(string[] args)
    {
        var splits = new List<string>();
        int failures = 15;
        bool speed = false;
        for (int a = 0; a < args.Length; a++)
        {
            switch (args[a])
            {
                case "--failures" when a + 1 < args.Length: failures = int.Parse(args[++a]); break;
                case "--speed": speed = true; break;
                case "all": splits.AddRange(["test", "dev", "train"]); break;
                default: splits.Add(args[a]); break;
            }
        }
        if (splits.Count == 0) splits.AddRange(["test", "dev"]);

        var files = new List<(string Name, string Path)>();
        foreach (var split in splits)
        {
            files.Add(($"EWT {split}", Path.Combine(SharedPaths.Corpora, "ud-english-ewt", $"en_ewt-ud-{split}.conllu")));
            files.Add(($"GUM {split}", Path.Combine(SharedPaths.Corpora, "gum", $"en_gum-ud-{split}.conllu")));
        }

        Console.WriteLine($"{"corpus",-10} {"level",-9} {"gold",7} {"system",7} {"P",7} {"R",7} {"F1",7}");
        var loaded = new List<ConlluText>();
        foreach (var (name, path) in files)
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"missing {path}");
                return 1;
            }
            var gold = ConlluText.Load(path);
            loaded.Add(gold);
            var (table, sentences) = Run(gold);
            var sysTokens = Enumerable.Range(0, table.Count).Select(i => (table.GetSpan(i).Start, table.GetSpan(i).End)).ToList();
            var sysSentences = sentences.Select(s => (s.Span.Start, s.Span.End)).ToList();
            Report(name, "words", gold.Words, sysTokens);
            Report(name, "tokens", gold.Tokens, sysTokens);
            Report(name, "sentences", gold.Sentences, sysSentences);
            if (failures > 0)
            {
                PrintTokenFailures(gold, table, failures);
                PrintSentenceFailures(gold, table, sentences, failures);
            }
        }

        if (speed) MeasureSpeed(loaded);
        return 0;
    }

    private static (TokenTable Table, List<Sentence> Sentences) Run(ConlluText gold)
    {
        var table = new TokenTable(gold.Text, gold.Text.Length / 4);
        var sentences = new List<Sentence>();
        for (int p = 0; p < gold.Paragraphs.Count; p++)
        {
            var (start, end) = gold.Paragraphs[p];
            int first = table.Count;
            RuleTokenizer.Instance.Tokenize(new TextSpan(start, end), table);
            RuleSentenceSplitter.Instance.Split(table, first, table.Count - first, p, sentences);
        }
        return (table, sentences);
    }

    private static void Report(string corpus, string level, List<(int, int)> gold, List<(int, int)> system)
    {
        var goldSet = new HashSet<(int, int)>(gold);
        int correct = system.Count(goldSet.Contains);
        double p = system.Count == 0 ? 0 : (double)correct / system.Count;
        double r = gold.Count == 0 ? 0 : (double)correct / gold.Count;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Console.WriteLine($"{corpus,-10} {level,-9} {gold.Count,7} {system.Count,7} {p,7:F4} {r,7:F4} {f,7:F4}");
    }

    private static void PrintTokenFailures(ConlluText gold, TokenTable table, int top)
    {
        var sys = new HashSet<(int, int)>(Enumerable.Range(0, table.Count).Select(i => (table.GetSpan(i).Start, table.GetSpan(i).End)));
        var goldSet = new HashSet<(int, int)>(gold.Words);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string text = gold.Text;
        // Group each disagreement region: the gold words and system tokens over the same characters.
        foreach (var (s, e) in gold.Words)
        {
            if (sys.Contains((s, e))) continue;
            int a = s, b = e;
            int i = table.FindFirstEndingAfter(s);
            var parts = new List<string>();
            while (i < table.Count && table.GetSpan(i).Start < e)
            {
                a = Math.Min(a, table.GetSpan(i).Start);
                b = Math.Max(b, table.GetSpan(i).End);
                parts.Add(table.GetString(i));
                i++;
            }
            string key = $"gold {text[s..e]} | system {string.Join(" ", parts)}";
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        Console.WriteLine($"  commonest token failures (gold word → system tokens over it):");
        foreach (var (k, v) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top))
            Console.WriteLine($"    {v,4}  {k}");
    }

    private static void PrintSentenceFailures(ConlluText gold, TokenTable table, List<Sentence> sentences, int top)
    {
        var goldEnds = new HashSet<int>(gold.Sentences.Select(s => s.End));
        var sysEnds = new HashSet<int>(sentences.Select(s => s.Span.End));
        var paraEnds = new HashSet<int>(gold.Paragraphs.Select(p => p.End));
        var missed = new Dictionary<string, int>(StringComparer.Ordinal);
        var spurious = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int e in goldEnds.Where(e => !sysEnds.Contains(e) && !paraEnds.Contains(e)))
            Count(missed, Context(gold.Text, table, e));
        foreach (int e in sysEnds.Where(e => !goldEnds.Contains(e)))
            Count(spurious, Context(gold.Text, table, e));
        Console.WriteLine($"  missed sentence ends ({missed.Values.Sum()}), by last token ⟨→ next token⟩:");
        foreach (var (k, v) in missed.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top))
            Console.WriteLine($"    {v,4}  {k}");
        Console.WriteLine($"  spurious sentence ends ({spurious.Values.Sum()}):");
        foreach (var (k, v) in spurious.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top))
            Console.WriteLine($"    {v,4}  {k}");

        static void Count(Dictionary<string, int> d, string k) => d[k] = d.GetValueOrDefault(k) + 1;
    }

    private static string Context(string text, TokenTable table, int end)
    {
        int i = table.FindFirstEndingAfter(end - 1);
        string last = i < table.Count ? table.GetString(i) : "?";
        string next = i + 1 < table.Count ? Shape(table.GetString(i + 1)) : "<end>";
        return $"{last} → {next}";
    }

    private static string Shape(string token) =>
        token.Length > 0 && char.IsUpper(token[0]) ? "Xx" :
        token.Length > 0 && char.IsLower(token[0]) ? "xx" :
        token.Length > 0 && char.IsDigit(token[0]) ? "9" : token;

    private static void MeasureSpeed(List<ConlluText> corpora)
    {
        var tok = RuleTokenizer.Instance;
        long tokens = 0;
        foreach (var c in corpora) tok.Tokenize(new TextSpan(0, c.Text.Length), new TokenTable(c.Text, c.Text.Length / 3)); // warm-up
        var sw = Stopwatch.StartNew();
        int rounds = 0;
        while (sw.Elapsed.TotalSeconds < 3)
        {
            foreach (var c in corpora)
            {
                var table = new TokenTable(c.Text, c.Text.Length / 3);
                tok.Tokenize(new TextSpan(0, c.Text.Length), table);
                tokens += table.Count;
            }
            rounds++;
        }
        sw.Stop();
        long chars = corpora.Sum(c => (long)c.Text.Length) * rounds;
        Console.WriteLine($"tokenizer speed: {tokens / sw.Elapsed.TotalSeconds / 1e6:F2} M tokens/s, {chars / sw.Elapsed.TotalSeconds / 1e6:F1} M chars/s ({rounds} rounds, single thread)");
    }
}
