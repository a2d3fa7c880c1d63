namespace EventExtract.Time;

/// <summary>Calendar unit named by a time word ("week", "decade").</summary>
internal enum TimeUnit : byte
{
    None,
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
    Decade,
    Century,
    Quarter,
    Weekend,
    Fortnight,
}
