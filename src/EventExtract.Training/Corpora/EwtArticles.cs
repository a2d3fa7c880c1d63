using System.Globalization;

namespace EventExtract.Training.Corpora;

/// <summary>
/// Loads the weblog and newsgroup documents of UD English EWT (../shared/corpora/ud-english-ewt, CC BY-SA 4.0) as
/// articles: news blogs such as Juan Cole's Iraq reports are real text with attacks, meetings and statements that the
/// team did not write. The text is rebuilt from the "# text =" lines like GUM's (<see cref="ConlluParagraphs"/>); EWT
/// marks no headline. The publication date is the one in the document id ("…_ENG_20040823_064025").
/// </summary>
internal static class EwtArticles
{
    private static readonly string[] ConlluFiles = ["en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"];

    /// <summary>Folder of the EWT corpus.</summary>
    public static string Folder => Path.Combine(SharedPaths.Corpora, "ud-english-ewt");

    private static readonly Lazy<Dictionary<string, (string Partition, List<List<string>> Paragraphs)>> Documents = new(() =>
        ConlluParagraphs.Read(ConlluFiles.Select(f => Path.Combine(Folder, f)), IsArticleLike));

    /// <summary>True for the document kinds that read like articles: weblog posts and newsgroup messages.</summary>
    public static bool IsArticleLike(string id) =>
        id.StartsWith("weblog-", StringComparison.Ordinal) || id.StartsWith("newsgroup-", StringComparison.Ordinal);

    /// <summary>Ids of the article-like documents, sorted.</summary>
    public static IReadOnlyList<string> Ids() => Documents.Value.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Loads one document by its id.</summary>
    public static ConlluArticle Load(string id)
    {
        if (!Documents.Value.TryGetValue(id, out var doc)) throw new FileNotFoundException($"No EWT weblog or newsgroup document {id}", Folder);
        var (text, sentences) = ConlluParagraphs.Join(doc.Paragraphs);
        var published = PublishedFromId(id) ?? throw new InvalidDataException($"{id}: no date in the document id");
        return new ConlluArticle(id, null, published, text, doc.Partition, sentences);
    }

    /// <summary>The date in an EWT document id: the first eight-digit group after "_ENG_".</summary>
    internal static DateOnly? PublishedFromId(string id)
    {
        int i = id.LastIndexOf("_ENG_", StringComparison.Ordinal);
        if (i < 0 || i + 13 > id.Length) return null;
        return DateOnly.TryParseExact(id.AsSpan(i + 5, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
