using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "the militia leaders who ordered the attack on the village": who orders an attack noun, its object, is the attacker;
/// not who orders an inquiry into one.
/// </summary>
public class AttackOrderedAttackPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Who_orders_the_attack_is_its_attacker()
    {
        var attack = ArticleBody.Events<Attack>("I blame the militia leaders who ordered the attack on the village.", Published).Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal("the militia leaders");
    }

    [Fact]
    public void Who_orders_an_inquiry_into_an_attack_is_no_attacker()
    {
        var attack = ArticleBody.Events<Attack>("The general ordered an inquiry into the bombing of the market.", Published).Should().ContainSingle().Subject;
        attack.Attackers.Should().BeEmpty();
    }
}
