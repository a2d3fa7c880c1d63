using System.Globalization;
using System.Text;
using EventExtract;
using EventExtract.Cli;

// eventextract extract <file|folder|-> [--published yyyy-MM-dd] [--format text|json|jsonl] [--brief]
if (args.Length < 2 || args[0] != "extract")
{
    Console.Error.WriteLine("usage: extract <file|folder|-> [--published yyyy-MM-dd] [--format text|json|jsonl] [--brief]");
    return 2;
}

string input = args[1];
DateOnly? published = null;
string format = "text";
bool brief = false;
for (int i = 2; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--published" when i + 1 < args.Length:
            if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                Console.Error.WriteLine($"--published: '{args[i]}' is not a yyyy-MM-dd date");
                return 2;
            }
            published = d;
            break;
        case "--format" when i + 1 < args.Length:
            format = args[++i];
            if (format is not ("text" or "json" or "jsonl"))
            {
                Console.Error.WriteLine($"--format: '{format}' is not one of text, json, jsonl");
                return 2;
            }
            break;
        case "--brief":
            brief = true;
            break;
        default:
            Console.Error.WriteLine($"unknown option '{args[i]}'");
            return 2;
    }
}

Console.OutputEncoding = Encoding.UTF8;
var extractor = EventExtractor.Create();
var printer = new ResultPrinter(Console.Out, format, brief);
int failures = 0;

if (input == "-")
{
    string text = await Console.In.ReadToEndAsync();
    printer.Print(extractor.Extract(text, new ArticleInfo(Id: "stdin", Published: published)));
}
else if (Directory.Exists(input))
{
    var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    foreach (var file in files)
    {
        string text;
        try
        {
            text = InputFiles.ReadUtf8(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            Console.Error.WriteLine($"{file}: skipped: {ex.Message}");
            failures++;
            continue;
        }
        printer.Print(extractor.Extract(text, new ArticleInfo(Id: Path.GetRelativePath(input, file), Published: published)));
    }
}
else if (File.Exists(input))
{
    try
    {
        string text = InputFiles.ReadUtf8(input);
        printer.Print(extractor.Extract(text, new ArticleInfo(Id: Path.GetFileName(input), Published: published)));
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
    {
        Console.Error.WriteLine($"{input}: {ex.Message}");
        return 1;
    }
}
else
{
    Console.Error.WriteLine($"{input}: no such file or folder");
    return 1;
}
return failures == 0 ? 0 : 1;
