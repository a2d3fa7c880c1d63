using System.Globalization;
using System.Text;
using System.Xml;

namespace EventExtract.Training.Corpora;

/// <summary>
/// Reads TimeBank / AQUAINT TimeML files as plain-text articles. Evaluation only: their text must never be
/// copied into the repository, only offsets into the string this loader returns.
/// </summary>
internal static class TimeMlArticles
{
    /// <summary>Corpus names this loader knows, mapped to their folder under timebank-aquaint.</summary>
    private static readonly IReadOnlyDictionary<string, string> Folders =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["timebank"] = "TimeBank", ["aquaint"] = "AQUAINT" };

    /// <summary>Folder holding the .tml files of <paramref name="corpus"/>.</summary>
    public static string FolderOf(string corpus) =>
        Path.Combine(SharedPaths.Corpora, "timebank-aquaint",
            Folders.TryGetValue(corpus, out var folder) ? folder : throw new ArgumentException($"Unknown TimeML corpus '{corpus}' (timebank | aquaint).", nameof(corpus)));

    /// <summary>Document ids of the corpus, ordinally sorted.</summary>
    public static IReadOnlyList<string> List(string corpus) =>
        Directory.GetFiles(FolderOf(corpus), "*.tml")
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Loads one document: Text is the concatenated text nodes of &lt;TEXT&gt; (markup stripped, entities decoded,
    /// whitespace kept as the XML reader reports it); Published comes from the CREATION_TIME TIMEX3.
    /// </summary>
    public static CorpusArticle Load(string corpus, string docId)
    {
        var path = Path.Combine(FolderOf(corpus), docId + ".tml");
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreWhitespace = false, IgnoreComments = true };
        using var reader = XmlReader.Create(path, settings);
        var text = new StringBuilder();
        DateOnly? published = null;
        var inText = false;
        var textDepth = -1;
        var seenText = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.LocalName == "TIMEX3" && reader.GetAttribute("functionInDocument") == "CREATION_TIME" && published is null)
                        published = ParseDate(reader.GetAttribute("value"));
                    if (!seenText && reader.LocalName == "TEXT" && !reader.IsEmptyElement)
                    {
                        inText = true;
                        seenText = true;
                        textDepth = reader.Depth;
                    }
                    break;
                case XmlNodeType.EndElement:
                    if (inText && reader.LocalName == "TEXT" && reader.Depth == textDepth) inText = false;
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (inText) text.Append(reader.Value);
                    break;
            }
        }
        if (!seenText) throw new InvalidDataException($"{path} has no <TEXT> element.");
        return new CorpusArticle(docId, corpus.ToLowerInvariant(), null, published, text.ToString());
    }

    /// <summary>Date part of a TIMEX3 value such as 1998-08-07 or 1998-08-07T06:18:00; null when absent.</summary>
    private static DateOnly? ParseDate(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
}
