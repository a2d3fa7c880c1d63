using EventExtract.Events;
using EventExtract.Places;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract;

/// <summary>Everything extracted from one article.</summary>
public sealed record ExtractionResult
{
    /// <summary>The article as read: text, title, publication date, paragraphs.</summary>
    public required Document Document { get; init; }

    /// <summary>Actors found in the article (people, organizations, groups, countries).</summary>
    public required IReadOnlyList<Actor> Actors { get; init; }

    /// <summary>Places found in the article.</summary>
    public required IReadOnlyList<Place> Places { get; init; }

    /// <summary>Time expressions with normalized values.</summary>
    public required IReadOnlyList<Timex> Timexes { get; init; }

    /// <summary>The events, in order of first mention.</summary>
    public required IReadOnlyList<ExtractedEvent> Events { get; init; }

    /// <summary>
    /// The full analysis (tokens, sentences, tags), for callers who want to inspect it; not serialized. Null when
    /// <see cref="EventExtractorOptions.KeepAnalysis"/> is false.
    /// </summary>
    public AnalyzedDocument? Analysis { get; init; }
}
