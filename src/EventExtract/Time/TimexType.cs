namespace EventExtract.Time;

/// <summary>TIMEX3 type of a time expression.</summary>
public enum TimexType : byte
{
    /// <summary>A calendar date or period ("29 October 2019", "in July", "last week").</summary>
    Date,
    /// <summary>A time of day ("3:45am", "Friday night").</summary>
    Time,
    /// <summary>A length of time ("three weeks").</summary>
    Duration,
    /// <summary>A recurring time ("every week").</summary>
    Set,
}
