using EventExtract.Text;

namespace EventExtract.Events;

/// <summary>A piece of the original text: its characters and where they are.</summary>
/// <param name="Text">The characters as written.</param>
/// <param name="Span">Their range in the original input.</param>
public sealed record TextMention(string Text, TextSpan Span);
