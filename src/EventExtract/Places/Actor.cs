using EventExtract.Text;

namespace EventExtract.Places;

/// <summary>A mention of a person, organization, group or country, with what the article tells about it.</summary>
/// <param name="Text">The mention as written.</param>
/// <param name="Span">Its range in the original text.</param>
/// <param name="Kind">Person, organization, group, country or other.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the country it belongs to, or null.</param>
/// <param name="Canonical">The fullest name of the same actor in the article ("Zalmay Khalilzad" for "Khalilzad").</param>
/// <param name="Confidence">Confidence in 0..1.</param>
public sealed record Actor(string Text, TextSpan Span, ActorKind Kind, string? CountryCode, string Canonical, float Confidence = 1f);
