using System.Globalization;
using System.Text;
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
    public static GumArticle Load(string id)
    {
        var xmlPath = Path.Combine(Folder, "wikinews-xml", id + ".xml");
        if (!File.Exists(xmlPath)) throw new FileNotFoundException($"No GUM document {id}", xmlPath);
        var xml = File.ReadAllText(xmlPath);
        var (partition, dateCreated, dateline) = ReadHeader(xml);
        var paragraphs = ReadConlluParagraphs(id) ?? GumXmlDetokenizer.Paragraphs(xml);
        var sb = new StringBuilder();
        var sentences = new List<(TextSpan, int)>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            if (p > 0) sb.Append("\n\n");
            for (int s = 0; s < paragraphs[p].Count; s++)
            {
                if (s > 0) sb.Append(' ');
                int start = sb.Length;
                sb.Append(paragraphs[p][s]);
                sentences.Add((new TextSpan(start, sb.Length), p));
            }
        }
        var published = dateline ?? dateCreated ?? throw new InvalidDataException($"{id}: no publication date");
        return new GumArticle(id, string.Join(" ", paragraphs[0]), published, sb.ToString(), partition, sentences);
    }

    // The CoNLL-U files are read once per process; the result is never mutated after construction.
    private static readonly Lazy<IReadOnlyDictionary<string, List<List<string>>>> NewsParagraphs = new(ReadAllNewsParagraphs);

    /// <summary>The sentences of <paramref name="id"/> grouped by paragraph, or null when no CoNLL-U file has it.</summary>
    private static List<List<string>>? ReadConlluParagraphs(string id) => NewsParagraphs.Value.GetValueOrDefault(id);

    private static IReadOnlyDictionary<string, List<List<string>>> ReadAllNewsParagraphs()
    {
        var docs = new Dictionary<string, List<List<string>>>(StringComparer.Ordinal);
        foreach (var file in ConlluFiles)
        {
            var path = Path.Combine(Folder, file);
            if (!File.Exists(path)) continue;
            List<List<string>>? paragraphs = null;
            bool newPar = false;
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal))
                {
                    var id = line.Substring("# newdoc id = ".Length).Trim();
                    paragraphs = id.StartsWith("GUM_news_", StringComparison.Ordinal) ? new List<List<string>>() : null;
                    if (paragraphs is not null) docs[id] = paragraphs;
                    newPar = false;
                    continue;
                }
                if (paragraphs is null) continue;
                if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_block", StringComparison.Ordinal)) newPar = true;
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    if (newPar || paragraphs.Count == 0) paragraphs.Add(new List<string>());
                    paragraphs[^1].Add(line.Substring("# text = ".Length));
                    newPar = false;
                }
            }
        }
        return docs;
    }

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
