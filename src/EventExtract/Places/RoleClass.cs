namespace EventExtract.Places;

/// <summary>What a role word can be around an actor mention (see Resources/Places/roles.tsv).</summary>
[Flags]
internal enum RoleClass : byte
{
    None = 0,
    /// <summary>A role heading a title ("envoy", "president").</summary>
    Title = 1,
    /// <summary>A word inside a title phrase ("special", "foreign").</summary>
    Modifier = 2,
    /// <summary>A noun for people acting for a country ("officials", "hosts").</summary>
    Party = 4,
    /// <summary>A noun for the state itself ("government").</summary>
    Government = 8,
    /// <summary>A place noun ("capital", "soil"): "in Afghanistan’s capital" makes Afghanistan a place.</summary>
    Geo = 16,
    /// <summary>A day or month name.</summary>
    Calendar = 32,
    /// <summary>A body of the state ("ministry", "parliament"): a country's one is an organization, not the country itself.</summary>
    Institution = 64,
}
