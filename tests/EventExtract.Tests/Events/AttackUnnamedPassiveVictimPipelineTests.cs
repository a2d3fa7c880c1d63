using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"A prominent journalist was shot dead": one unnamed person as the passive subject of a casualty verb is the target.</summary>
public class AttackUnnamedPassiveVictimPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Theory]
    [InlineData("A prominent journalist was shot dead in Basra on Monday, police said.", "A prominent journalist")]
    [InlineData("A local councillor was gunned down outside his home in Karachi on Tuesday.", "A local councillor")]
    public void Single_unnamed_passive_subject_is_the_target(string body, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Equal(target);
    }
}
