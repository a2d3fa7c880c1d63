using EventExtract.Events;

namespace EventExtract.Training.Evaluation;

/// <summary>The outcome of scoring predicted events against gold events (one article or many, summed).</summary>
internal sealed class EventScoreReport
{
    /// <summary>Argument slots in display order.</summary>
    public static readonly string[] ArgumentNames = ["participants", "speakers", "addressees", "attackers", "targets", "location", "date", "killed", "injured", "status"];

    /// <summary>Event detection counts per type name (Meeting, Statement, Attack).</summary>
    public SortedDictionary<string, PrfCounts> Events { get; } = new(StringComparer.Ordinal);

    /// <summary>Argument counts per slot name (see <see cref="ArgumentNames"/>).</summary>
    public SortedDictionary<string, PrfCounts> Arguments { get; } = new(StringComparer.Ordinal);

    /// <summary>Matched (gold, predicted) pairs.</summary>
    public List<(EventAnnotation Gold, ExtractedEvent Predicted)> Matches { get; } = [];

    /// <summary>Gold events with no predicted counterpart.</summary>
    public List<EventAnnotation> Misses { get; } = [];

    /// <summary>Predicted events with no gold counterpart.</summary>
    public List<ExtractedEvent> FalseAlarms { get; } = [];

    /// <summary>Argument mistakes of matched pairs, one line each ("e3 date: gold 2015-08-20, predicted 2015-08-21").</summary>
    public List<string> ArgumentErrors { get; } = [];

    /// <summary>Micro-averaged event detection over all types.</summary>
    public PrfCounts Overall => Events.Values.Aggregate(default(PrfCounts), (a, b) => a + b);

    /// <summary>Micro-averaged argument counts over all slots.</summary>
    public PrfCounts ArgumentsOverall => Arguments.Values.Aggregate(default(PrfCounts), (a, b) => a + b);

    /// <summary>Adds <paramref name="counts"/> to the event type <paramref name="type"/>.</summary>
    public void AddEvent(string type, PrfCounts counts) => Events[type] = Events.GetValueOrDefault(type) + counts;

    /// <summary>Adds <paramref name="counts"/> to the argument slot <paramref name="slot"/>.</summary>
    public void AddArgument(string slot, PrfCounts counts) => Arguments[slot] = Arguments.GetValueOrDefault(slot) + counts;

    /// <summary>Adds the counts of <paramref name="other"/> (not its per-event lists) to this report.</summary>
    public void AddCounts(EventScoreReport other)
    {
        foreach (var (k, v) in other.Events) AddEvent(k, v);
        foreach (var (k, v) in other.Arguments) AddArgument(k, v);
    }
}
