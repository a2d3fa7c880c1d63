using EventExtract.Events;

namespace EventExtract.Timeline;

/// <summary>An event on the timeline with the articles that report it.</summary>
internal sealed record TimelineEntry(string SortKey, ExtractedEvent Event, string Source)
{
    public IReadOnlyList<string> Sources { get; init; } = new[] { Source };

    /// <summary>Events of the same type, date and place reported by several articles become one entry.</summary>
    public static IEnumerable<TimelineEntry> Merge(IEnumerable<TimelineEntry> entries) =>
        entries
            .GroupBy(x => (x.SortKey, x.Event.Type, Place: x.Event.Location?.Name ?? ""))
            .SelectMany(g => g.Key.SortKey == TimelineDate.Undated
                ? g.AsEnumerable()
                : new[] { g.First() with { Sources = g.Select(x => x.Source).Distinct().ToArray() } });
}
