namespace EventExtract.Training.Evaluation;

/// <summary>One gold event. Fields that do not belong to its type are empty or null.</summary>
internal sealed record EventAnnotation
{
    /// <summary>Id unique in the file ("e1").</summary>
    public required string Id { get; init; }

    /// <summary>Meeting, Statement or Attack.</summary>
    public required string Type { get; init; }

    /// <summary>Every mention, the main one first.</summary>
    public IReadOnlyList<EventAnnotationMention> Mentions { get; init; } = [];

    /// <summary>occurred, planned, cancelled, negated or hypothetical.</summary>
    public string Status { get; init; } = "occurred";

    /// <summary>The date, or null when the text gives none.</summary>
    public EventAnnotationDate? Date { get; init; }

    /// <summary>The place, or null.</summary>
    public EventAnnotationLocation? Location { get; init; }

    /// <summary>Meeting participants.</summary>
    public IReadOnlyList<EventAnnotationActor> Participants { get; init; } = [];

    /// <summary>Meeting host, or null.</summary>
    public EventAnnotationActor? Host { get; init; }

    /// <summary>Meeting topic, or null.</summary>
    public string? Topic { get; init; }

    /// <summary>Statement speakers.</summary>
    public IReadOnlyList<EventAnnotationActor> Speakers { get; init; } = [];

    /// <summary>Statement addressees.</summary>
    public IReadOnlyList<EventAnnotationActor> Addressees { get; init; } = [];

    /// <summary>Statement content (the reported proposition), or null.</summary>
    public string? Content { get; init; }

    /// <summary>Start of the content's span in the text, or null (TimeBank/AQUAINT give content by offsets only).</summary>
    public int? ContentStart { get; init; }

    /// <summary>End (exclusive) of the content's span, or null.</summary>
    public int? ContentEnd { get; init; }

    /// <summary>Verbatim quoted words without quote marks, or null (TimeBank/AQUAINT give quotes by offsets only).</summary>
    public string? Quote { get; init; }

    /// <summary>Start of the quoted words in the text, or null.</summary>
    public int? QuoteStart { get; init; }

    /// <summary>End (exclusive) of the quoted words, or null.</summary>
    public int? QuoteEnd { get; init; }

    /// <summary>Attackers (empty when unknown).</summary>
    public IReadOnlyList<EventAnnotationActor> Attackers { get; init; } = [];

    /// <summary>Attack targets (actors or places).</summary>
    public IReadOnlyList<EventAnnotationActor> Targets { get; init; } = [];

    /// <summary>Number killed, or null.</summary>
    public int? Killed { get; init; }

    /// <summary>Number injured, or null.</summary>
    public int? Injured { get; init; }

    /// <summary>Victims as described, or null.</summary>
    public string? Victims { get; init; }

    /// <summary>Weapon as described, or null.</summary>
    public string? Weapon { get; init; }

    /// <summary>terrorist, military, bombing, shooting, cyber or other; null for non-attacks.</summary>
    public string? AttackType { get; init; }
}

/// <summary>One mention of a gold event: its trigger and offsets.</summary>
internal sealed record EventAnnotationMention
{
    /// <summary>The trigger as written.</summary>
    public required string Trigger { get; init; }

    /// <summary>UTF-16 start offset (inclusive).</summary>
    public int Start { get; init; }

    /// <summary>UTF-16 end offset (exclusive).</summary>
    public int End { get; init; }
}

/// <summary>A gold date: the expression and its TIMEX3 value.</summary>
internal sealed record EventAnnotationDate
{
    /// <summary>The expression as written.</summary>
    public required string Text { get; init; }

    /// <summary>TIMEX3 value resolved against the publication date.</summary>
    public string? Value { get; init; }

    /// <summary>TIMEX3 mod (START, END, APPROX, ...) or null.</summary>
    public string? Mod { get; init; }
}

/// <summary>A gold location.</summary>
internal sealed record EventAnnotationLocation
{
    /// <summary>The place as written.</summary>
    public required string Text { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code, or null.</summary>
    public string? CountryCode { get; init; }
}

/// <summary>A gold actor with offsets.</summary>
internal sealed record EventAnnotationActor
{
    /// <summary>The mention as written.</summary>
    public required string Text { get; init; }

    /// <summary>UTF-16 start offset (inclusive).</summary>
    public int Start { get; init; }

    /// <summary>UTF-16 end offset (exclusive).</summary>
    public int End { get; init; }

    /// <summary>Person, Organization, Group, Country or Other.</summary>
    public string Kind { get; init; } = "Other";

    /// <summary>ISO 3166-1 alpha-2 code of the country it belongs to, or null.</summary>
    public string? CountryCode { get; init; }
}
