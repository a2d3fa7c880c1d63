namespace EventExtract.Time;

/// <summary>Everything the lexicon knows about one lower-case letter run. Immutable after loading.</summary>
internal sealed class TimeWord
{
    public TimeWord(string text) => Text = text;

    public string Text { get; }

    /// <summary>The date-mod phrases that can start at this word (it, or a symbol, is their first part), longest first.</summary>
    public TimePhrase[] DateModsFrom { get; set; } = Array.Empty<TimePhrase>();

    /// <summary>The duration-mod phrases that can start at this word, longest first.</summary>
    public TimePhrase[] DurationModsFrom { get; set; } = Array.Empty<TimePhrase>();

    /// <summary>The vague references that can start at this word, longest first.</summary>
    public TimePhrase[] VagueFrom { get; set; } = Array.Empty<TimePhrase>();
    public int Month { get; set; }
    public bool MonthAmbiguous { get; set; }
    public bool MonthAbbr { get; set; }
    public int Weekday { get; set; }
    public bool WeekdayAbbr { get; set; }
    public int Number { get; set; } = -1;
    public int Ordinal { get; set; }
    public TimeUnit Unit { get; set; }
    public bool UnitPlural { get; set; }
    public string? Season { get; set; }
    public string? DayPart { get; set; }
    public bool IsDayRel { get; set; }
    public int DayRel { get; set; }
    public string? DayRelPart { get; set; }
    public bool IsShift { get; set; }
    public int Shift { get; set; }
    public TimeUnit SetAdverb { get; set; }
    public int DecadeWord { get; set; } = -1;
    public bool Few { get; set; }
    public string? AmPm { get; set; }
    public Tense Tense { get; set; }
    public bool NotPast { get; set; }
    public bool NameBefore { get; set; }
    public bool MonthPrep { get; set; }
    public bool YearPrep { get; set; }
    public bool TimeZone { get; set; }

    /// <summary>True when the word starts a multi-word phrase (modifier or vague reference).</summary>
    public bool PhraseStart { get; set; }

    /// <summary>True when a match may start at this word.</summary>
    public bool Trigger { get; set; }
}
