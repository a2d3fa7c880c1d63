using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"In a separate incident, a roadside bomb hit ...": a sentence set apart by its opener reports a new attack.</summary>
public class AttackSeparateOccurrencePipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Theory]
    [InlineData("In a separate incident, a roadside bomb hit a police vehicle, killing two officers.")]
    [InlineData("Separately, a roadside bomb hit a police vehicle, killing two officers.")]
    public void Attack_after_a_separate_occurrence_opener_is_a_new_one(string second)
    {
        string body = "Rebel fighters launched an offensive in Kandor province on Monday, officials said.\n\n"
            + "The governor said the rebels were pushed back.\n\n" + second;
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().HaveCount(2);
        attacks.Should().ContainSingle(a => a.Killed == 2).Which.Attackers.Should().BeEmpty();
    }
}
