namespace EventExtract.Events.Triggers;

/// <summary>One expanded lexicon phrase: its words, candidate label, lemma and lexicon-only prior.</summary>
/// <param name="Phrase">Lowercase words separated by single spaces, e.g. "sat down at the negotiating table".</param>
/// <param name="Label">Candidate type, or <see cref="TriggerLabel.None"/> for a blocking idiom.</param>
/// <param name="Lemma">Canonical form shared by all inflections of the row.</param>
/// <param name="Prior">Confidence used when no classifier is available.</param>
internal sealed record TriggerLexiconEntry(string Phrase, TriggerLabel Label, string Lemma, float Prior);
