namespace EventExtract.Time;

/// <summary>Converts <see cref="TimexMod"/> to and from the TimeML attribute spelling.</summary>
public static class TimexModNames
{
    /// <summary>The TimeML spelling ("START", "MORE_THAN"), or null for <see cref="TimexMod.None"/>.</summary>
    public static string? ToTimeMl(TimexMod mod) => mod switch
    {
        TimexMod.None => null,
        TimexMod.Start => "START",
        TimexMod.Mid => "MID",
        TimexMod.End => "END",
        TimexMod.Approx => "APPROX",
        TimexMod.MoreThan => "MORE_THAN",
        TimexMod.LessThan => "LESS_THAN",
        TimexMod.EqualOrMore => "EQUAL_OR_MORE",
        TimexMod.EqualOrLess => "EQUAL_OR_LESS",
        TimexMod.Before => "BEFORE",
        TimexMod.After => "AFTER",
        TimexMod.OnOrBefore => "ON_OR_BEFORE",
        TimexMod.OnOrAfter => "ON_OR_AFTER",
        _ => null,
    };

    /// <summary>Parses the TimeML spelling; unknown or empty gives <see cref="TimexMod.None"/>.</summary>
    public static TimexMod FromTimeMl(string? name) => name switch
    {
        "START" => TimexMod.Start,
        "MID" => TimexMod.Mid,
        "END" => TimexMod.End,
        "APPROX" => TimexMod.Approx,
        "MORE_THAN" => TimexMod.MoreThan,
        "LESS_THAN" => TimexMod.LessThan,
        "EQUAL_OR_MORE" => TimexMod.EqualOrMore,
        "EQUAL_OR_LESS" => TimexMod.EqualOrLess,
        "BEFORE" => TimexMod.Before,
        "AFTER" => TimexMod.After,
        "ON_OR_BEFORE" => TimexMod.OnOrBefore,
        "ON_OR_AFTER" => TimexMod.OnOrAfter,
        _ => TimexMod.None,
    };
}
