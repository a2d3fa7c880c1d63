using System.Globalization;
using EventExtract.Text;

namespace EventExtract.Training.Corpora;

/// <summary>
/// Loads the 24 GUM Wikinews news documents from ../shared/corpora/gum. The text is rebuilt from the
/// CoNLL-U "# text =" lines ("# newpar" starts a paragraph); a document missing from the CoNLL-U release
/// (GUM_news_questionnaire) is rebuilt from its token-per-line XML with <see cref="GumXmlDetokenizer"/>.
/// </summary>
internal static class GumArticles
{
    private static readonly string[] ConlluFiles = ["en_gum-ud-train.conllu", "en_gum-ud-dev.conllu", "en_gum-ud-test.conllu"];

    /// <summary>Folder of the GUM corpus.</summary>
    public static string Folder => Path.Combine(SharedPaths.Corpora, "gum");

    /// <summary>Ids of the news documents, sorted.</summary>
    public static IReadOnlyList<string> Ids() =>
        Directory.GetFiles(Path.Combine(Folder, "wikinews-xml"), "GUM_news_*.xml")
            .Select(Path.GetFileNameWithoutExtension)
            .Select(s => s!)
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Loads one news document by its id.</summary>
    public static ConlluArticle Load(string id)
    {
        var xmlPath = Path.Combine(Folder, "wikinews-xml", id + ".xml");
        if (!File.Exists(xmlPath)) throw new FileNotFoundException($"No GUM document {id}", xmlPath);
        var xml = File.ReadAllText(xmlPath);
        var (partition, dateCreated, dateline) = ReadHeader(xml);
        var paragraphs = NewsParagraphs.Value.TryGetValue(id, out var doc) ? doc.Paragraphs : GumXmlDetokenizer.Paragraphs(xml);
        var (text, sentences) = ConlluParagraphs.Join(paragraphs);
        var published = dateline ?? dateCreated ?? throw new InvalidDataException($"{id}: no publication date");
        return new ConlluArticle(id, string.Join(" ", paragraphs[0]), published, text, partition, sentences);
    }

    // The CoNLL-U files are read once per process; the result is never mutated after construction.
    private static readonly Lazy<Dictionary<string, (string Partition, List<List<string>> Paragraphs)>> NewsParagraphs = new(() =>
        ConlluParagraphs.Read(ConlluFiles.Select(f => Path.Combine(Folder, f)), id => id.StartsWith("GUM_news_", StringComparison.Ordinal)));

    /// <summary>Partition, dateCreated and the dateline's date (the first full &lt;date when&gt; inside the first &lt;p&gt;).</summary>
    /// <remarks>Read line by line: the files are one tag or token per line and not always well-formed XML.</remarks>
    private static (string Partition, DateOnly? DateCreated, DateOnly? Dateline) ReadHeader(string xml)
    {
        string partition = "train";
        DateOnly? created = null;
        bool inParagraph = false;
        foreach (var raw in xml.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("<text ", StringComparison.Ordinal))
            {
                partition = Attribute(line, "partition") ?? partition;
                created = ParseDate(Attribute(line, "dateCreated"));
            }
            else if (line == "<p>" || line.StartsWith("<p ", StringComparison.Ordinal)) inParagraph = true;
            else if (line == "</p>") break;
            else if (inParagraph && line.StartsWith("<date ", StringComparison.Ordinal) && ParseDate(Attribute(line, "when")) is { } d)
                return (partition, created, d);
        }
        return (partition, created, null);
    }

    private static string? Attribute(string tagLine, string name)
    {
        var key = " " + name + "=\"";
        int i = tagLine.IndexOf(key, StringComparison.Ordinal);
        if (i < 0) return null;
        int start = i + key.Length;
        int end = tagLine.IndexOf('"', start);
        return end < 0 ? null : tagLine.Substring(start, end - start);
    }

    private static DateOnly? ParseDate(string? s) =>
        s is { Length: 10 } && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
