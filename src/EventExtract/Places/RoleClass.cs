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
}
