using EventExtract.Text;

namespace EventExtract.Training.Corpora;

/// <summary>One GUM Wikinews news document rebuilt as plain text.</summary>
/// <param name="Id">GUM document id, e.g. "GUM_news_korea".</param>
/// <param name="Title">The headline (the first paragraph of <paramref name="Text"/>).</param>
/// <param name="Published">Publication date: the dateline's date, else the XML's dateCreated.</param>
/// <param name="Text">Paragraphs separated by "\n\n", sentences within a paragraph by one space.</param>
/// <param name="Partition">GUM's own partition attribute (train, dev or test).</param>
/// <param name="Sentences">Every sentence's span in <paramref name="Text"/> with its paragraph index.</param>
internal sealed record GumArticle(string Id, string Title, DateOnly Published, string Text, string Partition, IReadOnlyList<(TextSpan Span, int Paragraph)> Sentences);
