namespace EventExtract.Time;

/// <summary>A match of the time grammar over pieces <c>[Start, End)</c> of a sentence.</summary>
internal struct TimexCandidate
{
    public int Start;
    public int End;
    public TimexType Type;
    public string Value;
    public TimexMod Mod;

    /// <summary>True when a leading "the" belongs to the expression ("the third quarter", "the 1990s").</summary>
    public bool TheOk;

    /// <summary>True for an explicitly named quarter, which later "a year earlier" counts from.</summary>
    public bool IsAnchor;

    /// <summary>True for a clock time with no day of its own ("10 p.m."), dated to the publication day.</summary>
    public bool DayAssumed;

    public readonly bool Ok => Value is not null && End > Start;

    public TimexCandidate(int start, int end, TimexType type, string value, TimexMod mod = TimexMod.None, bool theOk = false)
    {
        Start = start;
        End = end;
        Type = type;
        Value = value;
        Mod = mod;
        TheOk = theOk;
    }
}
