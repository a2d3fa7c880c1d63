namespace EventExtract.Events.Triggers;

/// <summary>The classes a trigger candidate can take: an event type or none. Values are model class indices.</summary>
internal enum TriggerLabel : byte
{
    /// <summary>Not an event trigger in this context.</summary>
    None = 0,
    /// <summary>A <see cref="EventType.Meeting"/> trigger.</summary>
    Meeting = 1,
    /// <summary>A <see cref="EventType.Statement"/> trigger.</summary>
    Statement = 2,
    /// <summary>An <see cref="EventType.Attack"/> trigger.</summary>
    Attack = 3,
}
