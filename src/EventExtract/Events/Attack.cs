using EventExtract.Places;

namespace EventExtract.Events;

/// <summary>Physical (or cyber) violence by one party against people or property.</summary>
public sealed record Attack : ExtractedEvent
{
    /// <inheritdoc />
    public override EventType Type => EventType.Attack;

    /// <summary>Who attacked; empty when unknown.</summary>
    public IReadOnlyList<Actor> Attackers { get; init; } = Array.Empty<Actor>();

    /// <summary>Who or what was attacked (places appear as actors of kind Country or Other).</summary>
    public IReadOnlyList<Actor> Targets { get; init; } = Array.Empty<Actor>();

    /// <summary>Number killed, or null when the text does not say.</summary>
    public int? Killed { get; init; }

    /// <summary>Number injured, or null when the text does not say.</summary>
    public int? Injured { get; init; }

    /// <summary>The victims as described ("a U.S. soldier"), or null.</summary>
    public string? Victims { get; init; }

    /// <summary>The weapon as described, or null.</summary>
    public string? Weapon { get; init; }

    /// <summary>The kind of attack.</summary>
    public AttackType AttackType { get; init; }
}
