using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>In fighting where both sides fire ("clashed with", "exchanged fire with"), both sides are attackers; a fight that follows an attack is that attack going on.</summary>
public class AttackCombatSidesPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Theory]
    [InlineData("Syrian troops clashed heavily with Kurdish militiamen in Manbij on Tuesday, a monitoring group said.", "Syrian troops", "Kurdish militiamen")]
    [InlineData("Border guards exchanged fire with Taliban fighters near the Torkham crossing on Saturday.", "Border guards", "Taliban fighters")]
    [InlineData("Police clashed with drug gang gunmen in the port city of Durres late on Friday.", "Police", "drug gang gunmen")]
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

    [Fact]
    public void A_gunfight_after_an_attack_is_that_attack_going_on()
    {
        var attacks = ArticleBody.Events<Attack>(
            "Armed men stormed a border post near Zahedan on Tuesday, killing four guards, officials said.\n\n"
            + "The regional governor said the assailants escaped across the border after a three-hour gunfight.\n\n"
            + "Interior Minister Reza Ahmadi condemned the attack.", Published);
        var attack = attacks.Should().ContainSingle().Subject;
        attack.Killed.Should().Be(4);
        attack.Mentions.Select(m => m.Trigger.Text).Should().Contain(["gunfight", "attack"]);
    }
}
