using EventExtract.Places;
using EventExtract.Time;

namespace EventExtract.Events;

/// <summary>
/// An event found in an article. Concrete types are <see cref="Meeting"/>, <see cref="Statement"/> and <see cref="Attack"/>.
/// </summary>
public abstract record ExtractedEvent
{
    /// <summary>The event type.</summary>
    public abstract EventType Type { get; }

    /// <summary>The trigger of the first mention.</summary>
    public required TextMention Trigger { get; init; }

    /// <summary>The sentence of the first mention.</summary>
    public required TextMention Sentence { get; init; }

    /// <summary>Every mention of this event in the article, first mention first.</summary>
    public required IReadOnlyList<EventMention> Mentions { get; init; }

    /// <summary>The time expression that dates the event, or null.</summary>
    public Timex? Date { get; init; }

    /// <summary>Where it happened, or null.</summary>
    public Place? Location { get; init; }

    /// <summary>Whether it happened according to the text.</summary>
    public EventStatus Status { get; init; }

    /// <summary>Confidence in 0..1 that this is a real event of this type.</summary>
    public float Confidence { get; init; }
}
