using System.Reflection;
using EventExtract.Training.Corpora;

namespace EventExtract.Training.Evaluation;

/// <summary>An annotated article's text and metadata, whatever corpus it comes from.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Title">Headline, or null.</param>
/// <param name="Published">Publication date, or null.</param>
/// <param name="Text">The text the annotation offsets index.</param>
internal sealed record AnnotatedText(string Id, string? Title, DateOnly? Published, string Text);

/// <summary>
/// Loads the text behind an annotation file: GUM through <see cref="GumArticles"/>, UD EWT weblogs and newsgroups through <see cref="EwtArticles"/>, TimeBank/AQUAINT through
/// <c>TimeMlArticles.Load(corpus, docId)</c>, looked up by reflection so that this builds before that loader lands.
/// </summary>
internal static class EventAnnotationTexts
{
    private static readonly MethodInfo? TimeMlLoad = typeof(EventAnnotationTexts).Assembly
        .GetType("EventExtract.Training.Corpora.TimeMlArticles")
        ?.GetMethod("Load", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(string), typeof(string)]);

    /// <summary>True when texts of <paramref name="corpus"/> can be loaded in this build.</summary>
    public static bool IsAvailable(string corpus) =>
        corpus is "gum" or "ewt" || ((corpus == "timebank" || corpus == "aquaint") && TimeMlLoad is not null);

    /// <summary>Loads the text of <paramref name="docId"/> in <paramref name="corpus"/>.</summary>
    public static AnnotatedText Load(string corpus, string docId)
    {
        if (corpus == "gum")
        {
            var a = GumArticles.Load(docId);
            return new AnnotatedText(a.Id, a.Title, a.Published, a.Text);
        }
        if (corpus == "ewt")
        {
            var a = EwtArticles.Load(docId);
            return new AnnotatedText(a.Id, a.Title, a.Published, a.Text);
        }
        if (!IsAvailable(corpus)) throw new NotSupportedException($"No loader for corpus '{corpus}' in this build.");
        object article;
        try
        {
            article = TimeMlLoad!.Invoke(null, [corpus, docId])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
        var t = article.GetType();
        object? Get(string name) => t.GetProperty(name)?.GetValue(article);
        return new AnnotatedText(
            (string?)Get("Id") ?? docId,
            (string?)Get("Title"),
            Get("Published") is DateOnly d ? d : null,
            (string?)Get("Text") ?? throw new InvalidDataException($"{corpus}/{docId}: loader returned no text"));
    }
}
