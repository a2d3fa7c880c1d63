using System.Text;
using EventExtract.Text;

namespace EventExtract.Training.Corpora;

/// <summary>Reads documents' sentences, grouped by paragraph, from the "# text =" lines of CoNLL-U files.</summary>
internal static class ConlluParagraphs
{
    /// <summary>
    /// The sentences of every document of <paramref name="paths"/> whose id <paramref name="wanted"/> accepts, grouped by
    /// paragraph ("# newpar" starts one), with the partition of the file it came from (the file name's "-train", "-dev"
    /// or "-test"). Missing files are skipped.
    /// </summary>
    public static Dictionary<string, (string Partition, List<List<string>> Paragraphs)> Read(IEnumerable<string> paths, Func<string, bool> wanted)
    {
        var docs = new Dictionary<string, (string, List<List<string>>)>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!File.Exists(path)) continue;
            var partition = PartitionOf(path);
            List<List<string>>? paragraphs = null;
            bool newPar = false;
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal))
                {
                    var id = line.Substring("# newdoc id = ".Length).Trim();
                    paragraphs = wanted(id) ? new List<List<string>>() : null;
                    if (paragraphs is not null) docs[id] = (partition, paragraphs);
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

    /// <summary>Joins paragraphs with "\n\n" and their sentences with one space; returns the text and each sentence's span and paragraph.</summary>
    public static (string Text, List<(TextSpan Span, int Paragraph)> Sentences) Join(IReadOnlyList<IReadOnlyList<string>> paragraphs)
    {
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
        return (sb.ToString(), sentences);
    }

    private static string PartitionOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var p in new[] { "train", "dev", "test" })
            if (name.EndsWith("-" + p, StringComparison.Ordinal)) return p;
        return "train";
    }
}
