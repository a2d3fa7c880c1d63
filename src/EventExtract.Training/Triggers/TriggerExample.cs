using EventExtract.Events.Triggers;

namespace EventExtract.Training.Triggers;

/// <summary>One labelled lexicon candidate, featurized.</summary>
/// <param name="SourceId">Corpus sentence id.</param>
/// <param name="DocumentId">Corpus document id (the unit of the train/dev split).</param>
/// <param name="Features">Sorted distinct hashed feature indices.</param>
/// <param name="Label">Gold label.</param>
/// <param name="Lexicon">The matched lexicon entry (type and prior for the baseline).</param>
internal sealed record TriggerExample(string SourceId, string DocumentId, int[] Features, TriggerLabel Label, TriggerLexiconEntry Lexicon);
