using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>A name found by a recognizer: its tokens, text range, type and the model's confidence.</summary>
/// <param name="Span">The name's range of the original text.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of its tokens.</param>
/// <param name="Type">Person, organization or location.</param>
/// <param name="Confidence">Model confidence in 0..1.</param>
public readonly record struct EntitySpan(TextSpan Span, int FirstToken, int TokenCount, EntityType Type, float Confidence);
