namespace EventExtract.Tests.Robustness;

/// <summary>
/// Tests that compare run times of growing inputs run alone, after the parallel tests: another test's work on
/// the same cores would otherwise distort the ratios they assert.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Timing ratios";
}
