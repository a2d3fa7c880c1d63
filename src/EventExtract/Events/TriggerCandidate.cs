namespace EventExtract.Events;

/// <summary>A word or phrase judged to signal an event of some type, before arguments are attached.</summary>
/// <param name="Sentence">Index of the sentence in <see cref="AnalyzedDocument.Sentences"/>.</param>
/// <param name="FirstToken">Index of the trigger's first token.</param>
/// <param name="TokenCount">Number of trigger tokens (multi-word triggers such as "called on", "sat down").</param>
/// <param name="Type">The event type.</param>
/// <param name="Confidence">Classifier confidence in 0..1.</param>
public readonly record struct TriggerCandidate(int Sentence, int FirstToken, int TokenCount, EventType Type, float Confidence);
