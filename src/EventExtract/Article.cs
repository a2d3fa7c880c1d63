namespace EventExtract;

/// <summary>An article to extract from: its raw text and what the caller knows about it.</summary>
/// <param name="Text">The raw article text.</param>
/// <param name="Info">Identifier, title and publication date when known, or null.</param>
public sealed record Article(string Text, ArticleInfo? Info = null);
