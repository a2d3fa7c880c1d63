namespace EventExtract.Training;

/// <summary>Reads UniversalNER .iob2 files (columns: index, word, BIO tag, ...).</summary>
internal static class Iob2Corpus
{
    public static List<(string[] Words, string[] Bio)> ReadAll(string path)
    {
        var result = new List<(string[], string[])>();
        var words = new List<string>();
        var bio = new List<string>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.Length == 0)
            {
                if (words.Count > 0) result.Add((words.ToArray(), bio.ToArray()));
                words.Clear(); bio.Clear();
                continue;
            }
            if (line[0] == '#') continue;
            var c = line.Split('\t');
            words.Add(c[1]);
            bio.Add(c.Length > 2 ? c[2] : "O");
        }
        return result;
    }
}
