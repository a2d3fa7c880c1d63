using System.Text.Json.Serialization;

namespace EventExtract.Output;

// Wire shapes of the JSON contract (shared/docs/event-schema.md). Kept apart from the domain
// records so the contract can stay stable while the domain types evolve.
#pragma warning disable CS1591 // the contract document describes these fields

/// <summary>One article's result as written to JSON.</summary>
public sealed record ArticleJson(DocumentJson Document, IReadOnlyList<EntityJson> Entities, IReadOnlyList<TimexJson> Timexes, IReadOnlyList<EventJson> Events);

/// <summary>The article's identity.</summary>
public sealed record DocumentJson(string? Id, string? Title, string? Published);

/// <summary>A span of text.</summary>
public sealed record SpanJson(string Text, int Start, int End);

/// <summary>An actor or place mention.</summary>
public sealed record EntityJson(string Text, int Start, int End, string Kind, string? CountryCode, string Canonical, int? GeoNamesId, double? Latitude, double? Longitude);

/// <summary>An actor taking part in an event.</summary>
public sealed record ActorJson(string Text, int Start, int End, string Kind, string? CountryCode, string Canonical);

/// <summary>A place.</summary>
public sealed record PlaceJson(string Text, int Start, int End, string Name, string? CountryCode, int? GeoNamesId, double? Latitude, double? Longitude);

/// <summary>A time expression.</summary>
public sealed record TimexJson(string Text, int Start, int End, string Type, string Value, string? Mod);

/// <summary>One mention of an event.</summary>
public sealed record MentionJson(SpanJson Trigger, SpanJson Sentence);

/// <summary>Fields every event has; the "type" discriminator selects the concrete shape.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MeetingJson), "Meeting")]
[JsonDerivedType(typeof(StatementJson), "Statement")]
[JsonDerivedType(typeof(AttackJson), "Attack")]
public abstract record EventJson
{
    public required SpanJson Trigger { get; init; }
    public required SpanJson Sentence { get; init; }
    public required IReadOnlyList<MentionJson> Mentions { get; init; }
    public required TimexJson? Date { get; init; }
    public required PlaceJson? Location { get; init; }
    public required string Status { get; init; }
    public required double Confidence { get; init; }
}

/// <summary>A Meeting.</summary>
public sealed record MeetingJson : EventJson
{
    public required IReadOnlyList<ActorJson> Participants { get; init; }
    public required ActorJson? Host { get; init; }
    public required string? Topic { get; init; }
}

/// <summary>A Statement.</summary>
public sealed record StatementJson : EventJson
{
    public required IReadOnlyList<ActorJson> Speakers { get; init; }
    public required IReadOnlyList<ActorJson> Addressees { get; init; }
    public required string? Content { get; init; }
    public required string? Quote { get; init; }
}

/// <summary>An Attack.</summary>
public sealed record AttackJson : EventJson
{
    public required IReadOnlyList<ActorJson> Attackers { get; init; }
    public required IReadOnlyList<ActorJson> Targets { get; init; }
    public required int? Killed { get; init; }
    public required int? Injured { get; init; }
    public required string? Victims { get; init; }
    public required string? Weapon { get; init; }
    public required string AttackType { get; init; }
}
#pragma warning restore CS1591
