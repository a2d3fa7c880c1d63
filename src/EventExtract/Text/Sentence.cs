namespace EventExtract.Text;

/// <summary>A sentence: its text range and the range of its tokens in the <see cref="TokenTable"/>.</summary>
/// <param name="Span">The sentence's range of the original text.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of its tokens.</param>
/// <param name="Paragraph">Index of the paragraph it belongs to.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    /// <summary>Index just past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
