using EventExtract.Text;

namespace EventExtract.Time;

/// <summary>
/// A time expression found in the text with its TIMEX3 normalization.
/// </summary>
/// <param name="Span">Range of the expression in the original text.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">TIMEX3 value ("2019-10-25", "2019-09", "XXXX-09", "P3D", "PAST_REF").</param>
/// <param name="Mod">Modifier, or <see cref="TimexMod.None"/>.</param>
/// <param name="Sentence">Index of the sentence that holds it, or -1 when unknown.</param>
public sealed record Timex(TextSpan Span, string Text, TimexType Type, string Value, TimexMod Mod, int Sentence)
{
    /// <summary>The TIMEX3 spelling of <see cref="Mod"/> ("START", "MORE_THAN"), or null for none.</summary>
    public string? ModName => TimexModNames.ToTimeMl(Mod);

    /// <summary>
    /// True for a clock time written without a day ("at 10 p.m.", "around noon"): its day in <see cref="Value"/>
    /// is the publication day (or "XXXX-XX-XX" without one), an assumption a later sentence may overturn.
    /// </summary>
    public bool DayAssumed { get; init; }
}
