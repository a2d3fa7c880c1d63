namespace EventExtract.Tests.Events;

/// <summary>
/// Runs sentences through the whole pipeline as the body of an article: a headline paragraph comes first, since the
/// headline is not annotated and rules treat the first paragraph as one. One extractor serves every test (it is
/// thread-safe and costly to create).
/// </summary>
internal static class ArticleBody
{
    public static readonly EventExtractor Extractor = EventExtractor.Create();

    /// <summary>The extraction of <paramref name="body"/> published on <paramref name="published"/>.</summary>
    public static ExtractionResult Extract(string body, DateOnly published) =>
        Extractor.Extract("Headline\n\n" + body, new ArticleInfo(Published: published));

    /// <summary>The events of type <typeparamref name="T"/> in a whole article <paramref name="text"/> (its first paragraph is the headline).</summary>
    public static List<T> ArticleEvents<T>(string text, DateOnly published) where T : EventExtract.Events.ExtractedEvent =>
        Extractor.Extract(text, new ArticleInfo(Published: published)).Events.OfType<T>().ToList();

    /// <summary>The one statement of the whole article <paramref name="text"/> with a mention whose trigger is <paramref name="trigger"/>.</summary>
    public static EventExtract.Events.Statement StatementWithTrigger(string text, DateOnly published, string trigger) =>
        ArticleEvents<EventExtract.Events.Statement>(text, published).Single(s => s.Mentions.Any(m => m.Trigger.Text == trigger));

    /// <summary>The events of type <typeparamref name="T"/> found in <paramref name="body"/>.</summary>
    public static List<T> Events<T>(string body, DateOnly published) where T : EventExtract.Events.ExtractedEvent =>
        Extract(body, published).Events.OfType<T>().ToList();
}
