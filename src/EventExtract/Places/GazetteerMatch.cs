using EventExtract.Text;

namespace EventExtract.Places;

/// <summary>A gazetteer spelling found in the text.</summary>
/// <param name="Span">Where it was found.</param>
/// <param name="Entry">What the spelling means.</param>
internal readonly record struct GazetteerMatch(TextSpan Span, GazetteerEntry Entry);
