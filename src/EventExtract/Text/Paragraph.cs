namespace EventExtract.Text;

/// <summary>A paragraph of the input: a range of the original text and its role.</summary>
/// <param name="Span">The paragraph's range, trimmed of surrounding whitespace.</param>
/// <param name="Role">Whether it is article text, a header, the title or boilerplate.</param>
public sealed record Paragraph(TextSpan Span, ParagraphRole Role)
{
    /// <summary>True when the paragraph is page furniture that must not yield events.</summary>
    public bool IsBoilerplate => Role == ParagraphRole.Boilerplate;
}
