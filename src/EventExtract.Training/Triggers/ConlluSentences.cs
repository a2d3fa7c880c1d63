namespace EventExtract.Training.Triggers;

/// <summary>One sentence of a CoNLL-U file: its document, id and raw text (from the <c># text =</c> comment).</summary>
internal sealed record ConlluSentence(string DocumentId, string SentenceId, string Text);

/// <summary>Reads the sentence texts of CoNLL-U files, in file order.</summary>
internal static class ConlluSentences
{
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        string doc = "", id = "";
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal)) doc = line[14..].Trim();
            else if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..].Trim();
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                // EWT has no newdoc line for every sentence: its sentence ids are "<doc>-<nnnn>".
                string d = doc.Length > 0 && id.StartsWith(doc, StringComparison.Ordinal) ? doc
                    : id.LastIndexOf('-') is int dash and > 0 ? id[..dash] : id;
                yield return new ConlluSentence(d, id, line[9..]);
            }
        }
    }

    /// <summary>
    /// The training sentences allowed for trigger data: UD EWT train and GUM train without the Wikinews
    /// documents (GUM_news_*, GUM_interview_*), which belong to the product's held-out evaluation.
    /// </summary>
    public static IEnumerable<ConlluSentence> TrainingSentences()
    {
        var ewt = Path.Combine(SharedPaths.Corpora, "ud-english-ewt", "en_ewt-ud-train.conllu");
        var gum = Path.Combine(SharedPaths.Corpora, "gum", "en_gum-ud-train.conllu");
        return Read(ewt).Concat(Read(gum).Where(s => IsAllowedGumDocument(s.DocumentId)));
    }

    public static bool IsAllowedGumDocument(string documentId) =>
        !documentId.StartsWith("GUM_news", StringComparison.Ordinal) && !documentId.StartsWith("GUM_interview", StringComparison.Ordinal);
}
