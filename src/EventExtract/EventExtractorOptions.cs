using EventExtract.Events;

namespace EventExtract;

/// <summary>Settings of an <see cref="EventExtractor"/>. Immutable; use <c>with</c> to change.</summary>
public sealed record EventExtractorOptions
{
    /// <summary>The default settings.</summary>
    public static EventExtractorOptions Default { get; } = new();

    /// <summary>Events below this confidence are dropped. Default 0.</summary>
    public float MinimumConfidence { get; init; }

    /// <summary>Which event types to keep; null keeps all.</summary>
    public IReadOnlySet<EventType>? EventTypes { get; init; }

    /// <summary>Longest input accepted, in UTF-16 code units; longer input gives an <see cref="ArgumentException"/>. Default 10,000,000.</summary>
    public int MaxInputLength { get; init; } = 10_000_000;

    /// <summary>Publication date used when neither the call nor the text gives one.</summary>
    public DateOnly? DefaultPublished { get; init; }

    /// <summary>
    /// Whether <see cref="ExtractionResult.Analysis"/> is filled. Default true. The analysis holds the token table
    /// and tags (several times the size of the text); set false when results are kept in bulk, for example a batch
    /// collected from <see cref="EventExtractor.ExtractMany"/>, so that only the events, actors, places and dates
    /// stay alive.
    /// </summary>
    public bool KeepAnalysis { get; init; } = true;
}
