namespace EventExtract.Time;

/// <summary>TIMEX3 modifier that narrows or qualifies a value.</summary>
public enum TimexMod : byte
{
    /// <summary>No modifier.</summary>
    None,
    /// <summary>The start of the period ("early September").</summary>
    Start,
    /// <summary>The middle of the period ("mid-March").</summary>
    Mid,
    /// <summary>The end of the period ("late 2019").</summary>
    End,
    /// <summary>Approximately ("about a month").</summary>
    Approx,
    /// <summary>More than ("more than a decade").</summary>
    MoreThan,
    /// <summary>Less than ("less than a week").</summary>
    LessThan,
    /// <summary>At least / no less than.</summary>
    EqualOrMore,
    /// <summary>At most / no more than.</summary>
    EqualOrLess,
    /// <summary>Before ("before 2019").</summary>
    Before,
    /// <summary>After ("after 2019").</summary>
    After,
    /// <summary>On or before.</summary>
    OnOrBefore,
    /// <summary>On or after.</summary>
    OnOrAfter,
}
