namespace EventExtract.Events;

/// <summary>Finds event triggers in the body sentences of an analyzed document. Thread-safe.</summary>
public interface ITriggerDetector
{
    /// <summary>Appends the triggers of <paramref name="document"/>'s body sentences to <paramref name="output"/>, in text order.</summary>
    void Detect(AnalyzedDocument document, List<TriggerCandidate> output);
}
