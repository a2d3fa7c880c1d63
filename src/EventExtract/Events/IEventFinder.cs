namespace EventExtract.Events;

/// <summary>Finds events in an analyzed document. Thread-safe.</summary>
public interface IEventFinder
{
    /// <summary>Returns the events of the body paragraphs of <paramref name="document"/>, in order of first mention.</summary>
    IReadOnlyList<ExtractedEvent> Find(AnalyzedDocument document);
}
