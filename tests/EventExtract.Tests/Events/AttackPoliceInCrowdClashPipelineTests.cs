using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>Police who clash with a crowd keep order and are no attacker of the clash; police who fight an armed side are.</summary>
public class AttackPoliceInCrowdClashPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Fact]
    public void Police_in_clashes_with_protesters_are_no_attackers()
    {
        var attack = ArticleBody.Events<Attack>("Protesters clashed with police outside parliament in Tbilisi on Monday, injuring 12 officers.", Published)
            .Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal("Protesters");
    }

    [Fact]
    public void Police_as_the_only_side_named_are_the_target()
    {
        var attack = ArticleBody.Events<Attack>("A night of clashes with police in Nantes left 40 officers injured, the prefect said.", Published)
            .Should().ContainSingle().Subject;
        attack.Attackers.Should().BeEmpty();
        attack.Targets.Select(t => t.Text).Should().Contain("police");
    }

    [Fact]
    public void Police_fighting_gunmen_stay_attackers()
    {
        var attack = ArticleBody.Events<Attack>("Police clashed with gunmen in a Karachi slum on Sunday, killing four suspects.", Published)
            .Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Contain(["Police", "gunmen"]);
    }
}
