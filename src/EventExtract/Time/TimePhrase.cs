namespace EventExtract.Time;

/// <summary>A multi-piece phrase from the lexicon ("more than", "the end of") and what it means.</summary>
/// <param name="Parts">Lower-case pieces: letter runs or single symbols.</param>
/// <param name="Value">The TIMEX3 mod or reference value it gives.</param>
internal sealed record TimePhrase(string[] Parts, string Value)
{
    /// <summary>True when the phrase is a duration of unstated length ("recent years" = PXY) rather than a reference.</summary>
    public bool IsDuration { get; init; }

    /// <summary>
    /// The lexicon entry of the first part when that part is a word, else null: a piece whose entry is another
    /// cannot start the phrase, which rejects most positions with one comparison.
    /// </summary>
    public TimeWord? First { get; init; }
}
