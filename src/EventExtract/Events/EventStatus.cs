namespace EventExtract.Events;

/// <summary>Whether the event happened, according to the text.</summary>
public enum EventStatus : byte
{
    /// <summary>It took place.</summary>
    Occurred,
    /// <summary>Scheduled, announced or expected ("will meet", "were scheduled to").</summary>
    Planned,
    /// <summary>Refused, called off or postponed.</summary>
    Cancelled,
    /// <summary>Explicitly did not happen ("did not meet").</summary>
    Negated,
    /// <summary>Possible or conditional ("could", "if").</summary>
    Hypothetical,
}
