namespace EventExtract.Events;

/// <summary>The kinds of event the library extracts.</summary>
public enum EventType : byte
{
    /// <summary>Two or more parties come together to talk or negotiate.</summary>
    Meeting,
    /// <summary>A party says, writes or publicly declares something.</summary>
    Statement,
    /// <summary>Physical (or cyber) violence by one party against people or property.</summary>
    Attack,
}
