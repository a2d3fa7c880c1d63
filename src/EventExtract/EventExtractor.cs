using EventExtract.Events;
using EventExtract.Text;

namespace EventExtract;

/// <summary>
/// The entry point: reads an article and returns its events. Create once and reuse;
/// an instance is immutable and safe to share across threads.
/// </summary>
public sealed class EventExtractor
{
    private readonly EventExtractorPipeline _pipeline;
    private readonly IEventFinder? _eventFinder;

    private EventExtractor(EventExtractorOptions options, EventExtractorPipeline pipeline, IEventFinder? eventFinder)
    {
        Options = options;
        _pipeline = pipeline;
        _eventFinder = eventFinder;
    }

    /// <summary>The settings this extractor was created with.</summary>
    public EventExtractorOptions Options { get; }

    /// <summary>Creates an extractor with the embedded models; loading takes a fraction of a second.</summary>
    public static EventExtractor Create(EventExtractorOptions? options = null)
    {
        options ??= EventExtractorOptions.Default;
        return new EventExtractor(options, new EventExtractorPipeline(), null);
    }

    /// <summary>Runs every stage but event finding; useful to inspect tokens, names and dates.</summary>
    public AnalyzedDocument Analyze(string text, ArticleInfo? info = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxInputLength)
            throw new ArgumentException($"Input is {text.Length:N0} characters, over the limit of {Options.MaxInputLength:N0} (EventExtractorOptions.MaxInputLength).", nameof(text));
        var document = ArticleReader.Instance.Read(text, info?.Title, info?.Published ?? null, info?.Id);
        if (document.Published is null && Options.DefaultPublished is { } fallback)
            document = new Document(document.Text, document.Title, document.TitleSpan, fallback, document.Paragraphs, document.Id);
        return _pipeline.Analyze(document);
    }

    /// <summary>Extracts the events of one article.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="EventExtractorOptions.MaxInputLength"/>.</exception>
    public ExtractionResult Extract(string text, ArticleInfo? info = null)
    {
        var analyzed = Analyze(text, info);
        IReadOnlyList<ExtractedEvent> events = _eventFinder?.Find(analyzed) ?? Array.Empty<ExtractedEvent>();
        if (Options.MinimumConfidence > 0 || Options.EventTypes is not null)
            events = events.Where(e => e.Confidence >= Options.MinimumConfidence && (Options.EventTypes?.Contains(e.Type) ?? true)).ToArray();
        return new ExtractionResult
        {
            Document = analyzed.Document,
            Actors = analyzed.ActorList.ToArray(),
            Places = analyzed.PlaceList.ToArray(),
            Timexes = analyzed.TimexList.ToArray(),
            Events = events,
            Analysis = analyzed,
        };
    }
}
