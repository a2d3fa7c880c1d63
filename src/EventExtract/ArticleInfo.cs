namespace EventExtract;

/// <summary>What the caller knows about an article besides its text.</summary>
/// <param name="Id">An identifier carried into the result (file name, URL), or null.</param>
/// <param name="Title">The title, when known; otherwise it is taken from the text.</param>
/// <param name="Published">The publication date, when known; otherwise it is taken from a dateline, or left unknown.</param>
public sealed record ArticleInfo(string? Id = null, string? Title = null, DateOnly? Published = null);
