using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Acceptance test on the golden article through the public entry point. It needs every layer
/// (reader, tokenizer, tagger, names, actors and places, dates, triggers, arguments).
/// </summary>
public class GoldenArticleTests : GoldenArticleExpectations
{
    private static readonly Lazy<IReadOnlyList<ExtractedEvent>> s_events = new(() =>
        EventExtractor.Create().Extract(ReadArticle(), new ArticleInfo(Published: new DateOnly(2019, 10, 29))).Events);

    /// <inheritdoc />
    protected override IReadOnlyList<ExtractedEvent> Events => s_events.Value;
}
