namespace EventExtract.Events;

/// <summary>The kind of attack.</summary>
public enum AttackType : byte
{
    /// <summary>Any other attack.</summary>
    Other,
    /// <summary>A terrorist attack.</summary>
    Terrorist,
    /// <summary>An attack by armed forces: air strike, raid, shelling.</summary>
    Military,
    /// <summary>A bombing or explosion caused by someone.</summary>
    Bombing,
    /// <summary>A shooting.</summary>
    Shooting,
    /// <summary>A cyber-attack.</summary>
    Cyber,
}
