namespace EventExtract.Time;

/// <summary>A multi-piece phrase from the lexicon ("more than", "the end of") and what it means.</summary>
/// <param name="Parts">Lower-case pieces: letter runs or single symbols.</param>
/// <param name="Value">The TIMEX3 mod or reference value it gives.</param>
internal sealed record TimePhrase(string[] Parts, string Value);
