using System.Text;
using EventExtract.Training.Corpora;

namespace EventExtract.Training;

/// <summary>
/// Annotation aid for TimeBank/AQUAINT: prints an article's rough sentences with their UTF-16 offsets,
/// or the offsets of a string, or the corpus listing. Output goes to the console only, never into the repo.
/// </summary>
internal sealed class ShowTmlCommand : ICommand
{
    public string Name => "show-tml";

    public string Description => "show-tml <timebank|aquaint> [<docId> [--find TEXT | --raw]]: sentences with offsets";

    public int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: show-tml <timebank|aquaint> [<docId> [--find TEXT | --raw]]");
            return 2;
        }
        if (args.Length == 1)
        {
            // Listing: id, text length, publication date, to pick short articles.
            foreach (var id in TimeMlArticles.List(args[0]))
            {
                var a = TimeMlArticles.Load(args[0], id);
                Console.WriteLine($"{id}\t{a.Text.Length}\t{a.Published:yyyy-MM-dd}");
            }
            return 0;
        }
        var article = TimeMlArticles.Load(args[0], args[1]);
        if (args.Length >= 4 && args[2] == "--find")
        {
            var needle = string.Join(' ', args.Skip(3));
            for (var i = article.Text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = article.Text.IndexOf(needle, i + 1, StringComparison.Ordinal))
                Console.WriteLine($"{i}\t{i + needle.Length}\t…{Snippet(article.Text, i, needle.Length)}…");
            return 0;
        }
        if (args.Length >= 3 && args[2] == "--raw")
        {
            Console.Write(article.Text);
            return 0;
        }
        Console.WriteLine($"# {article.Corpus}/{article.Id} published {article.Published:yyyy-MM-dd} length {article.Text.Length}");
        foreach (var (start, end) in RoughSentences(article.Text))
            Console.WriteLine($"[{start}-{end}] {article.Text[start..end].Replace('\n', ' ')}");
        return 0;
    }

    private static string Snippet(string text, int start, int length)
    {
        var from = Math.Max(0, start - 30);
        var to = Math.Min(text.Length, start + length + 30);
        return new StringBuilder(text[from..to]).Replace('\n', ' ').ToString();
    }

    /// <summary>Splits at blank lines and after . ? ! (optionally followed by closing quotes) before whitespace.</summary>
    internal static IEnumerable<(int Start, int End)> RoughSentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var boundary = false;
            var end = i + 1;
            if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n') { boundary = true; end = i; }
            else if (text[i] is '.' or '?' or '!')
            {
                while (end < text.Length && (text[end] is '\'' or '"' or ')')) end++;
                boundary = end >= text.Length || (char.IsWhiteSpace(text[end]) && !LooksLikeAbbreviation(text, i) && !NextIsLower(text, end));
            }
            if (!boundary) continue;
            var (s, e) = Trim(text, start, end);
            if (e > s) yield return (s, e);
            start = end;
            i = Math.Max(i, end - 1);
        }
        var (ls, le) = Trim(text, start, text.Length);
        if (le > ls) yield return (ls, le);
    }

    // "U.S. embassies", "Gen. Smith": a period inside a short dotted token, or before a lowercase word, ends no sentence.
    private static bool LooksLikeAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        var word = text[wordStart..period];
        return word.Contains('.') || (word.Length is > 0 and <= 3 && char.IsUpper(word[0]) && word != "I");
    }

    private static bool NextIsLower(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        return from < text.Length && char.IsLower(text[from]);
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }
}
