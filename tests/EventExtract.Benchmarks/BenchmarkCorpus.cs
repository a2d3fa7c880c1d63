using System.Text;
using System.Xml;

namespace EventExtract.Benchmarks;

/// <summary>
/// The fixed benchmark corpus: every GUM document and every TimeBank/AQUAINT text, plus UD EWT
/// documents, rebuilt as plain article text from ../shared/corpora. Articles are separated by form feeds
/// in the file handed to the peers, so both sides process the same units.
/// </summary>
internal static class BenchmarkCorpus
{
    /// <summary>../shared/corpora beside the repository root.</summary>
    public static string DefaultDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EventExtract.sln"))) dir = dir.Parent;
        return Path.GetFullPath(Path.Combine(dir?.FullName ?? Directory.GetCurrentDirectory(), "..", "shared", "corpora"));
    }

    public static IReadOnlyList<string> Load(string corpora)
    {
        var articles = new List<string>();
        foreach (var file in new[] { "gum/en_gum-ud-train.conllu", "gum/en_gum-ud-dev.conllu", "gum/en_gum-ud-test.conllu",
                     "ud-english-ewt/en_ewt-ud-train.conllu", "ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-ewt/en_ewt-ud-test.conllu" })
            articles.AddRange(ConlluDocuments(Path.Combine(corpora, file)));
        foreach (var dir in new[] { "timebank-aquaint/TimeBank", "timebank-aquaint/AQUAINT" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(corpora, dir), "*.tml").Order(StringComparer.Ordinal))
                articles.Add(TimeMlText(file));
        return articles.Where(a => a.Length > 0).ToList();
    }

    /// <summary>Documents of a CoNLL-U file rebuilt from their "# text" lines, paragraphs separated by blank lines.</summary>
    private static IEnumerable<string> ConlluDocuments(string path)
    {
        var doc = new StringBuilder();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# newdoc", StringComparison.Ordinal) && doc.Length > 0)
            {
                yield return doc.ToString();
                doc.Clear();
            }
            else if (line.StartsWith("# newpar", StringComparison.Ordinal) && doc.Length > 0)
            {
                doc.Append("\n\n");
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                if (doc.Length > 0 && doc[^1] != '\n') doc.Append(' ');
                doc.Append(line, 9, line.Length - 9);
            }
        }
        if (doc.Length > 0) yield return doc.ToString();
    }

    private static string TimeMlText(string path)
    {
        var xml = new XmlDocument { XmlResolver = null };
        xml.Load(path);
        return xml.SelectSingleNode("//TEXT")?.InnerText.Trim() ?? "";
    }
}
