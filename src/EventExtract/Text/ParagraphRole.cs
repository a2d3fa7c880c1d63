namespace EventExtract.Text;

/// <summary>What a paragraph of a scraped page is. Only <see cref="Body"/> paragraphs are searched for events.</summary>
public enum ParagraphRole : byte
{
    /// <summary>Article text.</summary>
    Body,
    /// <summary>A date line or header such as "Date: 29 October 2019".</summary>
    Header,
    /// <summary>The article's title.</summary>
    Title,
    /// <summary>Page furniture: donation appeals, copyright and licence notices, "Related posts", share and subscribe lines.</summary>
    Boilerplate,
}
