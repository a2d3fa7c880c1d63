namespace EventExtract.Places;

/// <summary>What kind of party an actor is.</summary>
public enum ActorKind : byte
{
    /// <summary>A named person.</summary>
    Person,
    /// <summary>A company, institution, agency, party or media outlet.</summary>
    Organization,
    /// <summary>A non-state armed or political group ("the Taliban", "Hamas").</summary>
    Group,
    /// <summary>A country or its government, including capitals used as metonyms ("Moscow" for Russia).</summary>
    Country,
    /// <summary>Any other party ("officials", "participants", "Russian hosts").</summary>
    Other,
}
