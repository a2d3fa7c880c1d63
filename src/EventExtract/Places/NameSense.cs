namespace EventExtract.Places;

/// <summary>How a gazetteer name refers to a country.</summary>
internal enum NameSense : byte
{
    /// <summary>No country sense (a plain city or an organization).</summary>
    None,
    /// <summary>The country's name or an alias ("Russia", "the U.S.").</summary>
    CountryName,
    /// <summary>A capital or building standing for the government ("Moscow", "Kremlin").</summary>
    Metonym,
    /// <summary>An adjective or singular demonym ("Afghan", "Russian").</summary>
    Demonym,
    /// <summary>A plural noun for the people ("Afghans").</summary>
    Plural,
    /// <summary>A curated non-state group or international organization.</summary>
    Party,
}
