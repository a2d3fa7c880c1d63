using System.Diagnostics;
using System.Text;
using EventExtract;
using EventExtract.Fuzz;
using EventExtract.Text;
using EventExtract.Time;

// Code instrumented by sharpfuzz writes coverage through Trace.SharedMem, which Fuzzer.Run points at afl-fuzz's
// map; anything run before that (building the components, replaying inputs) needs a scratch map.
unsafe { SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(65536); }

// Coverage-guided mode, run under afl-fuzz by scripts/sharpfuzz.sh: afl <reader|text|dates>
if (args.Length == 2 && args[0] == "afl")
{
    var aflTarget = AflTargets.Create(args[1]);
    if (aflTarget is null)
    {
        Console.Error.WriteLine($"unknown target '{args[1]}'; one of {string.Join(", ", AflTargets.Names)}");
        return 2;
    }
    var bytes = new MemoryStream();
    SharpFuzz.Fuzzer.Run(stream =>
    {
        bytes.SetLength(0);
        stream.CopyTo(bytes);
        aflTarget(AflTargets.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)));
    });
    return 0;
}

// Times one huge input: huge <megachars> <single-line|paragraphs|dense-line> [limit]
if (args.Length >= 2 && args[0] == "huge")
    return HugeInput.Run(args, Seeds.Load(Repo.Root()));

// Replays saved afl-fuzz inputs (files or folders) through a target and groups the failures by exception
// and throwing method: replay <reader|text|dates> <path>...
if (args.Length >= 3 && args[0] == "replay")
{
    var replayTarget = AflTargets.Create(args[1]);
    if (replayTarget is null) return 2;
    var files = args.Skip(2).SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p) : [p])
        .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    var groups = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
    foreach (var file in files)
    {
        try { replayTarget(AflTargets.Decode(File.ReadAllBytes(file))); }
        catch (Exception ex)
        {
            // The first frame in the library names the bug better than a frame inside the runtime.
            var frames = ex.StackTrace?.Split('\n').Select(f => f.Trim()).ToList() ?? [];
            string frame = frames.FirstOrDefault(f => f.StartsWith("at EventExtract.", StringComparison.Ordinal) && !f.Contains(".Fuzz.", StringComparison.Ordinal))
                ?? frames.FirstOrDefault() ?? "";
            string key = $"{ex.GetType().Name}: {ex.Message} {frame}";
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(file);
        }
    }
    foreach (var (key, list) in groups) Console.WriteLine($"{list.Count,5} x {key}\n        e.g. {list[0]}");
    Console.WriteLine($"{files.Count} inputs, {groups.Values.Sum(l => l.Count)} failing");
    return groups.Count == 0 ? 0 : 1;
}

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
