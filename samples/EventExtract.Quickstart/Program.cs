using EventExtract;

// Create the extractor once (it loads its models) and reuse it: it is thread-safe.
var extractor = EventExtractor.Create();

string path = args.Length > 0 ? args[0] : Path.Combine("samples", "data", "warsaw-institute-2019-10-29.txt");
var result = extractor.Extract(File.ReadAllText(path), new ArticleInfo(Id: Path.GetFileName(path)));

foreach (var e in result.Events)
    Console.WriteLine($"{e.Type,-9} {e.Date?.Value ?? "-",-10} {e.Location?.Name ?? "-",-12} {e.Trigger.Text} [{e.Status}]");
