namespace EventExtract.Events;

/// <summary>One place in the text where an event is mentioned.</summary>
/// <param name="Trigger">The word or phrase that signals the event.</param>
/// <param name="Sentence">The sentence that holds it.</param>
public sealed record EventMention(TextMention Trigger, TextMention Sentence);
