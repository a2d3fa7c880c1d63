namespace EventExtract.Time;

/// <summary>Everything the lexicon knows about one lower-case letter run. Immutable after loading.</summary>
/// <remarks>Fields rather than properties: the matcher reads a few dozen of them, and each accessor was one more method
/// to compile before the first date is found.</remarks>
internal sealed class TimeWord
{
    public TimeWord(string text) => Text = text;

    public readonly string Text;

    /// <summary>The date-mod phrases that can start at this word (it, or a symbol, is their first part), longest first.</summary>
    public TimePhrase[] DateModsFrom = Array.Empty<TimePhrase>();

    /// <summary>The duration-mod phrases that can start at this word, longest first.</summary>
    public TimePhrase[] DurationModsFrom = Array.Empty<TimePhrase>();

    /// <summary>The vague references that can start at this word, longest first.</summary>
    public TimePhrase[] VagueFrom = Array.Empty<TimePhrase>();
    public int Month;
    public bool MonthAmbiguous;
    public bool MonthAbbr;
    public int Weekday;
    public bool WeekdayAbbr;
    public int Number = -1;
    public int Ordinal;
    public TimeUnit Unit;
    public bool UnitPlural;
    public string? Season;
    public string? DayPart;
    public bool IsDayRel;
    public int DayRel;
    public string? DayRelPart;
    public bool IsShift;
    public int Shift;
    public TimeUnit SetAdverb;
    public int DecadeWord = -1;
    public bool Few;
    public string? AmPm;
    public Tense Tense;
    public bool NotPast;
    /// <summary>"agreed", "offered", "hoping": a future cue only before "to" and a verb ("agreed to meet in April"); else read as any word.</summary>
    public bool FutureBeforeInfinitive;
    /// <summary>"invited", "urged": a future cue before an object, "to" and a verb ("invited Li to visit in June"); else read as any word.</summary>
    public bool FutureBeforeObjectInfinitive;
    public bool NameBefore;
    public bool MonthPrep;
    public bool YearPrep;
    public bool TimeZone;

    /// <summary>True when the word starts a multi-word phrase (modifier or vague reference).</summary>
    public bool PhraseStart;

    /// <summary>True when a match may start at this word.</summary>
    public bool Trigger;
}
