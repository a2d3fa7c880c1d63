using EventExtract.Text;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: eventextract <file>");
    return 2;
}
string text = File.ReadAllText(args[0]);
var doc = ArticleReader.Instance.Read(text);
Console.WriteLine($"Published: {doc.Published?.ToString("yyyy-MM-dd") ?? "(unknown)"}");
Console.WriteLine($"Title: {doc.Title ?? "(none)"}");
return 0;
