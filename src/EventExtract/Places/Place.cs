using EventExtract.Text;

namespace EventExtract.Places;

/// <summary>A mention of a place resolved against the gazetteer.</summary>
/// <param name="Text">The mention as written.</param>
/// <param name="Span">Its range in the original text.</param>
/// <param name="Name">The gazetteer's name for it.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code, or null when unknown.</param>
/// <param name="GeoNamesId">GeoNames id for cities, else null.</param>
/// <param name="Latitude">Latitude for cities, else null.</param>
/// <param name="Longitude">Longitude for cities, else null.</param>
/// <param name="IsCountry">True when the place is a country.</param>
public sealed record Place(string Text, TextSpan Span, string Name, string? CountryCode, int? GeoNamesId, double? Latitude, double? Longitude, bool IsCountry);
