namespace EventExtract.Tagging;

/// <summary>The coarse type a named-entity recognizer assigns to a name.</summary>
public enum EntityType : byte
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organization: company, institution, agency, party, armed group.</summary>
    Organization,
    /// <summary>A place: country, city, region, geographic feature.</summary>
    Location,
}
