using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Press freedom groups condemned the killing." after a sentence reporting a shooting: the definite singular
/// killing noun names the killing already reported, a second mention of that attack, as "condemned the attack" is.
/// Sentences invented for these tests.
/// </summary>
public class AttackKillingBackReferencePipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14);

    [Fact]
    public void The_killing_joins_the_shooting_reported_before()
    {
        var attack = ArticleBody.Events<Attack>(
            "A gunman shot dead a journalist in Arvik on Monday. Press freedom groups condemned the killing.", Published)
            .Should().ContainSingle().Subject;

        attack.Mentions.Select(m => m.Trigger.Text).Should().Contain("killing");
        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void The_killing_alone_reports_no_attack()
    {
        ArticleBody.Events<Attack>("Press freedom groups condemned the killing.", Published).Should().BeEmpty();
    }
}
