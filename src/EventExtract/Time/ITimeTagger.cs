namespace EventExtract.Time;

/// <summary>Finds and normalizes time expressions against the publication date. Thread-safe.</summary>
public interface ITimeTagger
{
    /// <summary>
    /// Appends to <paramref name="output"/> the time expressions of the body sentences of <paramref name="document"/>,
    /// in text order, resolved against <c>document.Document.Published</c> (when null, relative years stay unresolved).
    /// </summary>
    void Tag(AnalyzedDocument document, List<Timex> output);
}
