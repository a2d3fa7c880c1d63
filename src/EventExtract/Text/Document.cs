namespace EventExtract.Text;

/// <summary>
/// An article as read from raw text: the original string, its publication date, title and paragraphs.
/// All offsets refer to <see cref="Text"/>, which is never altered.
/// </summary>
public sealed class Document
{
    /// <summary>Creates a document; normally produced by <see cref="ArticleReader"/>.</summary>
    public Document(string text, string? title, TextSpan? titleSpan, DateOnly? published, IReadOnlyList<Paragraph> paragraphs, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        Text = text;
        Title = title;
        TitleSpan = titleSpan;
        Published = published;
        Paragraphs = paragraphs;
        Id = id;
    }

    /// <summary>The original input, unchanged.</summary>
    public string Text { get; }

    /// <summary>Caller-supplied identifier (file name, URL), or null.</summary>
    public string? Id { get; }

    /// <summary>The title, from the caller or the first short line of the text; null when none was found.</summary>
    public string? Title { get; }

    /// <summary>Where the title sits in <see cref="Text"/>, when it was taken from the text.</summary>
    public TextSpan? TitleSpan { get; }

    /// <summary>Publication date (the document creation time for date resolution), or null when unknown.</summary>
    public DateOnly? Published { get; }

    /// <summary>All paragraphs in text order, each with its role.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The paragraphs that are article text (not header, title or boilerplate).</summary>
    public IEnumerable<Paragraph> BodyParagraphs => Paragraphs.Where(p => p.Role == ParagraphRole.Body);
}
