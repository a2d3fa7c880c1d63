using EventExtract.Places;

namespace EventExtract.Events;

/// <summary>A party says, writes or publicly declares something.</summary>
public sealed record Statement : ExtractedEvent
{
    /// <inheritdoc />
    public override EventType Type => EventType.Statement;

    /// <summary>Who speaks.</summary>
    public IReadOnlyList<Actor> Speakers { get; init; } = Array.Empty<Actor>();

    /// <summary>Who is spoken to or called on.</summary>
    public IReadOnlyList<Actor> Addressees { get; init; } = Array.Empty<Actor>();

    /// <summary>The reported proposition, or null.</summary>
    public string? Content { get; init; }

    /// <summary>The verbatim quoted words without quote marks, or null.</summary>
    public string? Quote { get; init; }
}
