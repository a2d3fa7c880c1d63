using EventExtract.Training.Corpora;

namespace EventExtract.Training;

/// <summary>
/// Prints a GUM news article for annotation: paragraphs and sentences with their offsets. Without an id it lists
/// the 24 documents; <c>--raw</c> prints the exact text; <c>--find PHRASE</c> prints every occurrence's offsets.
/// </summary>
internal sealed class ShowGumCommand : ICommand
{
    public string Name => "show-gum";

    public string Description => "show-gum [docId] [--raw] [--find PHRASE]: GUM news text with sentence offsets";

    public int Run(string[] args)
    {
        if (args.Length == 0)
        {
            foreach (var id in GumArticles.Ids())
            {
                var a = GumArticles.Load(id);
                Console.WriteLine($"{id,-26} {a.Partition,-5} {a.Published:yyyy-MM-dd} {a.Text.Length,6} chars {a.Sentences.Count,3} sents  {a.Title}");
            }
            return 0;
        }
        var article = GumArticles.Load(args[0]);
        if (args.Contains("--raw"))
        {
            Console.Write(article.Text);
            return 0;
        }
        int find = Array.IndexOf(args, "--find");
        if (find >= 0 && find + 1 < args.Length)
        {
            var phrase = args[find + 1];
            for (int i = article.Text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = article.Text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
            {
                int s = article.Sentences.ToList().FindIndex(x => x.Span.Contains(i));
                Console.WriteLine($"[{i}..{i + phrase.Length}) sentence {s}");
            }
            return 0;
        }
        Console.WriteLine($"{article.Id}  partition={article.Partition}  published={article.Published:yyyy-MM-dd}  length={article.Text.Length}");
        Console.WriteLine($"title: {article.Title}");
        int paragraph = -1;
        for (int i = 0; i < article.Sentences.Count; i++)
        {
            var (span, p) = article.Sentences[i];
            if (p != paragraph)
            {
                Console.WriteLine($"--- paragraph {p}");
                paragraph = p;
            }
            Console.WriteLine($"s{i} [{span.Start}..{span.End}) {span.GetText(article.Text)}");
        }
        return 0;
    }
}
