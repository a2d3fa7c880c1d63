using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A kidnapping told after a bombing is an attack of its own, and the explosive a bomber sets off is the weapon, not
/// the target.
/// </summary>
public class AttackKidnapAfterBombingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Kidnapping_after_a_bombing_is_another_attack()
    {
        const string text = "Kabul diary\n\n"
            + "On Thursday a magnetic bomb stuck to a minibus exploded in the Karte Se neighborhood, wounding four students.\n\n"
            + "Everyone says the bombings will get worse before the election.\n\n"
            + "A friend at the UN told me that two foreign engineers were kidnapped on the Jalalabad road last month and are still missing.";
        var attacks = ArticleBody.ArticleEvents<Attack>(text, Published);
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "kidnapped"))
            .Which.Mentions.Select(m => m.Trigger.Text).Should().NotContain("bomb");
    }

    [Fact]
    public void Detonated_vest_is_the_weapon_not_the_target()
    {
        const string body = "A suicide attacker detonated his vest at the gate of the Zarat police academy on Tuesday, officials said.";
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().NotContain("his vest");
    }
}
