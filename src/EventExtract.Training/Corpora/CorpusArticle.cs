namespace EventExtract.Training.Corpora;

/// <summary>One article of an evaluation corpus: its plain text, exactly as annotation offsets index it.</summary>
/// <param name="Id">Document id inside its corpus (file name without extension).</param>
/// <param name="Corpus">Corpus name, e.g. "timebank", "aquaint", "gum".</param>
/// <param name="Title">Headline when it is separate from <paramref name="Text"/>, else null.</param>
/// <param name="Published">Publication (document creation) date, when known.</param>
/// <param name="Text">Plain text; UTF-16 offsets in annotations index this string.</param>
internal sealed record CorpusArticle(string Id, string Corpus, string? Title, DateOnly? Published, string Text);
