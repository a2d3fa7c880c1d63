using System.Text;
using EventExtract;
using EventExtract.Cli;

// extract <file|folder|-> [--published yyyy-MM-dd] [--format text|json|jsonl] [--summary] [--brief]
if (!CliOptions.TryParse(args, out var options, out var error))
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(CliOptions.Usage);
    return 2;
}

Console.OutputEncoding = Encoding.UTF8;
var extractor = EventExtractor.Create();
var sources = new ArticleSources(options, extractor.Options.MaxInputLength);
if (!sources.Exists)
{
    Console.Error.WriteLine($"{options.Input}: no such file or folder");
    return 1;
}

var printer = new ResultPrinter(Console.Out, options.Format ?? (sources.IsBatch ? "jsonl" : "text"), options.Brief);
var summary = options.Summary ? new EventSummary() : null;

if (sources.IsBatch)
{
    var progress = new BatchProgress(sources.CountHint());
    foreach (var result in extractor.ExtractMany(sources.Read()))
    {
        printer.Print(result);
        summary?.Add(result);
        progress.Advance();
    }
    progress.Finish();
}
else
{
    foreach (var article in sources.Read())
    {
        var result = extractor.Extract(article.Text, article.Info);
        printer.Print(result);
        summary?.Add(result);
    }
}

summary?.Render(toStandardError: printer.IsMachineReadable);
foreach (var failure in sources.Failures) Console.Error.WriteLine(failure);
return sources.Failures.Count == 0 ? 0 : 1;
