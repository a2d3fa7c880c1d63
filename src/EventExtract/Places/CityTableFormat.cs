namespace EventExtract.Places;

/// <summary>
/// The binary city table Resources/Places/cities.bin.gz (gzip; little-endian): int32 version, int32 country count,
/// the country codes, int32 city count, then per city: int32 GeoNames id, int32 population, float64 latitude,
/// float64 longitude, uint16 country index, byte capital (1 for PPLC), the name and the ASCII folding of the name
/// ("" when the same). Strings are UTF-8 prefixed by a uint16 byte length. Written by build-gazetteer in
/// EventExtract.Training; read by <see cref="GazetteerBuilder"/>, which turns it into the precomputed gazetteer index.
/// </summary>
internal static class CityTableFormat
{
    /// <summary>The format version written first in the table.</summary>
    public const int Version = 1;
}
