namespace EventExtract.Places;

/// <summary>A GeoNames populated place of the gazetteer.</summary>
internal sealed record City(int GeoNamesId, string Name, string CountryCode, bool IsCapital, int Population, double Latitude, double Longitude);
