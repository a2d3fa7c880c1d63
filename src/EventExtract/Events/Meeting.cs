using EventExtract.Places;

namespace EventExtract.Events;

/// <summary>Two or more parties come together to talk or negotiate.</summary>
public sealed record Meeting : ExtractedEvent
{
    /// <inheritdoc />
    public override EventType Type => EventType.Meeting;

    /// <summary>The parties who meet.</summary>
    public IReadOnlyList<Actor> Participants { get; init; } = Array.Empty<Actor>();

    /// <summary>The party that hosts, or null.</summary>
    public Actor? Host { get; init; }

    /// <summary>What the meeting is about, or null.</summary>
    public string? Topic { get; init; }
}
