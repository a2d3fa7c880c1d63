using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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

    /// <summary>The stages, for benchmarks and tests that time or swap one stage alone.</summary>
    internal EventExtractorPipeline Pipeline => _pipeline;

    /// <summary>The event finder, or null when none is configured.</summary>
    internal IEventFinder? EventFinder => _eventFinder;

    /// <summary>The settings this extractor was created with.</summary>
    public EventExtractorOptions Options { get; }

    /// <summary>Creates an extractor with the embedded models; loading takes a fraction of a second.</summary>
    public static EventExtractor Create(EventExtractorOptions? options = null)
    {
        options ??= EventExtractorOptions.Default;
        // The resources are independent, so they load side by side: cold start is then about the longest load
        // rather than the sum. Each action also runs its stage once over a short sample (no state is kept), so the
        // code of the first Extract is compiled here, in parallel, instead of after the join on one thread.
        // Parallel.Invoke is a synchronous fork-join (no tasks blocked on), and it runs one action on this thread.
        Places.ActorResolver? places = null;
        Tagging.AveragedPerceptronEntityRecognizer? entities = null;
        Tagging.AveragedPerceptronPosTagger? pos = null;
        RuleEventFinder? finder = null;
        Time.TimeTagger? time = null;
        Parallel.Invoke(
            () => pos = WarmPos(Tagging.AveragedPerceptronPosTagger.LoadDefault()),
            () => places = WarmPlaces(Places.ActorResolver.Instance),
            () => entities = WarmEntities(Tagging.AveragedPerceptronEntityRecognizer.LoadDefault()),
            () => finder = new RuleEventFinder(new Events.Triggers.LexiconTriggerDetector()),
            () => time = WarmTextStage());
        var pipeline = new EventExtractorPipeline
        {
            PosTagger = pos!,
            EntityRecognizer = entities!,
            TimeTagger = time!,
            ActorResolver = places!,
        };
        return new EventExtractor(options, pipeline, finder!);
    }

    /// <summary>A short text for the warm-up runs; no date with a year, so the date patterns wait for real use.</summary>
    private const string WarmSample = "Officials met in Paris on Friday, the U.S. ministry said.";

    /// <summary>Tokens and sentences of <see cref="WarmSample"/>.</summary>
    private static (TokenTable Tokens, List<Sentence> Sentences) WarmSentences()
    {
        var tokens = new TokenTable(WarmSample, 32);
        RuleTokenizer.Instance.Tokenize(new TextSpan(0, WarmSample.Length), tokens);
        var sentences = new List<Sentence>();
        RuleSentenceSplitter.Instance.Split(tokens, 0, tokens.Count, 0, sentences);
        return (tokens, sentences);
    }

    private static Tagging.AveragedPerceptronPosTagger WarmPos(Tagging.AveragedPerceptronPosTagger tagger)
    {
        var (tokens, sentences) = WarmSentences();
        var tags = new Tagging.UniversalPos[tokens.Count];
        foreach (var sentence in sentences) tagger.Tag(tokens, sentence, tags);
        return tagger;
    }

    private static Tagging.AveragedPerceptronEntityRecognizer WarmEntities(Tagging.AveragedPerceptronEntityRecognizer recognizer)
    {
        var (tokens, sentences) = WarmSentences();
        var tags = new Tagging.UniversalPos[tokens.Count]; // all X: only the code path matters here
        var names = new List<Tagging.EntitySpan>();
        foreach (var sentence in sentences) recognizer.Recognize(tokens, sentence, tags, names);
        return recognizer;
    }

    private static Places.ActorResolver WarmPlaces(Places.ActorResolver resolver)
    {
        Places.Gazetteer.Default.Match(WarmSample, new TextSpan(0, WarmSample.Length), new List<Places.GazetteerMatch>());
        return resolver;
    }

    /// <summary>Builds the shared reader, tokenizer and time tagger and runs them once over a short text.</summary>
    private static Time.TimeTagger WarmTextStage()
    {
        var document = ArticleReader.Instance.Read(WarmSample);
        var tokens = new TokenTable(document.Text, 32);
        foreach (var paragraph in document.Paragraphs) RuleTokenizer.Instance.Tokenize(paragraph.Span, tokens);
        var time = new Time.TimeTagger();
        time.TagText(WarmSample, new TextSpan(0, WarmSample.Length), new DateOnly(2019, 10, 29), new List<Time.Timex>());
        return time;
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
            Analysis = Options.KeepAnalysis ? analyzed : null,
        };
    }

    /// <summary>Reads an article from <paramref name="reader"/> without blocking a thread on I/O, then extracts its events.</summary>
    /// <exception cref="ArgumentException">The text is longer than <see cref="EventExtractorOptions.MaxInputLength"/>.</exception>
    public async Task<ExtractionResult> ExtractAsync(TextReader reader, ArticleInfo? info = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var buffer = new System.Text.StringBuilder();
        var chunk = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > Options.MaxInputLength)
                throw new ArgumentException($"Input is over the limit of {Options.MaxInputLength:N0} characters (EventExtractorOptions.MaxInputLength).", nameof(reader));
            buffer.Append(chunk, 0, read);
        }
        cancellationToken.ThrowIfCancellationRequested();
        return Extract(buffer.ToString(), info);
    }

    /// <summary>
    /// Extracts many articles in parallel, yielding results in input order. Stops between articles when
    /// <paramref name="cancellationToken"/> is cancelled; results already yielded are complete.
    /// </summary>
    /// <param name="articles">The articles; enumerated once.</param>
    /// <param name="maxDegreeOfParallelism">Articles processed at once; null uses every core.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <remarks>
    /// Articles go one at a time to whichever core is free, so long and short articles mix without leaving a core
    /// idle. The work allocates ~150 bytes per token, mostly short-lived: a batch job can cut the time spent in
    /// collections (which pause every core) by giving generation 0 a larger budget, for example the environment
    /// variable <c>DOTNET_GCgen0size=0x4000000</c> (64 MB; GC pauses fell about tenfold in the benchmark).
    /// </remarks>
    public IEnumerable<ExtractionResult> ExtractMany(IEnumerable<Article> articles, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        int degree = ResolveDegree(maxDegreeOfParallelism);
        // One article at a time to whichever worker is free: PLINQ's defaults cut a list into one contiguous range per
        // core (one core idled for a third of the run when the long articles came first) and an enumerable into
        // growing chunks (a core idled while the other finished the last chunk). An article is ~0.1–10 ms of work, so
        // taking the partitioner's lock per article costs nothing; the partitioner's order keys keep AsOrdered exact.
        return Partitioner.Create(articles, EnumerablePartitionerOptions.NoBuffering)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(degree)
            .WithCancellation(cancellationToken)
            .Select(a => Extract(a.Text, a.Info));
    }

    /// <summary>
    /// Extracts a stream of articles in parallel, yielding results in input order as they complete.
    /// </summary>
    /// <param name="articles">The articles, for example read from a JSON Lines file as they arrive.</param>
    /// <param name="maxDegreeOfParallelism">Articles processed at once; null uses every core.</param>
    /// <param name="cancellationToken">Stops the work; results already yielded are complete.</param>
    public async IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IAsyncEnumerable<Article> articles, int? maxDegreeOfParallelism = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        int degree = ResolveDegree(maxDegreeOfParallelism);
        // A bounded window of in-flight tasks keeps input order and caps memory on endless streams.
        var window = new Queue<Task<ExtractionResult>>(degree * 2);
        await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var a = article;
            window.Enqueue(Task.Run(() => Extract(a.Text, a.Info), cancellationToken));
            if (window.Count >= degree * 2)
                yield return await window.Dequeue().ConfigureAwait(false);
        }
        while (window.Count > 0)
            yield return await window.Dequeue().ConfigureAwait(false);
    }

    private static int ResolveDegree(int? requested)
    {
        if (requested is { } d && d < 1)
            throw new ArgumentOutOfRangeException("maxDegreeOfParallelism", d, "The degree of parallelism must be at least 1.");
        return requested ?? Environment.ProcessorCount;
    }
}
