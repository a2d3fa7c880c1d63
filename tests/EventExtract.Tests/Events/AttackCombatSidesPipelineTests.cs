using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>In fighting where both sides fire ("clashed with", "exchanged fire with"), both sides are attackers.</summary>
public class AttackCombatSidesPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Theory]
    [InlineData("Syrian troops clashed heavily with Kurdish militiamen in Manbij on Tuesday, a monitoring group said.", "Syrian troops", "Kurdish militiamen")]
    [InlineData("Border guards exchanged fire with Taliban fighters near the Torkham crossing on Saturday.", "Border guards", "Taliban fighters")]
    [InlineData("Police clashed with rioters in the port city of Durres late on Friday.", "Police", "rioters")]
    public void The_party_fought_with_is_an_attacker_not_a_target(string body, string subject, string other)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Contain([subject, other]);
        attack.Targets.Select(t => t.Text).Should().NotContain(other);
    }

    [Fact]
    public void A_one_sided_attack_keeps_its_target()
    {
        var attack = ArticleBody.Events<Attack>("Rebels attacked an army post with rockets near Goma on Sunday.", Published)
            .Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal("Rebels");
        attack.Targets.Select(t => t.Text).Should().Contain("an army post");
    }
}
