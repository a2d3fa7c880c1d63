namespace EventExtract.Text;

/// <summary>
/// Reads raw scraped article text into a <see cref="Document"/>. Placeholder: blank-line paragraphs.
/// </summary>
public sealed class ArticleReader
{
    /// <summary>The shared instance (stateless).</summary>
    public static ArticleReader Instance { get; } = new();

    /// <summary>Reads <paramref name="text"/>; <paramref name="title"/> and <paramref name="published"/> override what the text says.</summary>
    public Document Read(string text, string? title = null, DateOnly? published = null, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<Paragraph>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            int start = i;
            int end = text.IndexOf('\n', i);
            if (end < 0) end = text.Length;
            i = end;
            int e = end;
            while (e > start && char.IsWhiteSpace(text[e - 1])) e--;
            paragraphs.Add(new Paragraph(new TextSpan(start, e), ParagraphRole.Body));
        }
        return new Document(text, title, null, published, paragraphs, id);
    }
}
