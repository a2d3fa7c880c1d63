using EventExtract.Text;

namespace EventExtract.Training.Corpora;

/// <summary>One news-like document rebuilt as plain text from the "# text =" lines of a CoNLL-U corpus (GUM, UD EWT).</summary>
/// <param name="Id">Document id, e.g. "GUM_news_korea".</param>
/// <param name="Title">The headline (the first paragraph of <paramref name="Text"/>), or null when the corpus marks none.</param>
/// <param name="Published">Publication date.</param>
/// <param name="Text">Paragraphs separated by "\n\n", sentences within a paragraph by one space.</param>
/// <param name="Partition">The corpus's own partition (train, dev or test).</param>
/// <param name="Sentences">Every sentence's span in <paramref name="Text"/> with its paragraph index.</param>
internal sealed record ConlluArticle(string Id, string? Title, DateOnly Published, string Text, string Partition, IReadOnlyList<(TextSpan Span, int Paragraph)> Sentences);
