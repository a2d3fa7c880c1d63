namespace EventExtract.Time;

/// <summary>Tense of the clause around a time expression, used to pick the year of "in November".</summary>
internal enum Tense : byte
{
    Unknown,
    Past,
    Present,
    Future,
}
