using EventExtract.Training.Corpora;

namespace EventExtract.Training;

/// <summary>
/// Prints an article rebuilt from CoNLL-U for annotation: paragraphs and sentences with their offsets. Without an id it
/// lists the documents; <c>--raw</c> prints the exact text; <c>--find PHRASE</c> prints every occurrence's offsets.
/// </summary>
internal abstract class ShowConlluArticleCommand : ICommand
{
    public abstract string Name { get; }

    public abstract string Description { get; }

    /// <summary>The document ids the command lists.</summary>
    protected abstract IReadOnlyList<string> Ids();

    /// <summary>Loads one document.</summary>
    protected abstract ConlluArticle Load(string id);

    /// <summary>The listing's last column: the headline, or a short opening when there is none.</summary>
    private static string Summary(ConlluArticle a) =>
        a.Title ?? (a.Text.Length <= 70 ? a.Text : a.Text[..70]).Replace('\n', ' ');

    public int Run(string[] args)
    {
        if (args.Length == 0)
        {
            foreach (var id in Ids())
            {
                var a = Load(id);
                Console.WriteLine($"{id,-26} {a.Partition,-5} {a.Published:yyyy-MM-dd} {a.Text.Length,6} chars {a.Sentences.Count,3} sents  {Summary(a)}");
            }
            return 0;
        }
        var article = Load(args[0]);
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
