namespace EventExtract.Training;

/// <summary>Reads UniversalNER .iob2 files (columns: index, word, BIO tag, ...).</summary>
internal static class Iob2Corpus
{
    /// <summary>All sentences of the file, in order.</summary>
    public static List<(string[] Words, string[] Bio)> ReadAll(string path) => ReadDocuments(path).SelectMany(d => d).ToList();

    /// <summary>The file's sentences grouped by its <c># newdoc</c> lines (sentences before the first such line form one document).</summary>
    public static List<List<(string[] Words, string[] Bio)>> ReadDocuments(string path)
    {
        var docs = new List<List<(string[], string[])>>();
        var words = new List<string>();
        var bio = new List<string>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.StartsWith("# newdoc", StringComparison.Ordinal)) docs.Add([]);
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    if (docs.Count == 0) docs.Add([]);
                    docs[^1].Add((words.ToArray(), bio.ToArray()));
                }
                words.Clear(); bio.Clear();
                continue;
            }
            if (line[0] == '#') continue;
            var c = line.Split('\t');
            words.Add(c[1]);
            bio.Add(c.Length > 2 ? c[2] : "O");
        }
        return docs;
    }
}
