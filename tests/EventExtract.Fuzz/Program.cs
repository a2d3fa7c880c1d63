using System.Diagnostics;
using System.Text;
using EventExtract;
using EventExtract.Fuzz;
using EventExtract.Text;
using EventExtract.Time;

// A mutation fuzzer (no coverage feedback): mutates seed articles for a time budget and runs one target on
// each input, saving any input that throws or runs too long. Usage: [seconds] [reader|tokenizer|dates|all]
int seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 60;
string target = args.Length > 1 ? args[1] : "all";
string root = Repo.Root();
string crashDir = Path.Combine(root, "tests", "EventExtract.Fuzz", "crashes");

var extractor = EventExtractor.Create();
var targets = new Dictionary<string, Action<string>>
{
    ["reader"] = text => ArticleReader.Instance.Read(text),
    ["tokenizer"] = text =>
    {
        var table = new TokenTable(text);
        extractor.Pipeline.Tokenizer.Tokenize(new TextSpan(0, text.Length), table);
        var sentences = new List<Sentence>();
        extractor.Pipeline.SentenceSplitter.Split(table, 0, table.Count, 0, sentences);
    },
    ["dates"] = text =>
    {
        var analyzed = extractor.Analyze(text, new ArticleInfo(Published: new DateOnly(2019, 10, 29)));
        extractor.Pipeline.TimeTagger?.Tag(analyzed, new List<Timex>());
    },
    ["all"] = text => extractor.Extract(text),
};
if (!targets.TryGetValue(target, out var run))
{
    Console.Error.WriteLine($"unknown target '{target}'; one of {string.Join(", ", targets.Keys)}");
    return 2;
}

var seeds = Seeds.Load(root);
var mutator = new Mutator(seed: 12345, seeds);
var clock = Stopwatch.StartNew();
long executions = 0;
int crashes = 0;
while (clock.Elapsed.TotalSeconds < seconds)
{
    string input = mutator.Next();
    var sw = Stopwatch.StartNew();
    try
    {
        run(input);
    }
    catch (Exception ex)
    {
        crashes++;
        Directory.CreateDirectory(crashDir);
        string file = Path.Combine(crashDir, $"{target}-{executions}.txt");
        File.WriteAllText(file, input, new UTF8Encoding(false));
        Console.WriteLine($"CRASH {ex.GetType().Name}: {ex.Message} -> {file}");
    }
    if (sw.Elapsed.TotalSeconds > 5)
    {
        Directory.CreateDirectory(crashDir);
        string file = Path.Combine(crashDir, $"{target}-slow-{executions}.txt");
        File.WriteAllText(file, input, new UTF8Encoding(false));
        Console.WriteLine($"SLOW {sw.Elapsed.TotalSeconds:0.0}s ({input.Length} chars) -> {file}");
    }
    executions++;
}
Console.WriteLine($"target {target}: {executions:N0} inputs in {clock.Elapsed.TotalSeconds:0} s, {crashes} crashes");
return crashes == 0 ? 0 : 1;
