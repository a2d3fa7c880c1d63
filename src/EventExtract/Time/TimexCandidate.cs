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
