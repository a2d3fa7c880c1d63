using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "blamed the National Liberation Army for the attack": "Army" inside a group's name does not make the blamed attack a
/// military one apart from the shooting it names the attacker of (made-up sentences, whole pipeline).
/// </summary>
public class AttackGroupNameKindCuePipelineTests
{
    [Fact]
    public void A_group_named_with_army_blamed_for_the_attack_is_the_shooting_attacker()
    {
        var attacks = ArticleBody.Events<Attack>(
            "Gunmen opened fire on a police checkpoint in Antioquia on Monday, killing two officers. "
            + "Authorities blamed the National Liberation Army for the attack.", new DateOnly(2024, 5, 1));
        attacks.Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Contain("National Liberation Army");
    }

    [Fact]
    public void A_group_named_with_army_said_to_carry_out_the_attack_is_the_bombing_attacker()
    {
        var attacks = ArticleBody.Events<Attack>(
            "A bomb exploded at a bus station in Quetta on Monday, killing six people. "
            + "Police said the Baloch Liberation Army carried out the attack.", new DateOnly(2024, 5, 1));
        attacks.Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Contain("Baloch Liberation Army");
    }
}
