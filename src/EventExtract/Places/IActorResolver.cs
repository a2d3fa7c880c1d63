namespace EventExtract.Places;

/// <summary>
/// Resolves the names, demonyms, country names and capitals of an analyzed document into actors and places. Thread-safe.
/// </summary>
public interface IActorResolver
{
    /// <summary>
    /// Appends to <paramref name="actors"/> and <paramref name="places"/>, in text order, the actors and places of the
    /// body and title paragraphs of <paramref name="document"/>, using its tokens and recognized names.
    /// </summary>
    void Resolve(AnalyzedDocument document, List<Actor> actors, List<Place> places);
}
