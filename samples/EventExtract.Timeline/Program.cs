using EventExtract;
using EventExtract.Events;
using EventExtract.Timeline;

// Reads several articles (files or folders) and prints one date-ordered timeline of their events.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: EventExtract.Timeline <file|folder> [more …]");
    return 2;
}

var files = args.SelectMany<string, string>(a => Directory.Exists(a)
        ? Directory.EnumerateFiles(a, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        : new[] { a })
    .ToList();
var missing = files.Where(f => !File.Exists(f)).ToList();
foreach (var f in missing) Console.Error.WriteLine($"{f}: no such file");

var extractor = EventExtractor.Create();
var articles = files.Except(missing).Select(f => new Article(File.ReadAllText(f), new ArticleInfo(Id: Path.GetFileName(f))));
var entries = extractor.ExtractMany(articles)
    .SelectMany(r => r.Events.Select(e => new TimelineEntry(TimelineDate.Of(e), e, r.Document.Id ?? "?")))
    .ToList();

foreach (var group in TimelineEntry.Merge(entries).OrderBy(g => g.SortKey == TimelineDate.Undated).ThenBy(g => g.SortKey, StringComparer.Ordinal))
{
    var e = group.Event;
    Console.WriteLine($"{group.SortKey,-12} {e.Type,-9} {Summary.Of(e)}");
    Console.WriteLine($"{"",-12} {"",-9} sources: {string.Join(", ", group.Sources)}");
}
return missing.Count == 0 ? 0 : 1;
