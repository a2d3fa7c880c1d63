namespace EventExtract.Training;

/// <summary>One CoNLL-U sentence: its syntactic words (multi-word token ranges and empty nodes skipped) with UPOS, FEATS and MISC.</summary>
internal sealed record ConlluSentence(string Id, string[] Words, string[] Upos, string[] Feats, string[] Misc)
{
    /// <summary>Reads all sentences of a CoNLL-U file.</summary>
    public static List<ConlluSentence> ReadAll(string path)
    {
        var result = new List<ConlluSentence>();
        var words = new List<string>();
        var upos = new List<string>();
        var feats = new List<string>();
        var misc = new List<string>();
        string id = "";
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (words.Count > 0) result.Add(new ConlluSentence(id, words.ToArray(), upos.ToArray(), feats.ToArray(), misc.ToArray()));
                words.Clear(); upos.Clear(); feats.Clear(); misc.Clear();
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..];
                continue;
            }
            var c = line.Split('\t');
            if (c[0].Contains('-') || c[0].Contains('.')) continue; // the words of a range are listed on their own lines
            words.Add(c[1]);
            upos.Add(c[3]);
            feats.Add(c[5]);
            misc.Add(c[9]);
        }
        if (words.Count > 0) result.Add(new ConlluSentence(id, words.ToArray(), upos.ToArray(), feats.ToArray(), misc.ToArray()));
        return result;
    }
}
